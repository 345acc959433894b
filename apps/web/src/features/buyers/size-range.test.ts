import { describe, expect, it } from 'vitest';
import { sizeRangeText } from './size-range.ts';

describe('sizeRangeText', () => {
  it.each([
    [50, 500, '50–500 people'],
    [7, 7, '7 people'],
    [1000, null, '1,000+ people'],
    [null, 250, 'up to 250 people'],
    [null, null, ''],
  ])('%s to %s reads “%s”', (companySizeMin, companySizeMax, text) => {
    expect(sizeRangeText({ companySizeMin, companySizeMax })).toBe(text);
  });
});
