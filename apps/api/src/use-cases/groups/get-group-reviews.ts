import { accounts, type groups } from '@tend/db';
import {
  judgeGroup,
  localDateIn,
  parseReviewPeriod,
  type ReviewPreset,
  reviewGroup,
  reviewPeriodOf,
} from '@tend/domain';
import { eq } from 'drizzle-orm';
import type { Scope } from '../scope.ts';
import { loadGroupReviewFacts } from './load-group-review-facts.ts';

type GroupRow = typeof groups.$inferSelect;

/**
 * These groups' reviews over one period (a preset or from–to, calendar days in the account's
 * zone), in their order, each with the verdict its figures give under the account's
 * thresholds. The account is read once, for its zone and for the facts.
 */
export const getGroupReviews = async (
  { db, accountId, now }: Scope,
  reviewed: readonly GroupRow[],
  { preset, ...custom }: { preset?: ReviewPreset | null; from?: string | null; to?: string | null },
) => {
  const [account] = await db.select().from(accounts).where(eq(accounts.id, accountId));
  if (!account) throw new Error(`Account ${accountId} is missing`);
  const today = localDateIn(now, account.timezone);
  const period = preset ? reviewPeriodOf(preset, today) : parseReviewPeriod(custom, today);
  const factsOf = await loadGroupReviewFacts(db, account, reviewed, period);
  return reviewed.map((group) => {
    const facts = factsOf.get(group.id);
    if (!facts) throw new Error(`No review facts for group ${group.id}`);
    const review = reviewGroup(facts);
    return { ...review, verdict: judgeGroup(review, facts.thresholds) };
  });
};
