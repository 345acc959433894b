import { z } from 'zod';
import { parseInput } from '../shared/parse-input.ts';
import type { CadenceSetting } from './cadence.ts';

export const MIN_CADENCE_DAYS = 1;
export const MAX_CADENCE_DAYS = 730;

const cadenceDays = z
  .number({ error: 'Enter a number of days' })
  .int('Enter whole days')
  .min(MIN_CADENCE_DAYS, `At least ${MIN_CADENCE_DAYS} day`)
  .max(MAX_CADENCE_DAYS, `At most ${MAX_CADENCE_DAYS} days (two years)`);

const cadenceSchema = z
  .object({
    mode: z.enum(['DEFAULT', 'CUSTOM', 'NONE']),
    days: cadenceDays.nullish(),
  })
  .superRefine((value, ctx) => {
    if (value.mode === 'CUSTOM' && value.days == null) {
      ctx.addIssue({ code: 'custom', path: ['days'], message: 'Enter a number of days' });
    }
  })
  .transform(
    (value): CadenceSetting => ({
      cadenceMode: value.mode,
      cadenceDays: value.mode === 'CUSTOM' ? (value.days ?? null) : null,
    }),
  );

/** A person's cadence: the depth tier's default, a number of days, or none (no prompts). */
export const parseCadenceInput = (input: unknown): CadenceSetting =>
  parseInput(cadenceSchema, input);

export const cadenceDaysSchema = cadenceDays;
