import { describe, expect, it } from 'vitest';
import { evenTicks, linearScale, stepPath } from './scale.ts';

describe('linearScale', () => {
  it('maps the domain onto the range, also inverted', () => {
    const y = linearScale([0, 5], [100, 0]);
    expect(y(0)).toBe(100);
    expect(y(5)).toBe(0);
    expect(y(2.5)).toBe(50);
  });

  it('puts every value at the start when the domain has no width', () => {
    expect(linearScale([3, 3], [10, 90])(3)).toBe(10);
  });
});

describe('evenTicks', () => {
  it('includes both ends', () => {
    expect(evenTicks(0, 100, 4)).toEqual([0, 25, 50, 75, 100]);
    expect(evenTicks(0, 5, 5)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('stepPath', () => {
  it('holds each level until the next point', () => {
    expect(
      stepPath([
        [0, 10],
        [5, 20],
        [9, 20],
      ]),
    ).toBe('M0,10H5V20H9V20');
  });

  it('is empty without points', () => {
    expect(stepPath([])).toBe('');
  });
});
