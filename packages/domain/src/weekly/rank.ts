import { type Cadence, cadenceAnchor, dueState, staleness } from '../interactions/cadence.ts';
import { DAY_MS } from '../shared/time.ts';

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

/**
 * How much a person is worth reconnecting with at `at`: how overdue (staleness), weighted by
 * how ready they are to refer, and by whether they can reach a target buyer.
 */
export const reconnectPriority = (candidate: WeeklyCandidate, at: Date): number => {
  const stale =
    staleness(
      at,
      cadenceAnchor(candidate.lastDepthTouchAt, candidate.createdAt),
      candidate.cadence,
    ) ?? 0;
  return stale * (0.5 + candidate.readiness / 100) * (candidate.knowsTargetBuyer ? 1.5 : 1);
};

const daysSince = (candidate: WeeklyCandidate, at: Date) =>
  Math.floor(
    (at.getTime() - cadenceAnchor(candidate.lastDepthTouchAt, candidate.createdAt).getTime()) /
      DAY_MS,
  );

export const weeklyReason = (candidate: WeeklyCandidate, at: Date, dormant: boolean): string => {
  const days = daysSince(candidate, at);
  const count = `${days} ${days === 1 ? 'day' : 'days'}`;
  const since = candidate.lastDepthTouchAt
    ? `${count} since your last depth touch`
    : `${count} since you added them, with no depth touch yet`;
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
 * The week's reconnect list: the `size` people due by `at` with the highest priority, keeping
 * the last place for the most dormant trusted tie when one is not already in. Ties are broken
 * by id, so the same data and clock always give the same list.
 */
export const rankWeeklyList = (
  candidates: readonly WeeklyCandidate[],
  at: Date,
  size: number,
  /** When the list is made: the reasons count days up to now, not to the week's end. */
  madeAt: Date = at,
): WeeklyPick[] => {
  if (size <= 0) return [];
  const scored = candidates
    .map((candidate) => ({ candidate, priority: reconnectPriority(candidate, at) }))
    // Due by `at` exactly as the person's due state says (whole days are only for the reason).
    .filter(
      ({ priority, candidate }) =>
        priority > 0 &&
        dueState(
          at,
          cadenceAnchor(candidate.lastDepthTouchAt, candidate.createdAt),
          candidate.cadence,
        ) !== 'OK',
    )
    .sort(
      (a, b) => b.priority - a.priority || a.candidate.personId.localeCompare(b.candidate.personId),
    );
  const top = scored.slice(0, size);
  const dormant = scored
    .filter(
      ({ candidate }) =>
        candidate.trust >= DORMANT_MIN_TRUST &&
        daysSince(candidate, at) >= DORMANT_STALENESS * candidate.cadence.idealDays,
    )
    .sort(
      (a, b) =>
        daysSince(b.candidate, at) - daysSince(a.candidate, at) ||
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
    reason: weeklyReason(entry.candidate, madeAt, entry === dormant),
  }));
};
