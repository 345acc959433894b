import {
  accounts,
  type Db,
  digestDeliveries,
  people,
  type Tx,
  weeklyListItems,
  withAccount,
} from '@tend/db';
import {
  buildWeeklyDigest,
  isDigestDue,
  tendLinks,
  type WeekStartDay,
  weekContaining,
} from '@tend/domain';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Mailer } from '../../mail/mailer.ts';
import { getWeeklyList } from './get-weekly-list.ts';

export type DigestSettings = {
  /** Tend's public address, the base of the e-mail's links. */
  publicUrl: string;
  /** The local hour of the week-start morning from which the digest is due. */
  hour: number;
};

export type DigestOutcome = 'SENT' | 'EMPTY' | 'ALREADY_DELIVERED';

export type DigestRunResult = {
  /** Accounts whose digest was due at `now`. */
  due: number;
  sent: number;
  /** Due, but the week's list had no one pending: recorded as delivered, no e-mail. */
  empty: number;
  alreadyDelivered: number;
  /** Not delivered (nothing recorded): a later run tries again. */
  failed: { accountId: string; error: string }[];
};

type DigestAccount = {
  id: string;
  name: string;
  email: string;
  timezone: string;
  weekStart: WeekStartDay;
};

/** The week's pending list items with their people, in list order. */
const pendingItems = (tx: Tx, weeklyListId: string) =>
  tx
    .select({ personId: people.id, name: people.name, reason: weeklyListItems.reason })
    .from(weeklyListItems)
    .innerJoin(
      people,
      and(eq(people.accountId, weeklyListItems.accountId), eq(people.id, weeklyListItems.personId)),
    )
    .where(
      and(eq(weeklyListItems.weeklyListId, weeklyListId), eq(weeklyListItems.status, 'PENDING')),
    )
    .orderBy(asc(weeklyListItems.position));

/**
 * One account's digest for the week holding `now`, in one transaction as that account: the
 * delivery row is claimed first, so of several runs (replicas, retries) only the one whose insert
 * wins sends, and the others wait on its row until it commits. If sending fails the transaction
 * rolls back, the claim with it, and a later run tries again.
 */
export const deliverWeeklyDigest = (
  db: Db,
  mailer: Mailer,
  account: DigestAccount,
  now: Date,
  settings: DigestSettings,
): Promise<DigestOutcome> =>
  withAccount(db, account.id, async (tx) => {
    const week = weekContaining(now, account.timezone, account.weekStart);
    const [claimed] = await tx
      .insert(digestDeliveries)
      .values({ accountId: account.id, weekStartsOn: week.startsOn, sentAt: now })
      .onConflictDoNothing()
      .returning();
    if (!claimed) return 'ALREADY_DELIVERED';

    const list = await getWeeklyList(tx, account.id, now);
    const items = await pendingItems(tx, list.id);
    if (items.length === 0) return 'EMPTY';

    const links = tendLinks(settings.publicUrl);
    const digest = buildWeeklyDigest({
      accountName: account.name,
      week,
      baseUrl: settings.publicUrl,
      items: items.map((item) => ({
        name: item.name,
        reason: item.reason,
        url: links.person(item.personId),
      })),
    });
    await mailer.send({
      to: { name: account.name, address: account.email },
      subject: digest.subject,
      text: digest.text,
      html: digest.html,
      headers: { 'List-Unsubscribe': `<${digest.settingsUrl}>` },
    });
    return 'SENT';
  });

/**
 * Sends each account its weekly reconnect list on its week-start morning (from `settings.hour`
 * local time until the day ends), once per account and week however often and wherever it runs.
 * Accounts are read as the connecting role (accounts is not forced under row-level security);
 * everything of one account is then read and written as that account.
 */
export const sendWeeklyDigests = async (
  db: Db,
  mailer: Mailer,
  now: Date,
  settings: DigestSettings,
): Promise<DigestRunResult> => {
  const rows = await db
    .select({
      id: accounts.id,
      name: accounts.name,
      email: accounts.email,
      timezone: accounts.timezone,
      weekStart: accounts.weekStart,
    })
    .from(accounts)
    .where(and(eq(accounts.weeklyDigest, true), isNotNull(accounts.email)))
    .orderBy(asc(accounts.createdAt), asc(accounts.id));
  const due = rows.flatMap((row) =>
    row.email && isDigestDue(now, row.timezone, row.weekStart as WeekStartDay, settings.hour)
      ? [{ ...row, email: row.email, weekStart: row.weekStart as WeekStartDay }]
      : [],
  );

  const result: DigestRunResult = {
    due: due.length,
    sent: 0,
    empty: 0,
    alreadyDelivered: 0,
    failed: [],
  };
  // One at a time: a mail server throttles bursts, and each holds a transaction while it sends.
  for (const account of due) {
    try {
      const outcome = await deliverWeeklyDigest(db, mailer, account, now, settings);
      if (outcome === 'SENT') result.sent += 1;
      else if (outcome === 'EMPTY') result.empty += 1;
      else result.alreadyDelivered += 1;
    } catch (error) {
      result.failed.push({
        accountId: account.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return result;
};
