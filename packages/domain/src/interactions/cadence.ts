import type { Depth } from '../depth/levels.ts';
import { type DepthTier, depthTier } from '../depth/readiness.ts';
import { calendarDaysBetween, startOfDayIn } from '../shared/time.ts';

export type CadenceMode = 'DEFAULT' | 'CUSTOM' | 'NONE';

/** Past the ideal gap a person is due; past the maximum gap, overdue. */
export type Cadence = { idealDays: number; maxDays: number };

export type CadenceDefaults = Record<DepthTier, number>;

export const DEFAULT_CADENCE_DAYS: CadenceDefaults = { INNER: 30, MIDDLE: 60, OUTER: 90 };

/** The maximum gap is half as long again as the ideal one. */
export const MAX_GAP_FACTOR = 1.5;

export const cadenceFromDays = (idealDays: number): Cadence => ({
  idealDays,
  maxDays: Math.round(idealDays * MAX_GAP_FACTOR),
});

export type CadenceSetting = { cadenceMode: CadenceMode; cadenceDays: number | null };

export const resolveCadence = (
  setting: CadenceSetting,
  depth: Pick<Depth, 'trust' | 'theirUnderstanding'>,
  defaults: CadenceDefaults = DEFAULT_CADENCE_DAYS,
): Cadence | null => {
  if (setting.cadenceMode === 'NONE') return null;
  if (setting.cadenceMode === 'CUSTOM' && setting.cadenceDays !== null) {
    return cadenceFromDays(setting.cadenceDays);
  }
  return cadenceFromDays(defaults[depthTier(depth)]);
};

/** The clock starts at the last depth touch or, for someone never touched, when they were added. */
export const cadenceAnchor = (lastDepthTouchAt: Date | null, addedAt: Date): Date =>
  lastDepthTouchAt ?? addedAt;

/**
 * Cadences count calendar days in the account's zone (`timezone`), whatever the clocks do: with
 * an ideal gap of N days, a person last touched on day D is due on day D + N from the start of
 * that day, so someone due today shows as due from the morning. Likewise overdue from day
 * D + maxDays.
 */
export const nextDueAt = (anchor: Date, cadence: Cadence | null, timezone: string): Date | null =>
  cadence ? startOfDayIn(anchor, timezone, { days: cadence.idealDays }) : null;

/** Calendar days since the anchor's day in the zone (negative for an anchor in the future). */
export const daysSinceAnchor = (now: Date, anchor: Date, timezone: string): number =>
  calendarDaysBetween(anchor, now, timezone);

/** "53 days since your last depth touch", or since they were added for someone never touched. */
export const sinceAnchorText = (days: number, touched: boolean): string => {
  const count = `${days} ${days === 1 ? 'day' : 'days'}`;
  return touched
    ? `${count} since your last depth touch`
    : `${count} since you added them, with no depth touch yet`;
};

/** Calendar days since the last depth touch divided by the ideal gap; from 1 the person is due. */
export const staleness = (
  now: Date,
  anchor: Date,
  cadence: Cadence | null,
  timezone: string,
): number | null =>
  cadence ? Math.max(0, daysSinceAnchor(now, anchor, timezone)) / cadence.idealDays : null;

export type DueState = 'NO_CADENCE' | 'OK' | 'DUE' | 'OVERDUE';

export const dueState = (
  now: Date,
  anchor: Date,
  cadence: Cadence | null,
  timezone: string,
): DueState => {
  if (!cadence) return 'NO_CADENCE';
  const days = daysSinceAnchor(now, anchor, timezone);
  if (days >= cadence.maxDays) return 'OVERDUE';
  if (days >= cadence.idealDays) return 'DUE';
  return 'OK';
};
