import { accounts, knows, people } from '@tend/db';
import { rankWhoKnows, referralReadiness } from '@tend/domain';
import { and, eq, inArray, isNull } from 'drizzle-orm';
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
 * Everyone tagged as knowing a profile (archived people left out), ranked by the domain:
 * strength × readiness × freshness. A profile has at most a few thousand tags: they are read
 * by the (account_id, target_buyer_id) index with only the columns the ranking needs, people
 * joined by key; only the page's people are then read whole.
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
  const tagged = await db
    .select({
      id: people.id,
      name: people.name,
      trust: people.trust,
      theirUnderstanding: people.theirUnderstanding,
      lastDepthTouchAt: people.lastDepthTouchAt,
      strength: knows.strength,
      note: knows.note,
      learnedOn: knows.learnedOn,
    })
    .from(knows)
    .innerJoin(people, and(eq(people.accountId, knows.accountId), eq(people.id, knows.personId)))
    .where(
      and(
        eq(knows.accountId, accountId),
        eq(knows.targetBuyerId, targetBuyer.id),
        isNull(people.archivedAt),
      ),
    );
  const ranked = rankWhoKnows(
    tagged.map((tag) => ({ ...tag, readiness: referralReadiness(tag) })),
    now,
    account.timezone,
  ).slice(0, Math.max(0, Math.min(first, MAX_WHO_KNOWS)));
  const shown = ranked.map((entry) => entry.candidate.id);
  const rows = shown.length
    ? await db
        .select()
        .from(people)
        .where(and(eq(people.accountId, accountId), inArray(people.id, shown)))
    : [];
  const byId = new Map(rows.map((person) => [person.id, person]));
  return {
    rows: ranked.flatMap(({ candidate, daysSince }) => {
      const person = byId.get(candidate.id);
      return person
        ? [
            {
              person,
              strength: candidate.strength,
              note: candidate.note,
              learnedOn: candidate.learnedOn,
              readiness: candidate.readiness,
              daysSinceDepthTouch: daysSince,
            },
          ]
        : [];
    }),
    totalCount: tagged.length,
    targetBuyer,
    myOffer: account.myOffer,
  };
};
