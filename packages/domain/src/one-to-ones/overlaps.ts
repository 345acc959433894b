import { oneToOneEndsAt } from './calendar-links.ts';
import { MAX_ONE_TO_ONE_MINUTES, MIN_ONE_TO_ONE_MINUTES } from './schedule-one-to-one-input.ts';

export type TimeSlot = { startsAt: Date; durationMinutes: number };

const endOf = (slot: TimeSlot): number => oneToOneEndsAt(slot).getTime();

/** Whether two meetings share any time; one ending as the other starts is no clash. */
export const overlaps = (a: TimeSlot, b: TimeSlot): boolean =>
  a.startsAt.getTime() < endOf(b) && b.startsAt.getTime() < endOf(a);

/**
 * The slot to warn of clashes for, or null when no meeting could be planned in it (an invalid
 * start, a duration outside the scheduling limits): saving would be refused anyway, so there
 * is nothing to warn of.
 */
export const plannableSlot = (startsAt: Date, durationMinutes: number): TimeSlot | null =>
  Number.isNaN(startsAt.getTime()) ||
  !Number.isInteger(durationMinutes) ||
  durationMinutes < MIN_ONE_TO_ONE_MINUTES ||
  durationMinutes > MAX_ONE_TO_ONE_MINUTES
    ? null
    : { startsAt, durationMinutes };
