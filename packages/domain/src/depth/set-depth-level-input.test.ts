import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/domain-error.ts';
import { issuesOf } from '../shared/issues-of.ts';
import { DEPTH_DIMENSIONS, MAX_LEVEL, MIN_LEVEL } from './levels.ts';
import { MAX_DEPTH_NOTE_LENGTH, parseSetDepthLevelInput } from './set-depth-level-input.ts';

const pathsOf = (input: unknown): string[][] =>
  issuesOf(() => parseSetDepthLevelInput(input)).map((issue) => issue.path);

const valid = { dimension: 'trust', level: 3 };

describe('parseSetDepthLevelInput', () => {
  it('accepts a level with no note', () => {
    expect(parseSetDepthLevelInput(valid)).toEqual({ dimension: 'trust', level: 3, note: null });
  });

  it('accepts every dimension and both ends of the scale', () => {
    for (const dimension of DEPTH_DIMENSIONS) {
      expect(parseSetDepthLevelInput({ dimension, level: MIN_LEVEL }).level).toBe(0);
      expect(parseSetDepthLevelInput({ dimension, level: MAX_LEVEL }).level).toBe(5);
    }
  });

  it('trims the note and turns a blank note into null', () => {
    expect(parseSetDepthLevelInput({ ...valid, note: '  after lunch  ' }).note).toBe('after lunch');
    expect(parseSetDepthLevelInput({ ...valid, note: '   ' }).note).toBeNull();
    expect(parseSetDepthLevelInput({ ...valid, note: '' }).note).toBeNull();
    expect(parseSetDepthLevelInput({ ...valid, note: null }).note).toBeNull();
  });

  it('accepts a note of exactly the maximum length (after trimming)', () => {
    const note = 'x'.repeat(MAX_DEPTH_NOTE_LENGTH);
    expect(parseSetDepthLevelInput({ ...valid, note: `  ${note}  ` }).note).toBe(note);
  });

  it('drops unknown fields', () => {
    expect(parseSetDepthLevelInput({ ...valid, accountId: 'someone-else' })).toEqual({
      dimension: 'trust',
      level: 3,
      note: null,
    });
  });

  it.each([
    ['level 7', { ...valid, level: 7 }, 'Level must be at most 5'],
    ['level -1', { ...valid, level: -1 }, 'Level must be at least 0'],
    ['level 2.5', { ...valid, level: 2.5 }, 'Level must be a whole number from 0 to 5'],
    ['level "3"', { ...valid, level: '3' }, 'Level must be a whole number from 0 to 5'],
    ['level NaN', { ...valid, level: Number.NaN }, 'Level must be a whole number from 0 to 5'],
    ['level missing', { dimension: 'trust' }, 'Level must be a whole number from 0 to 5'],
  ])('rejects %s with an issue on level', (_, input, message) => {
    const issues = issuesOf(() => parseSetDepthLevelInput(input));
    expect(issues).toEqual([{ path: ['level'], message }]);
  });

  it('rejects an unknown dimension', () => {
    expect(pathsOf({ ...valid, dimension: 'love' })).toEqual([['dimension']]);
    expect(pathsOf({ level: 3 })).toEqual([['dimension']]);
  });

  it('rejects a note over the limit, and a 1 MB note', () => {
    expect(pathsOf({ ...valid, note: 'x'.repeat(MAX_DEPTH_NOTE_LENGTH + 1) })).toEqual([['note']]);
    const issues = issuesOf(() => parseSetDepthLevelInput({ ...valid, note: 'x'.repeat(1 << 20) }));
    expect(issues).toEqual([{ path: ['note'], message: 'Note must be at most 1000 characters' }]);
  });

  it('rejects a note that is not a string', () => {
    expect(pathsOf({ ...valid, note: 42 })).toEqual([['note']]);
  });

  it('reports every bad field at once', () => {
    expect(pathsOf({ dimension: 'x', level: 9, note: 1 })).toEqual([
      ['dimension'],
      ['level'],
      ['note'],
    ]);
  });

  it('rejects input that is not an object with a root issue', () => {
    for (const input of [null, undefined, 'trust', 3, [], true]) {
      expect(pathsOf(input)).toEqual([[]]);
    }
  });

  it('round-trips any valid input (note trimmed, blank note null)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DEPTH_DIMENSIONS),
        fc.integer({ min: MIN_LEVEL, max: MAX_LEVEL }),
        fc.option(fc.string({ unit: 'grapheme', maxLength: 200 }), { nil: null }),
        (dimension, level, note) => {
          const parsed = parseSetDepthLevelInput({ dimension, level, note });
          expect(parsed).toEqual({ dimension, level, note: note?.trim() || null });
          expect(parseSetDepthLevelInput(parsed)).toEqual(parsed);
        },
      ),
    );
  });

  it('rejects every whole level outside 0..5 on the level path', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ max: MIN_LEVEL - 1 }), fc.integer({ min: MAX_LEVEL + 1 })),
        (level) => {
          expect(pathsOf({ ...valid, level })).toEqual([['level']]);
        },
      ),
    );
  });

  it('never throws anything but a ValidationError, whatever the input', () => {
    const field = fc.oneof(fc.anything(), fc.string({ unit: 'binary' }));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.string({ unit: 'binary' }),
          fc.record({ dimension: field, level: field, note: field }, { requiredKeys: [] }),
          fc.record({
            dimension: fc.constantFrom(...DEPTH_DIMENSIONS),
            level: fc.oneof(fc.double(), fc.integer()),
            note: fc.option(fc.string({ unit: 'binary', maxLength: 2_000 })),
          }),
        ),
        (input) => {
          try {
            parseSetDepthLevelInput(input);
          } catch (error) {
            if (!(error instanceof ValidationError)) throw error;
            expect(error.issues.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});
