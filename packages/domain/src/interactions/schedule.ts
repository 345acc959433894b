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

/** The stored next due date of a person, recomputed after any touch, depth or cadence change. */
export const nextDueFor = (person: ScheduledPerson, defaults?: CadenceDefaults): Date | null =>
  nextDueAt(
    cadenceAnchor(person.lastDepthTouchAt, person.createdAt),
    resolveCadence(person, person, defaults),
  );
