import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMinutes, DAY_MS, daysBetween } from './time.ts';

const date = fc.date({
  min: new Date('1900-01-01T00:00:00Z'),
  max: new Date('2200-01-01T00:00:00Z'),
  noInvalidDate: true,
});
const wholeDays = fc.integer({ min: -100_000, max: 100_000 });

describe('time', () => {
  it('has 86,400,000 ms in a day', () => {
    expect(DAY_MS).toBe(24 * 60 * 60 * 1000);
  });

  it('adds whole 24-hour days in UTC, across daylight-saving changes', () => {
    expect(addDays(new Date('2026-10-20T09:00:00Z'), 7)).toEqual(new Date('2026-10-27T09:00:00Z'));
    expect(addDays(new Date('2026-03-28T23:30:00Z'), 1)).toEqual(new Date('2026-03-29T23:30:00Z'));
    expect(addDays(new Date('2026-10-20T09:00:00Z'), -20)).toEqual(
      new Date('2026-09-30T09:00:00Z'),
    );
    expect(addDays(new Date('2026-10-20T09:00:00Z'), 0.5)).toEqual(
      new Date('2026-10-20T21:00:00Z'),
    );
    expect(addDays(new Date('2028-02-28T00:00:00Z'), 1)).toEqual(new Date('2028-02-29T00:00:00Z'));
  });

  it('adds minutes as elapsed time, either way', () => {
    expect(addMinutes(new Date('2026-10-25T00:30:00Z'), 90)).toEqual(
      new Date('2026-10-25T02:00:00Z'),
    );
    expect(addMinutes(new Date('2026-10-20T09:00:00Z'), -1440)).toEqual(
      new Date('2026-10-19T09:00:00Z'),
    );
  });

  it('returns a new date and leaves the input alone', () => {
    const start = new Date('2026-10-20T09:00:00Z');
    const later = addDays(start, 3);
    expect(later).not.toBe(start);
    expect(start).toEqual(new Date('2026-10-20T09:00:00Z'));
  });

  it('measures fractional days between two instants', () => {
    const from = new Date('2026-10-20T09:00:00Z');
    expect(daysBetween(from, new Date('2026-10-21T09:00:00Z'))).toBe(1);
    expect(daysBetween(from, new Date('2026-10-20T21:00:00Z'))).toBe(0.5);
    expect(daysBetween(from, new Date('2026-10-19T09:00:00Z'))).toBe(-1);
    expect(daysBetween(from, from)).toBe(0);
  });

  it('undoes addDays with daysBetween', () => {
    fc.assert(
      fc.property(date, wholeDays, (start, days) => {
        expect(daysBetween(start, addDays(start, days))).toBe(days);
      }),
    );
  });

  it('adds days associatively', () => {
    fc.assert(
      fc.property(date, wholeDays, wholeDays, (start, a, b) => {
        expect(addDays(addDays(start, a), b)).toEqual(addDays(start, a + b));
      }),
    );
  });

  it('is antisymmetric', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(daysBetween(a, b)).toBe(-daysBetween(b, a) || 0);
      }),
    );
  });

  it('agrees with the order of the instants', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(Math.sign(daysBetween(a, b))).toBe(Math.sign(b.getTime() - a.getTime()));
      }),
    );
  });
});
