import { describe, expect, it } from 'vitest';
import { dayTicks, depthSeries } from './depth-series.ts';

const NOW = new Date('2026-11-25T12:00:00Z');
const at = (iso: string) => new Date(iso).getTime();

describe('depthSeries', () => {
  it('is empty without changes', () => {
    expect(depthSeries([], { trust: 2, theirUnderstanding: 1, myUnderstanding: 0 }, NOW)).toEqual(
      [],
    );
  });

  it('steps through the changes in time order and ends at today', () => {
    const series = depthSeries(
      [
        { dimension: 'trust', fromLevel: 2, toLevel: 3, changedAt: '2026-11-10T09:00:00Z' },
        { dimension: 'trust', fromLevel: 0, toLevel: 2, changedAt: '2026-10-01T09:00:00Z' },
        {
          dimension: 'theirUnderstanding',
          fromLevel: 1,
          toLevel: 2,
          changedAt: '2026-10-20T09:00:00Z',
        },
      ],
      { trust: 3, theirUnderstanding: 2, myUnderstanding: 4 },
      NOW,
    );
    expect(series).toEqual([
      { at: at('2026-10-01T09:00:00Z'), trust: 0, theirUnderstanding: 1, myUnderstanding: 4 },
      { at: at('2026-10-01T09:00:00Z'), trust: 2, theirUnderstanding: 1, myUnderstanding: 4 },
      { at: at('2026-10-20T09:00:00Z'), trust: 2, theirUnderstanding: 2, myUnderstanding: 4 },
      { at: at('2026-11-10T09:00:00Z'), trust: 3, theirUnderstanding: 2, myUnderstanding: 4 },
      { at: NOW.getTime(), trust: 3, theirUnderstanding: 2, myUnderstanding: 4 },
    ]);
  });
});

describe('dayTicks', () => {
  const LEVELS = { trust: 3, theirUnderstanding: 2, myUnderstanding: 1 };

  it('gives several changes on one day, and today, one label', () => {
    const sameDay = '2026-11-25T';
    const series = depthSeries(
      [
        { dimension: 'trust', fromLevel: 0, toLevel: 3, changedAt: `${sameDay}09:00:00Z` },
        {
          dimension: 'theirUnderstanding',
          fromLevel: 0,
          toLevel: 2,
          changedAt: `${sameDay}09:01:00Z`,
        },
        {
          dimension: 'myUnderstanding',
          fromLevel: 0,
          toLevel: 1,
          changedAt: `${sameDay}11:30:00Z`,
        },
      ],
      LEVELS,
      NOW,
    );
    expect(series).toHaveLength(5);
    expect(dayTicks(series, 'Europe/London')).toEqual([at(`${sameDay}09:00:00Z`)]);
  });

  it('puts one tick on the first point of each day, reading days in the given zone', () => {
    const series = depthSeries(
      [
        // 00:30 and 01:30 on 2 October in London (summer time), though apart in UTC.
        { dimension: 'trust', fromLevel: 0, toLevel: 2, changedAt: '2026-10-01T23:30:00Z' },
        { dimension: 'trust', fromLevel: 2, toLevel: 3, changedAt: '2026-10-02T00:30:00Z' },
        {
          dimension: 'theirUnderstanding',
          fromLevel: 1,
          toLevel: 2,
          changedAt: '2026-10-20T09:00:00Z',
        },
      ],
      LEVELS,
      NOW,
    );
    expect(dayTicks(series, 'Europe/London')).toEqual([
      at('2026-10-01T23:30:00Z'),
      at('2026-10-20T09:00:00Z'),
      NOW.getTime(),
    ]);
    expect(dayTicks(series, 'UTC')).toEqual([
      at('2026-10-01T23:30:00Z'),
      at('2026-10-02T00:30:00Z'),
      at('2026-10-20T09:00:00Z'),
      NOW.getTime(),
    ]);
  });

  it('is empty without points', () => {
    expect(dayTicks([], 'Europe/London')).toEqual([]);
  });
});
