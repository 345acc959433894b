import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addElapsedDays,
  addMinutes,
  calendarDayNumberIn,
  calendarDaysBetween,
  DAY_MS,
  startOfDayIn,
} from './time.ts';

const date = fc.date({
  min: new Date('1900-01-01T00:00:00Z'),
  max: new Date('2200-01-01T00:00:00Z'),
  noInvalidDate: true,
});
const wholeDays = fc.integer({ min: -100_000, max: 100_000 });

/** Zones with clock changes both ways, one that skips midnight itself, and none. */
const zone = fc.constantFrom(
  'Europe/London',
  'America/New_York',
  'Pacific/Auckland',
  'America/Santiago',
  'UTC',
);
/** Instants around the 2026 clock changes, where 24-hour days and calendar days part. */
const nearClockChanges = fc
  .tuple(
    fc.constantFrom(
      '2026-03-08T12:00:00Z',
      '2026-03-29T12:00:00Z',
      '2026-04-05T12:00:00Z',
      '2026-09-06T12:00:00Z',
      '2026-09-27T12:00:00Z',
      '2026-10-25T12:00:00Z',
      '2026-11-01T12:00:00Z',
    ),
    fc.integer({ min: -3 * DAY_MS, max: 3 * DAY_MS }),
  )
  .map(([change, offset]) => new Date(Date.parse(change) + offset));
const instant = fc.oneof(date, nearClockChanges);

/** The local calendar date, as Intl (independent of the code under test) writes it. */
const localDate = (at: Date, timezone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: timezone }).format(at);
/** A YYYY-MM-DD date as a day number, to count days between dates. */
const dayNumber = (ymd: string) => Date.parse(`${ymd}T00:00:00Z`) / DAY_MS;
const plusDays = (ymd: string, days: number) =>
  new Date((dayNumber(ymd) + days) * DAY_MS).toISOString().slice(0, 10);

describe('elapsed time', () => {
  it('has 86,400,000 ms in a day', () => {
    expect(DAY_MS).toBe(24 * 60 * 60 * 1000);
  });

  it('adds whole 24-hour days, for bounds such as a year ahead', () => {
    expect(addElapsedDays(new Date('2026-10-20T09:00:00Z'), 7)).toEqual(
      new Date('2026-10-27T09:00:00Z'),
    );
    expect(addElapsedDays(new Date('2026-10-20T09:00:00Z'), -20)).toEqual(
      new Date('2026-09-30T09:00:00Z'),
    );
    expect(addElapsedDays(new Date('2028-02-28T00:00:00Z'), 1)).toEqual(
      new Date('2028-02-29T00:00:00Z'),
    );
  });

  it('adds minutes as elapsed time, either way', () => {
    expect(addMinutes(new Date('2026-10-25T00:30:00Z'), 90)).toEqual(
      new Date('2026-10-25T02:00:00Z'),
    );
    expect(addMinutes(new Date('2026-10-20T09:00:00Z'), -1440)).toEqual(
      new Date('2026-10-19T09:00:00Z'),
    );
  });

  it('adds days associatively', () => {
    fc.assert(
      fc.property(date, wholeDays, wholeDays, (start, a, b) => {
        expect(addElapsedDays(addElapsedDays(start, a), b)).toEqual(addElapsedDays(start, a + b));
      }),
    );
  });
});

describe('startOfDayIn', () => {
  it('is local midnight of the day so many calendar days later, whatever the clocks did', () => {
    // 23:30 on the Saturday before summer time in London: the next day starts 30 minutes later.
    const saturdayNight = new Date('2026-03-28T23:30:00Z');
    expect(startOfDayIn(saturdayNight, 'Europe/London', { days: 1 })).toEqual(
      new Date('2026-03-29T00:00:00Z'),
    );
    // A week later is midnight summer time (23:00 UTC), not 23:30 UTC a week on.
    expect(startOfDayIn(saturdayNight, 'Europe/London', { days: 7 })).toEqual(
      new Date('2026-04-03T23:00:00Z'),
    );
    // 00:30 summer time on the day it ends (still 24 October in UTC): a week later is 1 November.
    expect(startOfDayIn(new Date('2026-10-24T23:30:00Z'), 'Europe/London', { days: 7 })).toEqual(
      new Date('2026-11-01T00:00:00Z'),
    );
    expect(startOfDayIn(new Date('2026-11-23T15:00:00Z'), 'Pacific/Auckland')).toEqual(
      new Date('2026-11-23T11:00:00Z'),
    );
  });

  it('is the first minute after a clock change that skips midnight', () => {
    // Chile moves from 00:00 to 01:00 on 6 September 2026.
    expect(startOfDayIn(new Date('2026-09-05T15:00:00Z'), 'America/Santiago', { days: 1 })).toEqual(
      new Date('2026-09-06T04:00:00Z'),
    );
  });

  it('moves by calendar months, to the month’s last day when it is shorter', () => {
    expect(startOfDayIn(new Date('2026-01-31T10:00:00Z'), 'Europe/London', { months: 1 })).toEqual(
      new Date('2026-02-28T00:00:00Z'),
    );
    expect(
      startOfDayIn(new Date('2026-03-15T10:00:00Z'), 'America/New_York', { months: 1 }),
    ).toEqual(new Date('2026-04-15T04:00:00Z'));
  });

  it('starts the local date so many days later, and the moment before it is the day before', () => {
    fc.assert(
      fc.property(instant, zone, fc.integer({ min: -800, max: 800 }), (at, z, days) => {
        const start = startOfDayIn(at, z, { days });
        expect(localDate(start, z)).toBe(plusDays(localDate(at, z), days));
        expect(localDate(new Date(start.getTime() - 1), z)).toBe(
          plusDays(localDate(at, z), days - 1),
        );
      }),
    );
  });

  it('lands on the same day of the month a month later, or the month’s last day', () => {
    fc.assert(
      fc.property(instant, zone, fc.integer({ min: -24, max: 24 }), (at, z, months) => {
        const [year, month, day] = localDate(at, z).split('-').map(Number) as [
          number,
          number,
          number,
        ];
        const target = new Date(Date.UTC(year, month - 1 + months, 1));
        const lastDay = new Date(
          Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
        ).getUTCDate();
        const expected = new Date(
          Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day, lastDay)),
        );
        const start = startOfDayIn(at, z, { months });
        expect(localDate(start, z)).toBe(expected.toISOString().slice(0, 10));
        expect(new TZDate(start.getTime(), z).getMinutes()).toBe(0);
      }),
    );
  });
});

describe('calendarDaysBetween', () => {
  it('counts days on the calendar, not 24-hour spans', () => {
    // 23:30 on Saturday to 00:30 on Monday, across the start of summer time: two days, 24 hours.
    expect(
      calendarDaysBetween(
        new Date('2026-03-28T23:30:00Z'),
        new Date('2026-03-29T23:30:00Z'),
        'Europe/London',
      ),
    ).toBe(2);
    expect(
      calendarDaysBetween(
        new Date('2026-11-23T23:30:00Z'),
        new Date('2026-11-24T00:30:00Z'),
        'UTC',
      ),
    ).toBe(1);
    expect(
      calendarDaysBetween(
        new Date('2026-11-24T00:30:00Z'),
        new Date('2026-11-23T23:30:00Z'),
        'UTC',
      ),
    ).toBe(-1);
  });

  it('depends on the zone', () => {
    // Late evening in London is already the next morning in Auckland.
    const a = new Date('2026-11-23T09:00:00Z');
    const b = new Date('2026-11-23T12:00:00Z');
    expect(calendarDaysBetween(a, b, 'Europe/London')).toBe(0);
    expect(calendarDaysBetween(a, b, 'Pacific/Auckland')).toBe(1);
  });

  it('is the difference of the local dates, and undoes startOfDayIn', () => {
    fc.assert(
      fc.property(instant, instant, zone, (a, b, z) => {
        expect(calendarDaysBetween(a, b, z)).toBe(
          dayNumber(localDate(b, z)) - dayNumber(localDate(a, z)),
        );
      }),
    );
    fc.assert(
      fc.property(instant, zone, fc.integer({ min: -800, max: 800 }), (a, z, days) => {
        expect(calendarDaysBetween(a, startOfDayIn(a, z, { days }), z)).toBe(days);
      }),
    );
  });
});

describe('calendarDayNumberIn', () => {
  it('differs between two instants by their calendar days in the zone', () => {
    const recent = fc.date({
      min: new Date('1970-01-01T00:00:00Z'),
      max: new Date('2100-01-01T00:00:00Z'),
      noInvalidDate: true,
    });
    const zone = fc.constantFrom(
      'UTC',
      'Europe/London',
      'America/New_York',
      'Pacific/Auckland',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
      'Pacific/Kiritimati',
    );
    fc.assert(
      fc.property(recent, recent, zone, (from, to, timezone) => {
        expect(calendarDayNumberIn(to, timezone) - calendarDayNumberIn(from, timezone)).toBe(
          dayNumber(localDate(to, timezone)) - dayNumber(localDate(from, timezone)),
        );
      }),
    );
    // 23:30 on 19 November in London is the 20th in Auckland.
    const late = new Date('2026-11-19T23:30:00Z');
    expect(calendarDayNumberIn(late, 'Pacific/Auckland') - calendarDayNumberIn(late, 'UTC')).toBe(
      1,
    );
  });
});
