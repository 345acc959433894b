import { z } from 'zod';
import { parseInput } from '../shared/parse-input.ts';
import { multiLineText } from '../shared/text-rules.ts';
import { addDays } from '../shared/time.ts';
import { INTERACTION_KINDS } from './kinds.ts';

export const MAX_INTERACTION_NOTES_LENGTH = 10_000;

/**
 * A touch's notes, however the touch is logged: trimmed, within the limit, and with no control
 * character but tabs and line breaks.
 */
export const touchNotes = multiLineText(
  z
    .string()
    .trim()
    .max(
      MAX_INTERACTION_NOTES_LENGTH,
      `Notes must be at most ${MAX_INTERACTION_NOTES_LENGTH} characters`,
    ),
);
export const MAX_INTERACTION_PEOPLE = 50;

const logInteractionSchema = (now: Date) =>
  z.object({
    kind: z.enum(INTERACTION_KINDS, { error: 'Choose what kind of touch this was' }),
    // A day of slack: the user's "today" may already be tomorrow in UTC.
    occurredAt: z
      .date({ error: 'Date must be a valid date' })
      .refine((date) => !Number.isNaN(date.getTime()), 'Date must be a valid date')
      .refine((date) => date <= addDays(now, 1), 'Date cannot be in the future')
      .refine((date) => date.getUTCFullYear() >= 1900, 'Date must be after 1900'),
    durationMinutes: z
      .number()
      .int('Duration must be whole minutes')
      .min(0, 'Duration cannot be negative')
      .max(24 * 60, 'Duration must be at most 24 hours')
      .nullish()
      .transform((value) => value ?? null),
    cost: z
      .number()
      .min(0, 'Cost cannot be negative')
      .max(1_000_000, 'Cost must be at most 1,000,000')
      .nullish()
      .transform((value) => value ?? null),
    notes: touchNotes.nullish().transform((value) => value || null),
    personIds: z
      .array(z.string())
      .min(1, 'Choose at least one person')
      .max(MAX_INTERACTION_PEOPLE, `At most ${MAX_INTERACTION_PEOPLE} people per touch`)
      .transform((ids) => [...new Set(ids)]),
  });

export type LogInteractionInput = z.output<ReturnType<typeof logInteractionSchema>>;

export const parseLogInteractionInput = (input: unknown, now: Date): LogInteractionInput =>
  parseInput(logInteractionSchema(now), input);

export type UpdateInteractionInput = Omit<LogInteractionInput, 'personIds'>;

/** An edit changes what happened and when; who took part stays. */
export const parseUpdateInteractionInput = (input: unknown, now: Date): UpdateInteractionInput =>
  parseInput(logInteractionSchema(now).omit({ personIds: true }), input);
