import { describe, expect, it } from 'vitest';
import { formatMeetingDay, isoToWallTime, tomorrowIn, wallTimeToIso } from './zoned-time.ts';

// London's clocks went back at 02:00 BST on Sunday 2026-10-25.
describe('wall times in the account zone', () => {
  it('reads 09:00 London as 08:00Z before the change and 09:00Z after it', () => {
    expect(wallTimeToIso({ date: '2026-10-23', time: '09:00' }, 'Europe/London')).toBe(
      '2026-10-23T08:00:00.000Z',
    );
    expect(wallTimeToIso({ date: '2026-10-26', time: '09:00' }, 'Europe/London')).toBe(
      '2026-10-26T09:00:00.000Z',
    );
  });

  it('does not depend on the zone the browser is in', () => {
    expect(wallTimeToIso({ date: '2026-12-01', time: '18:30' }, 'America/New_York')).toBe(
      '2026-12-01T23:30:00.000Z',
    );
    expect(wallTimeToIso({ date: '2026-12-01', time: '08:00' }, 'Pacific/Auckland')).toBe(
      '2026-11-30T19:00:00.000Z',
    );
  });

  it('turns an instant back into the same wall time', () => {
    for (const iso of ['2026-10-23T08:00:00.000Z', '2026-10-26T09:00:00.000Z']) {
      expect(wallTimeToIso(isoToWallTime(iso, 'Europe/London'), 'Europe/London')).toBe(iso);
    }
    expect(isoToWallTime('2026-10-26T09:00:00.000Z', 'Europe/London')).toEqual({
      date: '2026-10-26',
      time: '09:00',
    });
  });

  it('refuses a time the clocks skip, instead of moving it', () => {
    // London went forward from 01:00 to 02:00 GMT on Sunday 2027-03-28.
    expect(wallTimeToIso({ date: '2027-03-28', time: '01:30' }, 'Europe/London')).toBeNull();
    expect(wallTimeToIso({ date: '2027-03-28', time: '02:30' }, 'Europe/London')).toBe(
      '2027-03-28T01:30:00.000Z',
    );
  });

  it('rejects a missing part', () => {
    expect(wallTimeToIso({ date: '', time: '09:00' }, 'Europe/London')).toBeNull();
    expect(wallTimeToIso({ date: '2026-10-26', time: '' }, 'Europe/London')).toBeNull();
    expect(wallTimeToIso({ date: '2026-13-40', time: '09:00' }, 'Europe/London')).toBeNull();
  });
});

describe('a meeting day in the account zone', () => {
  const dayOf = (isoDay: string) =>
    new Intl.DateTimeFormat(undefined, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${isoDay}T12:00:00Z`));

  it('is the day it falls on there, not in the browser', () => {
    // 23:30 in New York on 1 Dec is already 2 Dec in UTC, and 17:30 on 2 Dec in Auckland.
    const iso = '2026-12-02T04:30:00.000Z';
    expect(formatMeetingDay(iso, 'America/New_York')).toBe(dayOf('2026-12-01'));
    expect(formatMeetingDay(iso, 'Pacific/Auckland')).toBe(dayOf('2026-12-02'));
  });
});

describe('tomorrow in the account zone', () => {
  it('is the next calendar day, also across the 25-hour day the clocks go back', () => {
    // 00:30 BST on 25 October 2026 (London's 25-hour day): now + 24 h is still the 25th.
    expect(tomorrowIn(new Date('2026-10-24T23:30:00Z'), 'Europe/London')).toBe('2026-10-26');
    // 23:30 on 28 March 2026, the night before the clocks go forward.
    expect(tomorrowIn(new Date('2026-03-28T23:30:00Z'), 'Europe/London')).toBe('2026-03-29');
    // Auckland is already on the next day when London is not.
    expect(tomorrowIn(new Date('2026-11-20T12:00:00Z'), 'Pacific/Auckland')).toBe('2026-11-22');
    expect(tomorrowIn(new Date('2026-12-31T23:30:00Z'), 'UTC')).toBe('2027-01-01');
  });
});
