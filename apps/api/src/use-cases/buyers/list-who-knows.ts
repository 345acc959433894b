import { accounts, knows, people } from '@tend/db';
import { rankWhoKnows, referralReadiness } from '@tend/domain';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Scope } from '../scope.ts';
import { findTargetBuyer } from './find-target-buyer.ts';

/** The most rows one look returns: the best of them; the rest are counted. */
export const MAX_WHO_KNOWS = 200;
export const DEFAULT_WHO_KNOWS = 50;

type PersonRow = typeof people.$inferSelect;

export type WhoKnowsRow = {
  person: PersonRow;
  strength: (typeof knows.$inferSelect)['strength'];
  note: string | null;
  learnedOn: string | null;
  readiness: number;
  /** Calendar days in the account's zone since the last depth touch; null: never. */
  daysSinceDepthTouch: number | null;
};

export type WhoKnowsList = {
  rows: WhoKnowsRow[];
  /** Everyone tagged who is not archived, of whom `rows` are the best. */
  totalCount: number;
  /** What the ask for an introduction is drafted from. */
  targetBuyer: Awaited<ReturnType<typeof findTargetBuyer>>;
  myOffer: string | null;
};

/**
 * Everyone tagged as knowing a profile (archived people left out), best first by the domain's
 * rankWhoKnows (strength × readiness × freshness). A profile may have thousands of tags: the
 * page is read in rank order from the (account, profile, rank key) index, which the database
 * keeps with the domain's key (see rankWhoKnows), so the cost is the page's, not the network's.
 */
export const listWhoKnows = async (
  { db, accountId, now }: Scope,
  targetBuyerId: string,
  first: number = DEFAULT_WHO_KNOWS,
): Promise<WhoKnowsList> => {
  const targetBuyer = await findTargetBuyer(db, accountId, targetBuyerId);
  const [account] = await db
    .select({ timezone: accounts.timezone, myOffer: accounts.myOffer })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!account) throw new Error(`Account ${accountId} is missing`);
  const tagged = and(
    eq(knows.accountId, accountId),
    eq(knows.targetBuyerId, targetBuyer.id),
    eq(knows.personActive, true),
  );
  const [page, [counted]] = await Promise.all([
    db
      .select({
        person: people,
        strength: knows.strength,
        note: knows.note,
        learnedOn: knows.learnedOn,
      })
      .from(knows)
      .innerJoin(people, and(eq(people.accountId, knows.accountId), eq(people.id, knows.personId)))
      .where(tagged)
      .orderBy(sql`${knows.rankKey} desc nulls last`, asc(knows.personId))
      .limit(Math.max(0, Math.min(first, MAX_WHO_KNOWS))),
    db.select({ total: count() }).from(knows).where(tagged),
  ]);
  const ranked = rankWhoKnows(
    page.map((row) => ({
      ...row,
      id: row.person.id,
      lastDepthTouchAt: row.person.lastDepthTouchAt,
      readiness: referralReadiness(row.person),
    })),
    now,
    account.timezone,
  );
  return {
    rows: ranked.map(({ candidate, daysSince }) => ({
      person: candidate.person,
      strength: candidate.strength,
      note: candidate.note,
      learnedOn: candidate.learnedOn,
      readiness: candidate.readiness,
      daysSinceDepthTouch: daysSince,
    })),
    totalCount: counted?.total ?? 0,
    targetBuyer,
    myOffer: account.myOffer,
  };
};
