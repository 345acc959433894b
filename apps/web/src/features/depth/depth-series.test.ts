import { describe, expect, it } from 'vitest';
import { depthSeries } from './depth-series.ts';

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
