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
  digestMessageId,
  isDigestDue,
  tendLinks,
  type WeekStartDay,
  weekContaining,
  weeklyReason,
} from '@tend/domain';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { type Mailer, type MailMessage, MailNotSentError } from '../../mail/mailer.ts';
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
  /**
   * Failed with the week's claim kept: the e-mail may have gone (the mail server stopped
   * answering mid-send), so no later run sends it again that week.
   */
  claimKept: { accountId: string; error: string }[];
};

/** A digest send failed and its claim stays: at most once wins over at least once. */
export class DigestClaimKeptError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'DigestClaimKeptError';
  }
}

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
    .select({ personId: people.id, name: people.name, item: weeklyListItems })
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
 * Claims the account's digest for the week and builds it, in a short transaction of its own
 * committed before anything is sent: of several runs (replicas, retries) only the one whose
 * insert wins goes on, and the others wait on its row only until it commits.
 */
const claimDigest = (db: Db, account: DigestAccount, now: Date, settings: DigestSettings) =>
  withAccount(db, account.id, async (tx) => {
    const week = weekContaining(now, account.timezone, account.weekStart);
    const [claimed] = await tx
      .insert(digestDeliveries)
      .values({ accountId: account.id, weekStartsOn: week.startsOn, sentAt: now })
      .onConflictDoNothing()
      .returning();
    if (!claimed) return 'ALREADY_DELIVERED' as const;
    const list = await getWeeklyList(tx, account.id, now);
    const items = await pendingItems(tx, list.id);
    if (items.length === 0) return 'EMPTY' as const;

    const links = tendLinks(settings.publicUrl);
    const digest = buildWeeklyDigest({
      accountName: account.name,
      week,
      baseUrl: settings.publicUrl,
      items: items.map((item) => ({
        name: item.name,
        reason: weeklyReason(item.item, now, account.timezone),
        url: links.person(item.personId),
      })),
    });
    const message: MailMessage = {
      to: { name: account.name, address: account.email },
      subject: digest.subject,
      text: digest.text,
      html: digest.html,
      messageId: digestMessageId(account.id, week.startsOn, settings.publicUrl),
      headers: { 'List-Unsubscribe': `<${digest.settingsUrl}>` },
    };
    return { weekStartsOn: week.startsOn, message };
  });

const releaseClaim = (db: Db, accountId: string, weekStartsOn: string) =>
  withAccount(db, accountId, (tx) =>
    tx
      .delete(digestDeliveries)
      .where(
        and(
          eq(digestDeliveries.accountId, accountId),
          eq(digestDeliveries.weekStartsOn, weekStartsOn),
        ),
      ),
  );

/**
 * One account's digest for the week holding `now`, at most once: claimed and committed first,
 * then sent with no transaction open. The claim stands for the sent e-mail, so a process killed
 * mid-send leaves it and no run sends again. Only when the mail server certainly did not take
 * the message is the claim released, for a later run to try again.
 */
export const deliverWeeklyDigest = async (
  db: Db,
  mailer: Mailer,
  account: DigestAccount,
  now: Date,
  settings: DigestSettings,
): Promise<DigestOutcome> => {
  const claim = await claimDigest(db, account, now, settings);
  if (claim === 'ALREADY_DELIVERED' || claim === 'EMPTY') return claim;
  try {
    await mailer.send(claim.message);
  } catch (error) {
    if (!(error instanceof MailNotSentError)) throw new DigestClaimKeptError(error);
    try {
      await releaseClaim(db, account.id, claim.weekStartsOn);
    } catch (releaseError) {
      throw new DigestClaimKeptError(releaseError);
    }
    throw error;
  }
  return 'SENT';
};

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
  /** Aborted when the job's time is up: accounts not yet reached are left to the next run. */
  signal?: AbortSignal,
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
    claimKept: [],
  };
  // One at a time: a mail server throttles bursts.
  for (const account of due) {
    if (signal?.aborted) break;
    try {
      const outcome = await deliverWeeklyDigest(db, mailer, account, now, settings);
      if (outcome === 'SENT') result.sent += 1;
      else if (outcome === 'EMPTY') result.empty += 1;
      else result.alreadyDelivered += 1;
    } catch (error) {
      const failure = {
        accountId: account.id,
        error: error instanceof Error ? error.message : String(error),
      };
      if (error instanceof DigestClaimKeptError) result.claimKept.push(failure);
      else result.failed.push(failure);
    }
  }
  return result;
};
