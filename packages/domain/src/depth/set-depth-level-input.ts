import { z } from 'zod';
import { parseInput } from '../shared/parse-input.ts';
import { DEPTH_DIMENSIONS, MAX_LEVEL, MIN_LEVEL } from './levels.ts';

export const MAX_DEPTH_NOTE_LENGTH = 1_000;

const setDepthLevelSchema = z.object({
  dimension: z.enum(DEPTH_DIMENSIONS),
  level: z
    .number({ error: 'Level must be a whole number from 0 to 5' })
    .int('Level must be a whole number from 0 to 5')
    .min(MIN_LEVEL, `Level must be at least ${MIN_LEVEL}`)
    .max(MAX_LEVEL, `Level must be at most ${MAX_LEVEL}`),
  note: z
    .string()
    .trim()
    .max(MAX_DEPTH_NOTE_LENGTH, `Note must be at most ${MAX_DEPTH_NOTE_LENGTH} characters`)
    .nullish()
    .transform((note) => note || null),
});

export type SetDepthLevelInput = z.output<typeof setDepthLevelSchema>;

export const parseSetDepthLevelInput = (input: unknown): SetDepthLevelInput =>
  parseInput(setDepthLevelSchema, input);
