import { calendarDayNumberIn } from '../shared/time.ts';
import type { KnowsStrength } from './knows-input.ts';

/**
 * How much each strength of tie counts towards an introduction: someone who can introduce is
 * worth four who merely know of such buyers.
 */
export const WHO_KNOWS_STRENGTH_WEIGHTS: Record<KnowsStrength, number> = {
  KNOWS_OF: 1,
  KNOWS_PERSONALLY: 2,
  WORKS_WITH: 3,
  CAN_INTRODUCE: 4,
};

/** Days over which a relationship's freshness halves. */
export const FRESHNESS_HALF_LIFE_DAYS = 90;

/**
 * The calendar day a never-touched relationship counts as touched on: long before any real
 * touch, so it is the least fresh, yet strength and readiness still order the never touched.
 */
const NEVER_TOUCHED_DAY = -1_000_000;

export type WhoKnowsCandidate = {
  id: string;
  strength: KnowsStrength;
  /** Referral readiness, 0–100. */
  readiness: number;
  lastDepthTouchAt: Date | null;
};

const daysSinceDay = (lastDepthTouchAt: Date | null, today: number, timezone: string) =>
  lastDepthTouchAt ? Math.max(0, today - calendarDayNumberIn(lastDepthTouchAt, timezone)) : null;

/** Calendar days in `timezone` since the last depth touch (0 for today or later); null: never. */
export const daysSinceDepthTouch = (
  lastDepthTouchAt: Date | null,
  now: Date,
  timezone: string,
): number | null => daysSinceDay(lastDepthTouchAt, calendarDayNumberIn(now, timezone), timezone);

/** 1 for a touch today, halving every 90 days; 0 for never touched. */
export const freshness = (daysSince: number | null): number =>
  daysSince === null ? 0 : 0.5 ** (daysSince / FRESHNESS_HALF_LIFE_DAYS);

/**
 * Strength × readiness × freshness. Readiness 0 still counts a little (0.25), so a strong tie
 * who is not ready yet ranks above a weak one who is not ready either.
 */
export const whoKnowsScore = (
  candidate: Pick<WhoKnowsCandidate, 'strength' | 'readiness'>,
  daysSince: number | null,
): number =>
  WHO_KNOWS_STRENGTH_WEIGHTS[candidate.strength] *
  readinessFactor(candidate.readiness) *
  freshness(daysSince);

const readinessFactor = (readiness: number) => (Math.min(100, Math.max(0, readiness)) + 25) / 100;

/**
 * The score's order as one number that does not depend on today: its logarithm, less the part
 * every candidate shares (today's day number × ln 2 / 90), with the last depth touch as its
 * calendar day number in the account's zone. The database keeps the same key on each knows tag
 * (`knows_rank_key` in the migration knows_ranking), so the best of a profile's thousands of
 * tags are read from an index in this order; a test checks the two agree.
 */
export const whoKnowsRankKey = (
  candidate: Pick<WhoKnowsCandidate, 'strength' | 'readiness'>,
  lastDepthTouchDay: number | null,
): number =>
  Math.log(WHO_KNOWS_STRENGTH_WEIGHTS[candidate.strength]) +
  Math.log(readinessFactor(candidate.readiness)) +
  ((lastDepthTouchDay ?? NEVER_TOUCHED_DAY) * Math.LN2) / FRESHNESS_HALF_LIFE_DAYS;

type Ranked<T> = { candidate: T; rankKey: number; daysSince: number | null };

/** Higher key first; equal keys by id, as the database's index orders them. */
export const compareWhoKnows = <T extends WhoKnowsCandidate>(a: Ranked<T>, b: Ranked<T>): number =>
  b.rankKey - a.rankKey ||
  (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0);

/**
 * Who could introduce the account to a profile's buyers, best first: by strength × readiness ×
 * freshness, then by id, so the same data always gives the same order. Each candidate comes
 * with the calendar days since its last depth touch (in the account's zone) as of `now`.
 */
export const rankWhoKnows = <T extends WhoKnowsCandidate>(
  candidates: readonly T[],
  now: Date,
  timezone: string,
): Ranked<T>[] => {
  const today = calendarDayNumberIn(now, timezone);
  return candidates
    .map((candidate) => {
      const touchDay = candidate.lastDepthTouchAt
        ? calendarDayNumberIn(candidate.lastDepthTouchAt, timezone)
        : null;
      return {
        candidate,
        rankKey: whoKnowsRankKey(candidate, touchDay),
        daysSince: daysSinceDay(candidate.lastDepthTouchAt, today, timezone),
      };
    })
    .sort(compareWhoKnows);
};
