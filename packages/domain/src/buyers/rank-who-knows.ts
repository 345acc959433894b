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

/** Days over which a relationship's freshness halves its distance to the floor. */
const FRESHNESS_HALF_LIFE_DAYS = 30;

export type WhoKnowsCandidate = {
  id: string;
  name: string;
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

/**
 * 1 for a touch today, falling towards 0.5 as the touch ages; never touched is 0.5, below any
 * touch. Kept above zero so that strength and readiness still order the stale.
 */
export const freshness = (daysSince: number | null): number =>
  daysSince === null ? 0.5 : 0.5 + 0.5 / (1 + daysSince / FRESHNESS_HALF_LIFE_DAYS);

/**
 * Strength × readiness × freshness. Readiness 0 still counts a little (0.25), so a strong tie
 * who is not ready yet ranks above a weak one who is not ready either.
 */
export const whoKnowsScore = (
  candidate: Pick<WhoKnowsCandidate, 'strength' | 'readiness'>,
  daysSince: number | null,
): number =>
  WHO_KNOWS_STRENGTH_WEIGHTS[candidate.strength] *
  (0.25 + Math.min(100, Math.max(0, candidate.readiness)) / 100) *
  freshness(daysSince);

type Scored<T> = { candidate: T; score: number };

/** Higher score first; equal scores by name, then by id, so the order never depends on input order. */
export const compareWhoKnows = <T extends WhoKnowsCandidate>(a: Scored<T>, b: Scored<T>): number =>
  b.score - a.score ||
  a.candidate.name.localeCompare(b.candidate.name, 'en') ||
  (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0);

/**
 * Who could introduce the account to a profile's buyers, best first: by score, then by name,
 * then by id, so the same data and clock always give the same order. Each candidate comes with
 * its score and the calendar days since its last depth touch (in the account's zone).
 */
export const rankWhoKnows = <T extends WhoKnowsCandidate>(
  candidates: readonly T[],
  now: Date,
  timezone: string,
): (Scored<T> & { daysSince: number | null })[] => {
  const today = calendarDayNumberIn(now, timezone);
  return candidates
    .map((candidate) => {
      const daysSince = daysSinceDay(candidate.lastDepthTouchAt, today, timezone);
      return { candidate, daysSince, score: whoKnowsScore(candidate, daysSince) };
    })
    .sort(compareWhoKnows);
};
