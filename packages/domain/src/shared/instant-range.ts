/**
 * The instants Tend accepts as input: from 1900 to before 2200 (UTC). Wider, a date is a typo,
 * and at the extremes Postgres and JavaScript disagree (year 0, years past 9999) and fail.
 */
export const EARLIEST_INSTANT_MS = Date.UTC(1900, 0, 1);
export const END_OF_INSTANTS_MS = Date.UTC(2200, 0, 1);

export const INSTANT_RANGE_MESSAGE =
  'Expected a date-time from 1900-01-01 to before 2200-01-01 (UTC)';

export const isWithinInstantRange = (date: Date): boolean =>
  date.getTime() >= EARLIEST_INSTANT_MS && date.getTime() < END_OF_INSTANTS_MS;

/** A past date further back than this is a typo (1926 for 2026), not something that happened. */
export const MAX_YEARS_BACK = 100;

export const YEARS_BACK_MESSAGE = `Date must be within the last ${MAX_YEARS_BACK} years`;

/** The earliest past date Tend takes as input, `MAX_YEARS_BACK` calendar years before `now`. */
export const earliestPastDate = (now: Date): Date => {
  const earliest = new Date(now);
  earliest.setUTCFullYear(now.getUTCFullYear() - MAX_YEARS_BACK);
  return earliest;
};
