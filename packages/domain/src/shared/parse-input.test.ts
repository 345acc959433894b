import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from './domain-error.ts';
import { parseInput } from './parse-input.ts';

const schema = z.object({
  name: z.string().trim().min(1, 'Name is required'),
  tags: z.array(z.string().max(3, 'Too long')).default([]),
  nested: z.object({ count: z.number().int('Whole numbers only') }).optional(),
});

const issuesOf = (input: unknown) => {
  try {
    parseInput(schema, input);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('Expected a ValidationError, but the input was accepted');
};

describe('parseInput', () => {
  it('returns the parsed output on success', () => {
    expect(parseInput(schema, { name: '  Ana  ' })).toEqual({ name: 'Ana', tags: [] });
  });

  it('turns each problem into a field issue with a string path', () => {
    expect(issuesOf({ name: ' ', tags: ['ok', 'long'], nested: { count: 1.5 } })).toEqual([
      { path: ['name'], message: 'Name is required' },
      { path: ['tags', '1'], message: 'Too long' },
      { path: ['nested', 'count'], message: 'Whole numbers only' },
    ]);
  });

  it('reports a wrongly shaped input at the root path', () => {
    const issues = issuesOf('not an object');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual([]);
  });

  it('only ever throws a ValidationError whose paths are strings', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          parseInput(schema, input);
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error;
          expect(error.issues.length).toBeGreaterThan(0);
          for (const issue of error.issues) {
            for (const segment of issue.path) expect(typeof segment).toBe('string');
            expect(issue.message.length).toBeGreaterThan(0);
          }
        }
      }),
    );
  });
});
