import BigConstructor from 'big.js';
import type { Money } from '../shared/money.ts';
import { type Depth, MAX_LEVEL } from './levels.ts';

const Big = BigConstructor();
Big.strict = true;

export type MapRegion = 'READY_TO_REFER' | 'BRIEF_THEM' | 'GIVE_FIRST' | 'ACQUAINTANCE';

/**
 * Which quarter of the trust × their-understanding map a person sits in. A side counts as high
 * when, on its own, it would reach the account's ready threshold (readiness scale 0–100), so
 * "ready to refer" here agrees with referralReadiness(depth) >= threshold.
 */
export const mapRegion = (
  depth: Pick<Depth, 'trust' | 'theirUnderstanding'>,
  readyThreshold: number,
): MapRegion => {
  const high = (level: number) => (level / MAX_LEVEL) * 100 >= readyThreshold;
  const trust = high(depth.trust);
  const understanding = high(depth.theirUnderstanding);
  if (trust && understanding) return 'READY_TO_REFER';
  if (trust) return 'BRIEF_THEM';
  if (understanding) return 'GIVE_FIRST';
  return 'ACQUAINTANCE';
};

export const MAP_REGIONS: readonly MapRegion[] = [
  'READY_TO_REFER',
  'BRIEF_THEM',
  'GIVE_FIRST',
  'ACQUAINTANCE',
];

/** The lowest level that counts as high on a side: where the map's quarters divide. */
export const firstHighLevel = (readyThreshold: number): number =>
  Math.ceil((readyThreshold * MAX_LEVEL) / 100);

/** How many people are in each region, every region present (zero when empty). */
export const countByRegion = (
  points: readonly Pick<Depth, 'trust' | 'theirUnderstanding'>[],
  readyThreshold: number,
): Record<MapRegion, number> => {
  const counts = Object.fromEntries(MAP_REGIONS.map((region) => [region, 0])) as Record<
    MapRegion,
    number
  >;
  for (const point of points) counts[mapRegion(point, readyThreshold)] += 1;
  return counts;
};

/**
 * Each person's won value as a share of the most anyone won in that currency, 0 to 1 (the largest
 * over their currencies): marks can be sized by value without ever adding two currencies.
 */
export const wonShares = (people: readonly { won: readonly Money[] }[]): number[] => {
  const most = new Map<string, InstanceType<typeof Big>>();
  for (const person of people) {
    for (const money of person.won) {
      const amount = new Big(money.amount);
      const top = most.get(money.currency);
      if (!top || amount.gt(top)) most.set(money.currency, amount);
    }
  }
  return people.map((person) =>
    person.won.reduce((share, money) => {
      const top = most.get(money.currency);
      if (!top || top.lte('0')) return share;
      // A share for drawing, not money: four places are plenty, and Number() of the text is exact enough.
      return Math.max(share, Number(new Big(money.amount).div(top).toFixed(4)));
    }, 0),
  );
};
