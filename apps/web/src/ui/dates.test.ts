import { describe, expect, it } from 'vitest';
import { formatRelative } from './dates.ts';

describe('formatRelative', () => {
  it('counts 24-hour spans without a zone', () => {
    const now = new Date('2026-11-27T15:00:00Z');
    expect(formatRelative('2026-11-30T00:00:00Z', now)).toBe('in 2 days');
  });

  it('counts calendar days in the zone given, as due dates are', () => {
    // 15:00 on Friday 27 November in London: a due date of Monday the 30th is three days away.
    const now = new Date('2026-11-27T15:00:00Z');
    expect(formatRelative('2026-11-30T00:00:00Z', now, 'Europe/London')).toBe('in 3 days');
    expect(formatRelative('2026-11-28T00:00:00Z', now, 'Europe/London')).toBe('tomorrow');
    expect(formatRelative('2026-11-27T00:00:00Z', now, 'Europe/London')).toBe('today');
    // Already Saturday in Auckland: the same instant is two days before the 30th there.
    expect(formatRelative('2026-11-29T11:00:00Z', now, 'Pacific/Auckland')).toBe('in 2 days');
  });
});
