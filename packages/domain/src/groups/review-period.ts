import BigConstructor from 'big.js';
import { z } from 'zod';
import { isCalendarDate } from '../shared/calendar-date.ts';
import { parseInput } from '../shared/parse-input.ts';
import type { ReviewPeriod } from './review-facts.ts';

// Strict: a number given to Big is refused, so a float cannot slip into a calculation.
const Big = BigConstructor();
Big.strict = true;

/**
 * A review's period is calendar days (YYYY-MM-DD in the account's zone), so its arithmetic works
 * on year, month and day, never on 24-hour steps that a clock change would shift.
 */

export const REVIEW_PRESETS = ['LAST_3_MONTHS', 'LAST_6_MONTHS', 'LAST_12_MONTHS'] as const;
export type ReviewPreset = (typeof REVIEW_PRESETS)[number];

const PRESET_MONTHS: Record<ReviewPreset, number> = {
  LAST_3_MONTHS: 3,
  LAST_6_MONTHS: 6,
  LAST_12_MONTHS: 12,
};

/** A custom period longer than this is a typo, and its monthly chart would be unreadable. */
export const MAX_REVIEW_YEARS = 10;

type Day = { year: number; month: number; day: number };

const dayOf = (date: string): Day => {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

const pad = (value: number, width: number) => String(value).padStart(width, '0');

const textOf = ({ year, month, day }: Day) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
const dayNumber = (date: string): number => {
  const { year, month, day } = dayOf(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100);
  return era * 146097 + dayOfEra + dayOfYear - 719468;
};

const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/**
 * The date `months` calendar months on (or back, when negative), the day clamped to the month's
 * last (2026-01-31 + 1 month = 2026-02-28), as date-fns addMonths does.
 */
export const addCalendarMonths = (date: string, months: number): string => {
  const { year, month, day } = dayOf(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return textOf({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
};

/** The calendar day after `date`. */
export const nextDay = (date: string): string => {
  const { year, month, day } = dayOf(date);
  if (day < daysInMonth(year, month)) return textOf({ year, month, day: day + 1 });
  return month === 12
    ? textOf({ year: year + 1, month: 1, day: 1 })
    : textOf({ year, month: month + 1, day: 1 });
};

/**
 * The last `preset` months up to today, today included: from is N calendar months before the day
 * after today, so the period is exactly N months as `monthsIn` counts them (last 3 months ending
 * 2026-12-02 is 2026-09-03..2026-12-02). Where the month is shorter it clamps: ending 2026-05-30,
 * from is 2026-02-28 (2026-02-31 clamped), not the day after 2026-02-28, which would make the
 * period 2.97 months.
 */
export const reviewPeriodOf = (preset: ReviewPreset, today: string): ReviewPeriod => ({
  from: addCalendarMonths(nextDay(today), -PRESET_MONTHS[preset]),
  to: today,
});

/**
 * A period's length in months: whole months counted back from the day after its end, then the
 * days left before them ÷ the days of the month they fall in. `whole + restDays / monthDays` is
 * the exact length; `decimal` writes it out (to 20 decimal places where it does not terminate),
 * for showing, while sums use the fraction.
 */
export type MonthCount = { whole: number; restDays: number; monthDays: number; decimal: string };

export const monthsIn = ({ from, to }: ReviewPeriod): MonthCount => {
  if (from > to) {
    throw new RangeError(`A period runs from a day to the same or a later one; got ${from}..${to}`);
  }
  const end = nextDay(to);
  const { year: endYear, month: endMonth } = dayOf(end);
  const { year: fromYear, month: fromMonth } = dayOf(from);
  // Going back this many months lands in from's month, on, before or after from itself.
  let whole = (endYear - fromYear) * 12 + (endMonth - fromMonth);
  if (addCalendarMonths(end, -whole) < from) whole -= 1;
  const anchor = addCalendarMonths(end, -whole);
  const restDays = daysBetween(from, anchor);
  const monthDays = daysBetween(addCalendarMonths(end, -(whole + 1)), anchor);
  return { whole, restDays, monthDays, decimal: monthsDecimal({ whole, restDays, monthDays }) };
};

// Division keeps 20 places (Big.DP), rounding the last half up, when the days do not divide out.
const monthsDecimal = ({ whole, restDays, monthDays }: Omit<MonthCount, 'decimal'>): string =>
  new Big(String(whole * monthDays + restDays)).div(String(monthDays)).toFixed();

/** Each calendar month a period touches, from from's month to to's month, with its first and last day. */
export const calendarMonthsOf = ({
  from,
  to,
}: ReviewPeriod): { month: string; start: string; end: string }[] => {
  const first = dayOf(from);
  const last = dayOf(to);
  const months: { month: string; start: string; end: string }[] = [];
  for (
    let index = first.year * 12 + first.month - 1;
    index <= last.year * 12 + last.month - 1;
    index++
  ) {
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    const key = `${pad(year, 4)}-${pad(month, 2)}`;
    months.push({
      month: key,
      start: `${key}-01`,
      end: `${key}-${pad(daysInMonth(year, month), 2)}`,
    });
  }
  return months;
};

const dateField = (label: string) =>
  z
    .string({ error: `${label} must be a date (YYYY-MM-DD)` })
    .trim()
    .refine(isCalendarDate, `${label} must be a date (YYYY-MM-DD)`);

const customPeriodSchema = (today: string) =>
  z.object({ from: dateField('From'), to: dateField('To') }).superRefine(({ from, to }, ctx) => {
    if (to > today) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end cannot be after today' });
    }
    if (from > to) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'The end cannot be before the start',
      });
    } else if (from < addCalendarMonths(nextDay(to), -12 * MAX_REVIEW_YEARS)) {
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: `The period can be at most ${MAX_REVIEW_YEARS} years long`,
      });
    }
  });

/**
 * A custom period, both ends included: two dates (YYYY-MM-DD), the start not after the end, the
 * end not after today, and at most 10 years (120 months as `monthsIn` counts them) long.
 */
export const parseReviewPeriod = (input: unknown, today: string): ReviewPeriod => {
  const { from, to } = parseInput(customPeriodSchema(today), input);
  return { from, to };
};
