import type { Depth } from '../depth/levels.ts';
import { type DepthTier, depthTier } from '../depth/readiness.ts';
import { addDays, daysBetween } from '../shared/time.ts';

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

export const nextDueAt = (anchor: Date, cadence: Cadence | null): Date | null =>
  cadence ? addDays(anchor, cadence.idealDays) : null;

/** Days since the last depth touch divided by the ideal gap; above 1 the person is due. */
export const staleness = (now: Date, anchor: Date, cadence: Cadence | null): number | null =>
  cadence ? Math.max(0, daysBetween(anchor, now)) / cadence.idealDays : null;

export type DueState = 'NO_CADENCE' | 'OK' | 'DUE' | 'OVERDUE';

export const dueState = (now: Date, anchor: Date, cadence: Cadence | null): DueState => {
  if (!cadence) return 'NO_CADENCE';
  const days = daysBetween(anchor, now);
  if (days > cadence.maxDays) return 'OVERDUE';
  if (days > cadence.idealDays) return 'DUE';
  return 'OK';
};
