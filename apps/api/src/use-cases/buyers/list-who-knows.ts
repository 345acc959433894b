import { accounts, knows, people, targetBuyers } from '@tend/db';
import { rankWhoKnows, referralReadiness } from '@tend/domain';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Scope } from '../scope.ts';

/** The most rows one look returns: the best of them; the rest are counted. */
export const MAX_WHO_KNOWS = 200;
export const DEFAULT_WHO_KNOWS = 50;

type PersonRow = typeof people.$inferSelect;
type TargetBuyerRow = typeof targetBuyers.$inferSelect;

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
  targetBuyer: TargetBuyerRow;
  myOffer: string | null;
};

/**
 * For each of these profiles of the account, everyone tagged as knowing it (archived people
 * left out), best first by the domain's rankWhoKnows (strength × readiness × freshness); in the
 * profiles' order. A profile may have thousands of tags: each page is read in rank order from
 * the (account, profile, rank key) index, which the database keeps with the domain's key (see
 * rankWhoKnows), so the cost is the pages', not the network's. Three statements for any number
 * of profiles.
 */
export const listWhoKnows = async (
  { db, accountId, now }: Scope,
  profiles: readonly TargetBuyerRow[],
  first: number = DEFAULT_WHO_KNOWS,
): Promise<WhoKnowsList[]> => {
  const [account] = await db
    .select({ timezone: accounts.timezone, myOffer: accounts.myOffer })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!account) throw new Error(`Account ${accountId} is missing`);
  // One array parameter: a whole network is more than a statement's parameters.
  const ids = sql.param([...new Set(profiles.map((profile) => profile.id))]);
  const tagged = and(eq(knows.accountId, accountId), eq(knows.personActive, true));
  // Each profile's own page, as a subquery of its row.
  const page = db
    .select({
      personId: knows.personId,
      strength: knows.strength,
      note: knows.note,
      learnedOn: knows.learnedOn,
    })
    .from(knows)
    .where(and(tagged, eq(knows.targetBuyerId, targetBuyers.id)))
    .orderBy(sql`${knows.rankKey} desc nulls last`, asc(knows.personId))
    .limit(Math.max(0, Math.min(first, MAX_WHO_KNOWS)))
    .as('page');
  const [pages, counted] = await Promise.all([
    db
      .select({
        targetBuyerId: targetBuyers.id,
        person: people,
        strength: page.strength,
        note: page.note,
        learnedOn: page.learnedOn,
      })
      .from(targetBuyers)
      .crossJoinLateral(page)
      .innerJoin(people, and(eq(people.accountId, accountId), eq(people.id, page.personId)))
      .where(
        and(eq(targetBuyers.accountId, accountId), sql`${targetBuyers.id} = any(${ids}::uuid[])`),
      ),
    db
      .select({ targetBuyerId: knows.targetBuyerId, total: count() })
      .from(knows)
      .where(and(tagged, sql`${knows.targetBuyerId} = any(${ids}::uuid[])`))
      .groupBy(knows.targetBuyerId),
  ]);
  const pageOf = new Map<string, typeof pages>();
  for (const row of pages) {
    const found = pageOf.get(row.targetBuyerId);
    if (found) found.push(row);
    else pageOf.set(row.targetBuyerId, [row]);
  }
  const totalOf = new Map(counted.map(({ targetBuyerId, total }) => [targetBuyerId, total]));
  return profiles.map((targetBuyer) => {
    const ranked = rankWhoKnows(
      (pageOf.get(targetBuyer.id) ?? []).map((row) => ({
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
      totalCount: totalOf.get(targetBuyer.id) ?? 0,
      targetBuyer,
      myOffer: account.myOffer,
    };
  });
};
