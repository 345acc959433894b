import { z } from 'zod';
import { earliestPastDate, YEARS_BACK_MESSAGE } from '../shared/instant-range.ts';
import { moneySchema } from '../shared/money.ts';
import { parseInput } from '../shared/parse-input.ts';
import { multiLineText } from '../shared/text-rules.ts';
import { addElapsedDays } from '../shared/time.ts';
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

/** The latest a touch may be: a day of slack, as the user's "today" may already be tomorrow in UTC. */
export const latestTouchAt = (now: Date): Date => addElapsedDays(now, 1);

const logInteractionSchema = (now: Date) =>
  z.object({
    kind: z.enum(INTERACTION_KINDS, { error: 'Choose what kind of touch this was' }),
    occurredAt: z
      .date({ error: 'Date must be a valid date' })
      .refine((date) => !Number.isNaN(date.getTime()), 'Date must be a valid date')
      .refine((date) => date <= latestTouchAt(now), 'Date cannot be in the future')
      .refine((date) => date >= earliestPastDate(now), YEARS_BACK_MESSAGE),
    durationMinutes: z
      .number()
      .int('Duration must be whole minutes')
      .min(0, 'Duration cannot be negative')
      .max(24 * 60, 'Duration must be at most 24 hours')
      .nullish()
      .transform((value) => value ?? null),
    // What the touch cost (a lunch, a ticket): exact, in the currency it was paid in.
    cost: moneySchema({ label: 'Cost' })
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

/**
 * A touch to log, and the group meeting it belongs to when it is logged again after being
 * deleted (undo), so the meeting gets its touch back.
 */
export type LogTouchInput = LogInteractionInput & { groupMeetingId: string | null };

export const parseLogInteractionInput = (input: unknown, now: Date): LogTouchInput =>
  parseInput(
    logInteractionSchema(now).extend({
      groupMeetingId: z
        .string()
        .nullish()
        .transform((value) => value || null),
    }),
    input,
  );

export type UpdateInteractionInput = Omit<LogInteractionInput, 'personIds'>;

/** An edit changes what happened and when; who took part stays. */
export const parseUpdateInteractionInput = (input: unknown, now: Date): UpdateInteractionInput =>
  parseInput(logInteractionSchema(now).omit({ personIds: true }), input);
