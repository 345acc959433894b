import type { groups } from '@tend/db';
import {
  judgeGroup,
  localDateIn,
  parseReviewPeriod,
  type ReviewPreset,
  reviewGroup,
  reviewPeriodOf,
} from '@tend/domain';
import { loadAccountSettings, type Scope } from '../scope.ts';
import { loadGroupReviewFacts } from './load-group-review-facts.ts';

type GroupRow = typeof groups.$inferSelect;

/**
 * A group's review over a period (a preset or from–to, calendar days in the account's zone) and
 * the verdict its figures give under the account's thresholds.
 */
export const getGroupReview = async (
  { db, accountId, now }: Scope,
  group: GroupRow,
  { preset, ...custom }: { preset?: ReviewPreset | null; from?: string | null; to?: string | null },
) => {
  const { timezone } = await loadAccountSettings(db, accountId);
  const today = localDateIn(now, timezone);
  const period = preset ? reviewPeriodOf(preset, today) : parseReviewPeriod(custom, today);
  const facts = await loadGroupReviewFacts(db, accountId, group, period);
  const review = reviewGroup(facts);
  return { ...review, verdict: judgeGroup(review, facts.thresholds) };
};
