/** A linear map from a data domain onto a pixel range; a zero-width domain maps to the range's start. */
export const linearScale =
  ([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]) =>
  (value: number): number =>
    d1 === d0 ? r0 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);

/** `count` + 1 evenly spaced ticks from `min` to `max` inclusive, e.g. 0, 25, 50, 75, 100. */
export const evenTicks = (min: number, max: number, count: number): number[] =>
  Array.from({ length: count + 1 }, (_, i) => min + ((max - min) * i) / count);

/** An SVG path of a step-after line: flat until the next point, then straight up or down. */
export const stepPath = (points: readonly (readonly [number, number])[]): string =>
  points
    .map(([x, y], i) => {
      const previous = points[i - 1];
      if (!previous) return `M${x},${y}`;
      return `H${x}V${y}`;
    })
    .join('');
