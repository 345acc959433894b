const MINUTE_MS = 60_000;

export type TimeSlot = { startsAt: Date; durationMinutes: number };

const endOf = (slot: TimeSlot): number =>
  slot.startsAt.getTime() + slot.durationMinutes * MINUTE_MS;

/** Whether two meetings share any time; one ending as the other starts is no clash. */
export const overlaps = (a: TimeSlot, b: TimeSlot): boolean =>
  a.startsAt.getTime() < endOf(b) && b.startsAt.getTime() < endOf(a);
