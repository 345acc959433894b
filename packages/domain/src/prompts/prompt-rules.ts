import { z } from 'zod';
import {
  type Cadence,
  cadenceAnchor,
  daysSinceAnchor,
  sinceAnchorText,
} from '../interactions/cadence.ts';
import { parseInput } from '../shared/parse-input.ts';
import { addDays, startOfDayIn } from '../shared/time.ts';

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

/** Counted from the last depth touch, or from when someone never touched was added. */
export type PromptAnchorKind = 'LAST_DEPTH_TOUCH' | 'ADDED';

/** What a prompt's reason says, kept as it was when raised; only its day count moves. */
export type PromptReasonFacts = {
  anchorKind: PromptAnchorKind;
  /** The day the count starts from: the last depth touch, or when the person was added. */
  anchorAt: Date;
  cadenceDays: number;
  readiness: number;
  knowsTargetBuyer: boolean;
};

export const promptReasonFacts = (facts: PromptFacts): PromptReasonFacts => ({
  anchorKind: facts.lastDepthTouchAt ? 'LAST_DEPTH_TOUCH' : 'ADDED',
  anchorAt: cadenceAnchor(facts.lastDepthTouchAt, facts.createdAt),
  cadenceDays: facts.cadence.idealDays,
  readiness: facts.readiness,
  knowsTargetBuyer: facts.knowsTargetBuyer,
});

/**
 * Why the prompt was raised, in the user's words, with the calendar days in the account's zone
 * counted when shown: up to now while it is active, up to its closing once closed.
 */
export const promptReason = (
  prompt: PromptReasonFacts & { closedAt: Date | null },
  now: Date,
  timezone: string,
): string => {
  const days = daysSinceAnchor(prompt.closedAt ?? now, prompt.anchorAt, timezone);
  const parts = [
    `${sinceAnchorText(days, prompt.anchorKind === 'LAST_DEPTH_TOUCH')}, against a cadence of ${prompt.cadenceDays} days`,
    `readiness ${prompt.readiness}`,
  ];
  if (prompt.knowsTargetBuyer) parts.push('knows a target buyer');
  return `${parts.join('; ')}.`;
};

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
      } else if (value.until > addDays(now, MAX_SNOOZE_DAYS)) {
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
