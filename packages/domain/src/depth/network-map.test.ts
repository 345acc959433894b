import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LEVEL, MIN_LEVEL } from './levels.ts';
import { groupByCell, mapRegion } from './network-map.ts';
import { referralReadiness } from './readiness.ts';

const level = fc.integer({ min: MIN_LEVEL, max: MAX_LEVEL });
const depth = fc.record({ trust: level, theirUnderstanding: level });

describe('mapRegion', () => {
  it('names the four quarters at the default threshold of 60', () => {
    expect(mapRegion({ trust: 3, theirUnderstanding: 3 }, 60)).toBe('READY_TO_REFER');
    expect(mapRegion({ trust: 4, theirUnderstanding: 1 }, 60)).toBe('BRIEF_THEM');
    expect(mapRegion({ trust: 1, theirUnderstanding: 5 }, 60)).toBe('GIVE_FIRST');
    expect(mapRegion({ trust: 2, theirUnderstanding: 2 }, 60)).toBe('ACQUAINTANCE');
  });

  it('calls someone ready to refer exactly when readiness reaches the threshold', () => {
    fc.assert(
      fc.property(depth, fc.integer({ min: 0, max: 100 }), (d, threshold) => {
        expect(mapRegion(d, threshold) === 'READY_TO_REFER').toBe(
          referralReadiness(d) >= threshold,
        );
      }),
    );
  });

  it('is mirrored: swapping trust and understanding swaps brief-them and give-first', () => {
    const mirror = { BRIEF_THEM: 'GIVE_FIRST', GIVE_FIRST: 'BRIEF_THEM' } as const;
    fc.assert(
      fc.property(depth, fc.integer({ min: 0, max: 100 }), (d, threshold) => {
        const region = mapRegion(d, threshold);
        const swapped = mapRegion(
          { trust: d.theirUnderstanding, theirUnderstanding: d.trust },
          threshold,
        );
        expect(swapped).toBe(
          region === 'BRIEF_THEM' || region === 'GIVE_FIRST' ? mirror[region] : region,
        );
      }),
    );
  });
});

describe('groupByCell', () => {
  it('keeps everyone, once, in the cell of their own levels', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ trust: level, theirUnderstanding: level, id: fc.nat() })),
        (points) => {
          const cells = groupByCell(points);
          expect(cells.reduce((sum, cell) => sum + cell.people.length, 0)).toBe(points.length);
          for (const cell of cells) {
            for (const p of cell.people) {
              expect([p.trust, p.theirUnderstanding]).toEqual([
                cell.trust,
                cell.theirUnderstanding,
              ]);
            }
          }
          expect(new Set(cells.map((c) => `${c.trust}/${c.theirUnderstanding}`)).size).toBe(
            cells.length,
          );
        },
      ),
    );
  });
});
