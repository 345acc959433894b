import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEPTH_DIMENSIONS,
  DEPTH_LABELS,
  DIMENSION_TITLES,
  depthLabel,
  MAX_LEVEL,
  MIN_LEVEL,
} from './levels.ts';

const dimension = fc.constantFrom(...DEPTH_DIMENSIONS);

describe('depth levels', () => {
  it('has the three dimensions of the domain model', () => {
    expect(DEPTH_DIMENSIONS).toEqual(['trust', 'theirUnderstanding', 'myUnderstanding']);
  });

  it('runs from 0 to 5', () => {
    expect(MIN_LEVEL).toBe(0);
    expect(MAX_LEVEL).toBe(5);
  });

  it.each(DEPTH_DIMENSIONS)('labels every level of %s with a distinct, non-empty label', (dim) => {
    const labels = DEPTH_LABELS[dim];
    expect(labels).toHaveLength(MAX_LEVEL - MIN_LEVEL + 1);
    for (const label of labels) expect(label.trim()).not.toBe('');
    expect(new Set(labels).size).toBe(labels.length);
  });

  it.each(DEPTH_DIMENSIONS)('gives %s a title', (dim) => {
    expect(DIMENSION_TITLES[dim].trim()).not.toBe('');
  });

  it('titles the dimensions in the user’s words', () => {
    expect(DIMENSION_TITLES.trust).toBe('Trust');
    expect(DIMENSION_TITLES.theirUnderstanding).toBe('Their understanding of my business');
    expect(DIMENSION_TITLES.myUnderstanding).toBe('My understanding of their business');
  });
});

describe('depthLabel', () => {
  it('names the ends of each scale', () => {
    expect(depthLabel('trust', 0)).toBe('No trust yet');
    expect(depthLabel('trust', 5)).toBe('Puts their reputation on me');
    expect(depthLabel('theirUnderstanding', 0)).toBe('No idea what I do');
    expect(depthLabel('theirUnderstanding', 4)).toBe('Can spot an opportunity for me');
    expect(depthLabel('myUnderstanding', 3)).toBe('Know who they help');
  });

  it('returns the label at the level index for every valid level', () => {
    fc.assert(
      fc.property(dimension, fc.integer({ min: MIN_LEVEL, max: MAX_LEVEL }), (dim, level) => {
        expect(depthLabel(dim, level)).toBe(DEPTH_LABELS[dim][level]);
      }),
    );
  });

  it('falls back to a generic label outside the scale instead of returning undefined', () => {
    expect(depthLabel('trust', 6)).toBe('Level 6');
    expect(depthLabel('trust', -1)).toBe('Level -1');
    expect(depthLabel('myUnderstanding', 2.5)).toBe('Level 2.5');
    fc.assert(
      fc.property(
        dimension,
        fc.oneof(fc.integer({ max: MIN_LEVEL - 1 }), fc.integer({ min: MAX_LEVEL + 1 })),
        (dim, level) => {
          expect(depthLabel(dim, level)).toBe(`Level ${level}`);
        },
      ),
    );
  });
});
