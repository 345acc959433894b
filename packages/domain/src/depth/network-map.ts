import { type Depth, MAX_LEVEL } from './levels.ts';

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

export type MapCell<T> = { trust: number; theirUnderstanding: number; people: T[] };

/**
 * Depth levels are discrete, so many people share a point: group them per (trust,
 * understanding) cell, in a stable order, so the map can show one mark with a count.
 */
export const groupByCell = <T extends Pick<Depth, 'trust' | 'theirUnderstanding'>>(
  points: readonly T[],
): MapCell<T>[] => {
  const cells = new Map<number, MapCell<T>>();
  for (const point of points) {
    const key = point.trust * (MAX_LEVEL + 1) + point.theirUnderstanding;
    const cell = cells.get(key) ?? {
      trust: point.trust,
      theirUnderstanding: point.theirUnderstanding,
      people: [],
    };
    cell.people.push(point);
    cells.set(key, cell);
  }
  return [...cells.entries()].sort(([a], [b]) => a - b).map(([, cell]) => cell);
};
