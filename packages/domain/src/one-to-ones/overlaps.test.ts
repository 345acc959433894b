import { describe, expect, it } from 'vitest';
import { overlaps, plannableSlot } from './overlaps.ts';

const slot = (iso: string, durationMinutes: number) => ({
  startsAt: new Date(iso),
  durationMinutes,
});

describe('overlaps', () => {
  it('finds meetings that share time, either way round', () => {
    const a = slot('2026-12-01T10:00:00Z', 60);
    const b = slot('2026-12-01T10:30:00Z', 60);
    expect(overlaps(a, b)).toBe(true);
    expect(overlaps(b, a)).toBe(true);
  });

  it('finds a meeting inside another', () => {
    expect(overlaps(slot('2026-12-01T10:00:00Z', 120), slot('2026-12-01T10:30:00Z', 15))).toBe(
      true,
    );
  });

  it('treats back-to-back meetings as no clash', () => {
    const a = slot('2026-12-01T10:00:00Z', 60);
    const b = slot('2026-12-01T11:00:00Z', 30);
    expect(overlaps(a, b)).toBe(false);
    expect(overlaps(b, a)).toBe(false);
  });

  it('compares instants, whatever the offset they were written in', () => {
    expect(overlaps(slot('2026-12-01T10:00:00+01:00', 30), slot('2026-12-01T09:15:00Z', 30))).toBe(
      true,
    );
    expect(overlaps(slot('2026-12-01T10:00:00+01:00', 30), slot('2026-12-01T10:00:00Z', 30))).toBe(
      false,
    );
  });
});

describe('plannableSlot', () => {
  const start = new Date('2026-12-01T10:00:00Z');

  it('is the slot when a meeting could be planned in it', () => {
    expect(plannableSlot(start, 15)).toEqual({ startsAt: start, durationMinutes: 15 });
    expect(plannableSlot(start, 480)).toEqual({ startsAt: start, durationMinutes: 480 });
  });

  it('is null for an invalid start or a duration outside the scheduling limits', () => {
    expect(plannableSlot(new Date(Number.NaN), 60)).toBeNull();
    for (const minutes of [14, 481, 0, -60, 30.5, Number.NaN]) {
      expect(plannableSlot(start, minutes)).toBeNull();
    }
  });
});
