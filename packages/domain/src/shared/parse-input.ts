import type { z } from 'zod';
import { type FieldIssue, invalid } from './domain-error.ts';
import { malformedTextIssues } from './text-rules.ts';

export const NUL_CHARACTER_MESSAGE = 'Remove the NUL character (U+0000): it cannot be saved';

/**
 * Postgres text cannot hold U+0000, so a string with one would fail when saved (a 5xx).
 * Every string anywhere in the input is checked, at its own path.
 */
const nulIssues = (value: unknown, path: string[], seen: Set<object>): FieldIssue[] => {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? [{ path, message: NUL_CHARACTER_MESSAGE }] : [];
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, item]) => nulIssues(item, [...path, key], seen));
};

/** Parses input against a schema, turning every problem into a field issue (never a 5xx). */
export const parseInput = <S extends z.ZodType>(schema: S, input: unknown): z.output<S> => {
  const result = schema.safeParse(input);
  // Postgres would store a lone surrogate as U+FFFD: refused, not silently changed.
  const unsaveable = [...nulIssues(input, [], new Set()), ...malformedTextIssues(input)];
  if (result.success && unsaveable.length === 0) return result.data;
  throw invalid([
    ...unsaveable,
    ...(result.success
      ? []
      : result.error.issues.map((issue) => ({
          path: issue.path.map(String),
          message: issue.message,
        }))),
  ]);
};
