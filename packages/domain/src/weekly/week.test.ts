import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastDayOf, type WeekStartDay, weekContaining } from './week.ts';

describe('weekContaining', () => {
  it('starts on the account’s day, at local midnight, in its time zone', () => {
    // Monday 23 Nov 2026 00:30 in London is still Sunday evening in New York.
    const now = new Date('2026-11-23T00:30:00Z');
    expect(weekContaining(now, 'Europe/London', 1)).toEqual({
      startsOn: '2026-11-23',
      startsAt: new Date('2026-11-23T00:00:00Z'),
      endsAt: new Date('2026-11-30T00:00:00Z'),
    });
    expect(weekContaining(now, 'America/New_York', 1).startsOn).toBe('2026-11-16');
    expect(weekContaining(now, 'America/New_York', 0).startsOn).toBe('2026-11-22');
  });

  it('spans 169 hours across the end of summer time in London (25 Oct 2026)', () => {
    const week = weekContaining(new Date('2026-10-21T12:00:00Z'), 'Europe/London', 1);
    expect(week).toEqual({
      startsOn: '2026-10-19',
      startsAt: new Date('2026-10-18T23:00:00Z'),
      endsAt: new Date('2026-10-26T00:00:00Z'),
    });
    expect((week.endsAt.getTime() - week.startsAt.getTime()) / 3_600_000).toBe(169);
  });

  it('always holds now and starts on the chosen weekday, 167 to 169 hours long', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2030-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(
          'Europe/London',
          'America/New_York',
          'Asia/Kolkata',
          'Pacific/Auckland',
          'UTC',
        ),
        fc.integer({ min: 0, max: 6 }),
        (now, timezone, weekStart) => {
          const week = weekContaining(now, timezone, weekStart as WeekStartDay);
          expect(week.startsAt.getTime()).toBeLessThanOrEqual(now.getTime());
          expect(week.endsAt.getTime()).toBeGreaterThan(now.getTime());
          const hours = (week.endsAt.getTime() - week.startsAt.getTime()) / 3_600_000;
          expect([167, 168, 169]).toContain(hours);
          expect(new Date(`${week.startsOn}T12:00:00Z`).getUTCDay()).toBe(weekStart);
        },
      ),
    );
  });
});

describe('lastDayOf', () => {
  it('is the last moment of the week’s last local day', () => {
    const week = weekContaining(new Date('2026-10-21T12:00:00Z'), 'Europe/London', 1);
    expect(lastDayOf(week)).toEqual(new Date('2026-10-25T23:59:59.999Z'));
  });
});
