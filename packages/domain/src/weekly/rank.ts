import {
  type Cadence,
  cadenceAnchor,
  daysSinceAnchor,
  dueState,
  sinceAnchorText,
  staleness,
} from '../interactions/cadence.ts';

export type WeeklyCandidate = {
  personId: string;
  lastDepthTouchAt: Date | null;
  createdAt: Date;
  cadence: Cadence;
  readiness: number;
  trust: number;
  knowsTargetBuyer: boolean;
};

export type WeeklyPick = {
  personId: string;
  priority: number;
  reason: string;
  /** Chosen for the place kept for a long-dormant tie worth reviving. */
  dormant: boolean;
};

/** A tie worth reviving: trusted once, and untouched for at least three cadences. */
export const DORMANT_STALENESS = 3;
export const DORMANT_MIN_TRUST = 3;

const anchorOf = (candidate: WeeklyCandidate) =>
  cadenceAnchor(candidate.lastDepthTouchAt, candidate.createdAt);

/**
 * How much a person is worth reconnecting with on the day holding `at` (calendar days in the
 * account's zone): how overdue (staleness), weighted by how ready they are to refer, and by
 * whether they can reach a target buyer.
 */
export const reconnectPriority = (
  candidate: WeeklyCandidate,
  at: Date,
  timezone: string,
): number => {
  const stale = staleness(at, anchorOf(candidate), candidate.cadence, timezone) ?? 0;
  return stale * (0.5 + candidate.readiness / 100) * (candidate.knowsTargetBuyer ? 1.5 : 1);
};

const daysSince = (candidate: WeeklyCandidate, at: Date, timezone: string) =>
  daysSinceAnchor(at, anchorOf(candidate), timezone);

export const weeklyReason = (
  candidate: WeeklyCandidate,
  at: Date,
  dormant: boolean,
  timezone: string,
): string => {
  const since = sinceAnchorText(
    daysSince(candidate, at, timezone),
    candidate.lastDepthTouchAt !== null,
  );
  const parts = [
    dormant
      ? `A tie worth reviving: ${since}`
      : `${since} (cadence ${candidate.cadence.idealDays} days)`,
    `readiness ${candidate.readiness}`,
  ];
  if (candidate.knowsTargetBuyer) parts.push('knows a target buyer');
  return `${parts.join('; ')}.`;
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
  /** When the list is made: the reasons count days up to now, not to the week's end. */
  madeAt: Date = at,
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
    dormant: entry === dormant,
    reason: weeklyReason(entry.candidate, madeAt, entry === dormant, timezone),
  }));
};
