import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LEVEL, MIN_LEVEL } from './levels.ts';
import { countByRegion, firstHighLevel, MAP_REGIONS, mapRegion, wonShares } from './network-map.ts';
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

describe('firstHighLevel', () => {
  it('divides the quarters where mapRegion does', () => {
    fc.assert(
      fc.property(depth, fc.integer({ min: 0, max: 100 }), (d, threshold) => {
        const high = firstHighLevel(threshold);
        const region = mapRegion(d, threshold);
        expect(region === 'READY_TO_REFER' || region === 'BRIEF_THEM').toBe(d.trust >= high);
        expect(region === 'READY_TO_REFER' || region === 'GIVE_FIRST').toBe(
          d.theirUnderstanding >= high,
        );
      }),
    );
  });

  it('is level 3 at the default threshold of 60 and level 4 just above it', () => {
    expect(firstHighLevel(60)).toBe(3);
    expect(firstHighLevel(61)).toBe(4);
    expect(firstHighLevel(0)).toBe(0);
  });
});

describe('countByRegion', () => {
  it('counts everyone once and names every region', () => {
    fc.assert(
      fc.property(fc.array(depth), fc.integer({ min: 0, max: 100 }), (points, threshold) => {
        const counts = countByRegion(points, threshold);
        expect(Object.keys(counts).sort()).toEqual([...MAP_REGIONS].sort());
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(points.length);
      }),
    );
  });
});

describe('wonShares', () => {
  it('compares amounts only within their currency', () => {
    expect(
      wonShares([
        { won: [{ amount: '1000.00', currency: 'GBP' }] },
        { won: [{ amount: '500.00', currency: 'GBP' }] },
        { won: [{ amount: '10.00', currency: 'EUR' }] },
        { won: [] },
        {
          won: [
            { amount: '250.00', currency: 'GBP' },
            { amount: '5.00', currency: 'EUR' },
          ],
        },
      ]),
    ).toEqual([1, 0.5, 1, 0, 0.5]);
  });

  it('gives a zero share when nobody won anything in a currency', () => {
    expect(wonShares([{ won: [{ amount: '0.00', currency: 'JPY' }] }])).toEqual([0]);
  });

  it('stays between 0 and 1 and gives the top earner of a currency 1', () => {
    const amount = fc.integer({ min: 0, max: 10_000_000 }).map((cents) => (cents / 100).toFixed(2));
    const money = fc.record({ amount, currency: fc.constantFrom('GBP', 'EUR', 'USD') });
    fc.assert(
      fc.property(fc.array(fc.record({ won: fc.array(money, { maxLength: 3 }) })), (people) => {
        const shares = wonShares(people);
        for (const share of shares) expect(share >= 0 && share <= 1).toBe(true);
        for (const currency of ['GBP', 'EUR', 'USD']) {
          const amounts = people.flatMap((p) =>
            p.won.filter((m) => m.currency === currency).map((m) => Number(m.amount)),
          );
          if (amounts.length > 0 && Math.max(...amounts) > 0) expect(Math.max(...shares)).toBe(1);
        }
      }),
    );
  });
});
