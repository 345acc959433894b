import type { z } from 'zod';
import { invalid } from './domain-error.ts';

/** Parses input against a schema, turning every problem into a field issue (never a 5xx). */
export const parseInput = <S extends z.ZodType>(schema: S, input: unknown): z.output<S> => {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalid(
    result.error.issues.map((issue) => ({
      path: issue.path.map(String),
      message: issue.message,
    })),
  );
};
