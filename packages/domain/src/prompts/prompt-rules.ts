import { z } from 'zod';
import { type Cadence, cadenceAnchor } from '../interactions/cadence.ts';
import { parseInput } from '../shared/parse-input.ts';
import { addDays, DAY_MS } from '../shared/time.ts';

export type PromptStatus = 'OPEN' | 'SNOOZED' | 'DISMISSED' | 'DONE';

/** A snoozed prompt comes back on its own once the snooze ends. */
export const isPromptOpen = (
  prompt: { status: PromptStatus; snoozedUntil: Date | null },
  now: Date,
): boolean =>
  prompt.status === 'OPEN' ||
  (prompt.status === 'SNOOZED' && prompt.snoozedUntil !== null && prompt.snoozedUntil <= now);

export type PromptFacts = {
  lastDepthTouchAt: Date | null;
  createdAt: Date;
  cadence: Cadence;
  readiness: number;
  knowsTargetBuyer: boolean;
};

/** Why the prompt was raised, in the user's words. */
export const promptReason = (facts: PromptFacts, now: Date): string => {
  const days = Math.floor(
    (now.getTime() - cadenceAnchor(facts.lastDepthTouchAt, facts.createdAt).getTime()) / DAY_MS,
  );
  const count = `${days} ${days === 1 ? 'day' : 'days'}`;
  const since = facts.lastDepthTouchAt
    ? `${count} since your last depth touch`
    : `${count} since you added them, with no depth touch yet`;
  const parts = [
    `${since}, against a cadence of ${facts.cadence.idealDays} days`,
    `readiness ${facts.readiness}`,
  ];
  if (facts.knowsTargetBuyer) parts.push('knows a target buyer');
  return `${parts.join('; ')}.`;
};

export const SNOOZE_CHOICES = ['WEEK', 'MONTH', 'UNTIL'] as const;
export type SnoozeChoice = (typeof SNOOZE_CHOICES)[number];
export const MAX_SNOOZE_DAYS = 365;

const snoozeSchema = (now: Date) =>
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
      } else if (value.until > addDays(now, MAX_SNOOZE_DAYS)) {
        ctx.addIssue({ code: 'custom', path: ['until'], message: 'Snooze for at most a year' });
      }
    })
    .transform((value): Date => {
      if (value.choice === 'WEEK') return addDays(now, 7);
      if (value.choice === 'MONTH') return addDays(now, 30);
      return value.until as Date;
    });

/** The moment a snoozed prompt comes back. */
export const parseSnoozeInput = (input: unknown, now: Date): Date =>
  parseInput(snoozeSchema(now), input);

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
