type Dimension = 'trust' | 'theirUnderstanding' | 'myUnderstanding';

export type DepthLevels = Record<Dimension, number>;
export type DepthPoint = DepthLevels & { at: number };

type Change = { dimension: Dimension; fromLevel: number; toLevel: number; changedAt: string };

const DIMENSIONS: readonly Dimension[] = ['trust', 'theirUnderstanding', 'myUnderstanding'];

/**
 * The three levels over time, one point per change, for a step chart: it starts where the
 * earliest change started from and ends at today's levels. Changes may come in any order.
 */
export const depthSeries = (
  changes: readonly Change[],
  current: DepthLevels,
  now: Date,
): DepthPoint[] => {
  const ordered = [...changes].sort(
    (a, b) => new Date(a.changedAt).getTime() - new Date(b.changedAt).getTime(),
  );
  const first = ordered[0];
  if (!first) return [];
  const levels = { ...current };
  for (const dimension of DIMENSIONS) {
    const earliest = ordered.find((change) => change.dimension === dimension);
    if (earliest) levels[dimension] = earliest.fromLevel;
  }
  const points: DepthPoint[] = [{ at: new Date(first.changedAt).getTime(), ...levels }];
  for (const change of ordered) {
    levels[change.dimension] = change.toLevel;
    points.push({ at: new Date(change.changedAt).getTime(), ...levels });
  }
  points.push({ at: Math.max(now.getTime(), points[points.length - 1]?.at ?? 0), ...current });
  return points;
};

/**
 * Where the time axis puts its labels: one tick per calendar day with a point, at that day's
 * first point, so several changes on one day give one label rather than a row of the same date
 * on top of each other. Points come in time order, as `depthSeries` makes them; days are read in
 * `timeZone` (the browser's when not given), as the labels are.
 */
export const dayTicks = (points: readonly DepthPoint[], timeZone?: string): number[] => {
  const dayOf = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const ticks: number[] = [];
  let previousDay: string | null = null;
  for (const { at } of points) {
    const day = dayOf.format(at);
    if (day !== previousDay) ticks.push(at);
    previousDay = day;
  }
  return ticks;
};
