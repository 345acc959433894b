import { addDays, addMonths, format, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../shared/issues-of.ts';
import {
  addCalendarMonths,
  calendarMonthsOf,
  monthsIn,
  nextDay,
  parseReviewPeriod,
  REVIEW_PRESETS,
  reviewPeriodOf,
} from './review-period.ts';

// Any calendar day from 1900 to 2200, leap days and month ends included.
const calendarDay = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2200-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

const PRESET_MONTHS = { LAST_3_MONTHS: 3, LAST_6_MONTHS: 6, LAST_12_MONTHS: 12 } as const;

describe('addCalendarMonths and nextDay', () => {
  it('clamp to the month’s last day, as date-fns does', () => {
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addCalendarMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addCalendarMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
  });

  it('agree with date-fns on any day and any number of months', () => {
    fc.assert(
      fc.property(calendarDay, fc.integer({ min: -150, max: 150 }), (day, months) => {
        expect(addCalendarMonths(day, months)).toBe(
          format(addMonths(parseISO(day), months), 'yyyy-MM-dd'),
        );
        expect(nextDay(day)).toBe(format(addDays(parseISO(day), 1), 'yyyy-MM-dd'));
      }),
    );
  });

  it('refuse what is not a calendar date', () => {
    expect(() => addCalendarMonths('2026-02-30', 1)).toThrow(RangeError);
    expect(() => nextDay('26-01-01')).toThrow(RangeError);
  });
});

describe('reviewPeriodOf', () => {
  it.each([
    // The day after today, N months back: 2026-12-03 − 3 months = 2026-09-03.
    ['LAST_3_MONTHS', '2026-12-02', '2026-09-03'],
    // 2026-07-01 − 6 months.
    ['LAST_6_MONTHS', '2026-06-30', '2026-01-01'],
    // 2024-03-01 − 12 months: a leap day’s year back starts on 1 March.
    ['LAST_12_MONTHS', '2024-02-29', '2023-03-01'],
    // 2027-01-01 − 3 months.
    ['LAST_3_MONTHS', '2026-12-31', '2026-10-01'],
    // 2026-05-31 − 3 months = 2026-02-31, clamped to 2026-02-28.
    ['LAST_3_MONTHS', '2026-05-30', '2026-02-28'],
    // 2026-01-16 − 12 months.
    ['LAST_12_MONTHS', '2026-01-15', '2025-01-16'],
  ] as const)('%s ending %s starts on %s', (preset, today, from) => {
    expect(reviewPeriodOf(preset, today)).toEqual({ from, to: today });
  });

  it('ends today and is exactly N months long, whatever today is', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REVIEW_PRESETS), calendarDay, (preset, today) => {
        const period = reviewPeriodOf(preset, today);
        expect(period.to).toBe(today);
        expect(monthsIn(period)).toMatchObject({ whole: PRESET_MONTHS[preset], restDays: 0 });
        expect(monthsIn(period).decimal).toBe(String(PRESET_MONTHS[preset]));
      }),
    );
    for (const today of ['2024-02-29', '2026-03-31', '2026-05-29', '2026-05-30', '2026-05-31']) {
      expect(monthsIn(reviewPeriodOf('LAST_3_MONTHS', today)).decimal).toBe('3');
    }
  });
});

describe('monthsIn', () => {
  it.each([
    // 2026-12-03 − 3 months = 2026-09-03 = from: 3 whole months, nothing left.
    ['2026-09-03', '2026-12-02', { whole: 3, restDays: 0, monthDays: 31, decimal: '3' }],
    // Back from 2026-04-01: 1 month to 03-01; 02-15..02-28 is 14 of February’s 28 days.
    ['2026-02-15', '2026-03-31', { whole: 1, restDays: 14, monthDays: 28, decimal: '1.5' }],
    // Back from 03-16: 2 months to 01-16; 01-01..01-15 is 15 of 31 (12-16..01-16): 77/31.
    [
      '2026-01-01',
      '2026-03-15',
      { whole: 2, restDays: 15, monthDays: 31, decimal: '2.48387096774193548387' },
    ],
    // One day, of the 28 from 02-11 to 03-11: 1/28 = 0.0357142857142857142857…, 20 places.
    [
      '2026-03-10',
      '2026-03-10',
      { whole: 0, restDays: 1, monthDays: 28, decimal: '0.03571428571428571429' },
    ],
    // February of a leap year is one month.
    ['2024-02-01', '2024-02-29', { whole: 1, restDays: 0, monthDays: 31, decimal: '1' }],
    // Across the new year: back from 2026-01-10 a month is 2025-12-10, before from; 21/31.
    [
      '2025-12-20',
      '2026-01-09',
      { whole: 0, restDays: 21, monthDays: 31, decimal: '0.67741935483870967742' },
    ],
  ])('%s..%s', (from, to, expected) => {
    expect(monthsIn({ from, to })).toEqual(expected);
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => monthsIn({ from: '2026-03-02', to: '2026-03-01' })).toThrow(RangeError);
  });

  it('never counts fewer months for a longer period, and a rest is less than a month', () => {
    const asNumber = ({ whole, restDays, monthDays }: ReturnType<typeof monthsIn>) =>
      whole + restDays / monthDays;
    fc.assert(
      fc.property(calendarDay, fc.nat(2000), fc.nat(40), (from, length, more) => {
        const to = format(addDays(parseISO(from), length), 'yyyy-MM-dd');
        const longer = format(addDays(parseISO(to), more), 'yyyy-MM-dd');
        const months = monthsIn({ from, to });
        expect(months.restDays).toBeLessThan(months.monthDays);
        expect(asNumber(monthsIn({ from, to: longer }))).toBeGreaterThanOrEqual(asNumber(months));
      }),
    );
  });
});

describe('calendarMonthsOf', () => {
  it('lists every month the period touches, with its first and last day', () => {
    expect(calendarMonthsOf({ from: '2025-11-15', to: '2026-02-03' })).toEqual([
      { month: '2025-11', start: '2025-11-01', end: '2025-11-30' },
      { month: '2025-12', start: '2025-12-01', end: '2025-12-31' },
      { month: '2026-01', start: '2026-01-01', end: '2026-01-31' },
      { month: '2026-02', start: '2026-02-01', end: '2026-02-28' },
    ]);
    expect(calendarMonthsOf({ from: '2024-02-29', to: '2024-02-29' })).toEqual([
      { month: '2024-02', start: '2024-02-01', end: '2024-02-29' },
    ]);
  });
});

describe('parseReviewPeriod', () => {
  const today = '2026-12-02';
  const fieldsOf = (input: unknown) =>
    issuesOf(() => parseReviewPeriod(input, today)).map(({ path }) => path.join('.'));

  it('takes two dates, trimmed, up to today', () => {
    expect(parseReviewPeriod({ from: ' 2026-01-01 ', to: '2026-06-30' }, today)).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
    });
    expect(parseReviewPeriod({ from: '2026-12-02', to: '2026-12-02' }, today)).toEqual({
      from: '2026-12-02',
      to: '2026-12-02',
    });
    // 2026-12-03 − 120 months: exactly 10 years.
    expect(parseReviewPeriod({ from: '2016-12-03', to: today }, today).from).toBe('2016-12-03');
  });

  it.each([
    [{ from: '2026-01-01', to: '2026-12-03' }, ['to']],
    [{ from: '2026-07-01', to: '2026-06-30' }, ['to']],
    [{ from: '2016-12-02', to: today }, ['from']],
    [{ from: '2026-02-30', to: '2026-06-30' }, ['from']],
    [{ from: '2026-01-01', to: null }, ['to']],
    [{ from: 20260101, to: '2026-06-30' }, ['from']],
    [{}, ['from', 'to']],
  ])('refuses %j on its field', (input, fields) => {
    expect(fieldsOf(input)).toEqual(fields);
  });

  it('says what is wrong in words', () => {
    expect(
      issuesOf(() => parseReviewPeriod({ from: '2026-07-01', to: '2026-06-30' }, today)),
    ).toEqual([{ path: ['to'], message: 'The end cannot be before the start' }]);
    expect(
      issuesOf(() => parseReviewPeriod({ from: '2010-01-01', to: '2026-06-30' }, today)),
    ).toEqual([{ path: ['from'], message: 'The period can be at most 10 years long' }]);
  });
});
