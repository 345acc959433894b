import type { Depth } from '../depth/levels.ts';
import {
  type CadenceDefaults,
  type CadenceSetting,
  cadenceAnchor,
  nextDueAt,
  resolveCadence,
} from './cadence.ts';

export type ScheduledPerson = CadenceSetting &
  Pick<Depth, 'trust' | 'theirUnderstanding'> & {
    lastDepthTouchAt: Date | null;
    createdAt: Date;
  };

/** What a due date depends on besides the person: the account's zone and default cadences. */
export type ScheduleSettings = { timezone: string; cadenceDefaults?: CadenceDefaults };

/**
 * The stored next due date of a person, recomputed after any touch, depth or cadence change,
 * and when the account's zone or defaults change.
 */
export const nextDueFor = (person: ScheduledPerson, settings: ScheduleSettings): Date | null =>
  nextDueAt(
    cadenceAnchor(person.lastDepthTouchAt, person.createdAt),
    resolveCadence(person, person, settings.cadenceDefaults),
    settings.timezone,
  );
