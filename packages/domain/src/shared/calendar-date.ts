import { TZDate } from '@date-fns/tz';
import { format, isValid, parseISO, subYears } from 'date-fns';
import { z } from 'zod';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar date holding `now` in `timezone`, as YYYY-MM-DD. */
export const localDateIn = (now: Date, timezone: string): string =>
  format(new TZDate(now.getTime(), timezone), 'yyyy-MM-dd');

/** Whether `text` is a real calendar date written YYYY-MM-DD (no 2026-02-30). */
export const isCalendarDate = (text: string): boolean => {
  if (!DATE_PATTERN.test(text)) return false;
  const parsed = parseISO(text);
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === text;
};

/** Today in the account's zone, which bounds the dates a user may say something happened on. */
export type DateClock = { now: Date; timezone: string };

/**
 * A calendar date (YYYY-MM-DD) that has happened: not after today in the account's zone and at
 * most `yearsBack` calendar years before it. YYYY-MM-DD strings order like the dates they name.
 */
export const pastCalendarDate = (
  label: string,
  { now, timezone }: DateClock,
  yearsBack: number,
) => {
  const today = localDateIn(now, timezone);
  const earliest = format(subYears(parseISO(today), yearsBack), 'yyyy-MM-dd');
  const message = `${label} must be a date (YYYY-MM-DD)`;
  return z
    .string({ error: message })
    .trim()
    .refine(isCalendarDate, message)
    .refine((date) => !isCalendarDate(date) || date <= today, `${label} cannot be in the future`)
    .refine(
      (date) => !isCalendarDate(date) || date >= earliest,
      `${label} cannot be more than ${yearsBack} years ago`,
    );
};
