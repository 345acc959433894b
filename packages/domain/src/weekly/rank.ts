import type { KnowsStrength } from '../buyers/knows-input.ts';
import {
  type Cadence,
  cadenceAnchor,
  daysSinceAnchor,
  dueState,
  staleness,
} from '../interactions/cadence.ts';
import {
  type ReasonFacts,
  reasonFacts,
  reasonSentence,
  sinceAnchorOf,
} from '../interactions/reason-facts.ts';

export type WeeklyCandidate = {
  personId: string;
  lastDepthTouchAt: Date | null;
  createdAt: Date;
  cadence: Cadence;
  readiness: number;
  trust: number;
  /** The strongest tag they have to a working target buyer profile; null: none. */
  knowsStrength: KnowsStrength | null;
};

/** Why someone is on the week's list, as when picked: the text is built when shown. */
export type WeeklyReasonFacts = ReasonFacts & {
  /** Chosen for the place kept for a long-dormant tie worth reviving. */
  dormant: boolean;
};

export type WeeklyPick = { personId: string; priority: number; facts: WeeklyReasonFacts };

/** A tie worth reviving: trusted once, and untouched for at least three cadences. */
export const DORMANT_STALENESS = 3;
export const DORMANT_MIN_TRUST = 3;

/**
 * How much reaching a target buyer adds to someone's priority, by the strongest tag. The old
 * flat 1.5 for any tag sits between "works with" and "can introduce": an introducer now counts
 * more, and someone who only knows of such buyers little more than no tag. The strongest
 * (1.6) stays well below readiness's spread (0.5 to 1.5, three times), so depth still matters
 * more than reach.
 */
export const KNOWS_PRIORITY_WEIGHTS: Record<KnowsStrength, number> = {
  KNOWS_OF: 1.1,
  KNOWS_PERSONALLY: 1.25,
  WORKS_WITH: 1.4,
  CAN_INTRODUCE: 1.6,
};

const anchorOf = (candidate: WeeklyCandidate) =>
  cadenceAnchor(candidate.lastDepthTouchAt, candidate.createdAt);

/**
 * How much a person is worth reconnecting with on the day holding `at` (calendar days in the
 * account's zone): how overdue (staleness), weighted by how ready they are to refer, and by
 * how well they can reach a target buyer.
 */
export const reconnectPriority = (
  candidate: WeeklyCandidate,
  at: Date,
  timezone: string,
): number => {
  const stale = staleness(at, anchorOf(candidate), candidate.cadence, timezone) ?? 0;
  const reach = candidate.knowsStrength ? KNOWS_PRIORITY_WEIGHTS[candidate.knowsStrength] : 1;
  return stale * (0.5 + candidate.readiness / 100) * reach;
};

const daysSince = (candidate: WeeklyCandidate, at: Date, timezone: string) =>
  daysSinceAnchor(at, anchorOf(candidate), timezone);

/**
 * Why this person is on the week's list, with the calendar days in the account's zone counted
 * when shown: up to now while to do, up to when they were marked done or skipped.
 */
export const weeklyReason = (
  item: WeeklyReasonFacts & { actedAt: Date | null },
  now: Date,
  timezone: string,
): string => {
  const since = sinceAnchorOf(item, item.actedAt ?? now, timezone);
  return reasonSentence(
    item.dormant ? `A tie worth reviving: ${since}` : `${since} (cadence ${item.cadenceDays} days)`,
    item,
  );
};

/**
 * The week's reconnect list: the `size` people due by the day holding `at` (in `timezone`, the
 * account's zone) with the highest priority, keeping the last place for the most dormant
 * trusted tie when one is not already in. Ties are broken by id, so the same data and clock
 * always give the same list.
 */
export const rankWeeklyList = (
  candidates: readonly WeeklyCandidate[],
  at: Date,
  size: number,
  timezone: string,
): WeeklyPick[] => {
  if (size <= 0) return [];
  const scored = candidates
    .map((candidate) => ({ candidate, priority: reconnectPriority(candidate, at, timezone) }))
    // Due by then exactly as the person's due state says.
    .filter(
      ({ priority, candidate }) =>
        priority > 0 && dueState(at, anchorOf(candidate), candidate.cadence, timezone) !== 'OK',
    )
    .sort(
      (a, b) => b.priority - a.priority || a.candidate.personId.localeCompare(b.candidate.personId),
    );
  const top = scored.slice(0, size);
  const dormant = scored
    .filter(
      ({ candidate }) =>
        candidate.trust >= DORMANT_MIN_TRUST &&
        daysSince(candidate, at, timezone) >= DORMANT_STALENESS * candidate.cadence.idealDays,
    )
    .sort(
      (a, b) =>
        daysSince(b.candidate, at, timezone) - daysSince(a.candidate, at, timezone) ||
        a.candidate.personId.localeCompare(b.candidate.personId),
    )[0];
  const list =
    dormant && top.length === size && !top.includes(dormant)
      ? [...top.slice(0, size - 1), dormant]
      : top;
  return list.map((entry) => ({
    personId: entry.candidate.personId,
    priority: entry.priority,
    facts: { ...reasonFacts(entry.candidate), dormant: entry === dormant },
  }));
};
