import { z } from 'zod';
import { type ReasonFacts, reasonSentence, sinceAnchorOf } from '../interactions/reason-facts.ts';
import { parseInput } from '../shared/parse-input.ts';
import { addElapsedDays, startOfDayIn } from '../shared/time.ts';

export type PromptStatus = 'OPEN' | 'SNOOZED' | 'DISMISSED' | 'DONE';

/** A snoozed prompt comes back on its own once the snooze ends. */
export const isPromptOpen = (
  prompt: { status: PromptStatus; snoozedUntil: Date | null },
  now: Date,
): boolean =>
  prompt.status === 'OPEN' ||
  (prompt.status === 'SNOOZED' && prompt.snoozedUntil !== null && prompt.snoozedUntil <= now);

/**
 * Why the prompt was raised, in the user's words, with the calendar days in the account's zone
 * counted when shown: up to now while it is active, up to its closing once closed.
 */
export const promptReason = (
  prompt: ReasonFacts & { closedAt: Date | null },
  now: Date,
  timezone: string,
): string =>
  reasonSentence(
    `${sinceAnchorOf(prompt, prompt.closedAt ?? now, timezone)}, against a cadence of ${prompt.cadenceDays} days`,
    prompt,
  );

export const SNOOZE_CHOICES = ['WEEK', 'MONTH', 'UNTIL'] as const;
export type SnoozeChoice = (typeof SNOOZE_CHOICES)[number];
export const MAX_SNOOZE_DAYS = 365;

/**
 * A week or a month: the start of that day in the account's zone, as for a due date, so the
 * prompt is back from the morning; a chosen date is taken as sent.
 */
const snoozeSchema = (now: Date, timezone: string) =>
  z
    .object({
      choice: z.enum(SNOOZE_CHOICES),
      until: z.date({ error: 'Choose a date' }).nullish(),
    })
    .superRefine((value, ctx) => {
      if (value.choice !== 'UNTIL') return;
      if (!value.until) {
        ctx.addIssue({ code: 'custom', path: ['until'], message: 'Choose a date' });
      } else if (value.until <= now) {
        ctx.addIssue({ code: 'custom', path: ['until'], message: 'Choose a date in the future' });
      } else if (value.until > addElapsedDays(now, MAX_SNOOZE_DAYS)) {
        ctx.addIssue({ code: 'custom', path: ['until'], message: 'Snooze for at most a year' });
      }
    })
    .transform((value): Date => {
      if (value.choice === 'WEEK') return startOfDayIn(now, timezone, { days: 7 });
      if (value.choice === 'MONTH') return startOfDayIn(now, timezone, { months: 1 });
      return value.until as Date;
    });

/** The moment a snoozed prompt comes back. */
export const parseSnoozeInput = (input: unknown, now: Date, timezone: string): Date =>
  parseInput(snoozeSchema(now, timezone), input);

export const MAX_DISMISS_REASON_LENGTH = 500;

const dismissSchema = z.object({
  reason: z
    .string({ error: 'Say why, so you remember later' })
    .trim()
    .min(1, 'Say why, so you remember later')
    .max(MAX_DISMISS_REASON_LENGTH, `At most ${MAX_DISMISS_REASON_LENGTH} characters`),
});

export const parseDismissInput = (input: unknown): string =>
  parseInput(dismissSchema, input).reason;
