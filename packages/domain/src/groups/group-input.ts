import { z } from 'zod';
import { MAX_PERSON_NOTES_LENGTH } from '../people/person-input.ts';
import { type DateClock, isCalendarDate, pastCalendarDate } from '../shared/calendar-date.ts';
import { type Money, moneySchema } from '../shared/money.ts';
import { parseInput } from '../shared/parse-input.ts';
import { multiLineText, singleLineText } from '../shared/text-rules.ts';

export const GROUP_KINDS = [
  'REFERRAL_CLUB',
  'CHAMBER',
  'ONLINE_COMMUNITY',
  'MASTERMIND',
  'ASSOCIATION',
  'OTHER',
] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const FEE_PERIODS = ['YEAR', 'MONTH'] as const;
export type FeePeriod = (typeof FEE_PERIODS)[number];

export const MAX_GROUP_NAME_LENGTH = 200;
export const MAX_GROUP_MINUTES = 1440;
export const MAX_MEETING_CADENCE_DAYS = 366;
export const MAX_ENJOYMENT_NOTE_LENGTH = MAX_PERSON_NOTES_LENGTH;
/** Dates further back than this are typos, like any other date a user says happened. */
const MAX_YEARS_BACK = 100;

const minutes = (label: string) =>
  z
    .number({ error: `${label} must be a number of minutes` })
    .int(`${label} must be whole minutes`)
    .min(0, `${label} cannot be negative`)
    .max(MAX_GROUP_MINUTES, `${label} can be at most ${MAX_GROUP_MINUTES} minutes (a day)`);

// Plain strings, so that "12,5" or "EURO" is a field error rather than a request error.
export const optionalAmount = z
  .string({ error: 'Write the amount in digits, such as 12.30' })
  .nullish()
  .transform((value) => value?.trim() || null);

const optionalDate = (label: string) =>
  z
    .string({ error: `${label} must be a date (YYYY-MM-DD)` })
    .nullish()
    .transform((value) => value?.trim() || null)
    .refine(
      (value) => value === null || isCalendarDate(value),
      `${label} must be a date (YYYY-MM-DD)`,
    );

const groupSchema = z
  .object({
    name: singleLineText(
      z
        .string({ error: 'Name is required' })
        .trim()
        .normalize('NFC')
        .min(1, 'Name is required')
        .max(MAX_GROUP_NAME_LENGTH, `Name must be at most ${MAX_GROUP_NAME_LENGTH} characters`),
    ),
    kind: z.enum(GROUP_KINDS, { error: 'Choose the kind of group' }),
    onePerProfession: z.boolean({ error: 'Say whether the group takes one person per profession' }),
    currency: z.string({ error: 'Choose the currency' }),
    fee: optionalAmount,
    feePeriod: z.enum(FEE_PERIODS, { error: 'Say whether the fee is per year or per month' }),
    costPerMeeting: optionalAmount,
    travelCost: optionalAmount,
    meetingCadenceDays: z
      .number({ error: 'Meets every must be a number of days' })
      .int('Meets every must be whole days')
      .min(1, 'Meets every must be at least 1 day')
      .max(MAX_MEETING_CADENCE_DAYS, `Meets every can be at most ${MAX_MEETING_CADENCE_DAYS} days`)
      .nullish()
      .transform((value) => value ?? null),
    prepMinutes: minutes('Preparation'),
    travelMinutes: minutes('Travel'),
    meetingMinutes: minutes('Meeting'),
    chatMinutes: minutes('Chat afterwards'),
    joinedOn: optionalDate('Joined on'),
    leftOn: optionalDate('Left on'),
  })
  .transform(({ fee, costPerMeeting, travelCost, currency, ...rest }, ctx) => {
    if (rest.joinedOn && rest.leftOn && rest.leftOn < rest.joinedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['leftOn'],
        message: 'The left date cannot be before the joined date',
      });
    }
    const amounts = {
      fee: amountIn(fee, currency, 'fee', 'Fee', ctx),
      costPerMeeting: amountIn(costPerMeeting, currency, 'costPerMeeting', 'Cost per meeting', ctx),
      travelCost: amountIn(travelCost, currency, 'travelCost', 'Travel cost', ctx),
    };
    const canonicalCurrency = moneySchema({ label: 'Amount' }).safeParse({ amount: '0', currency });
    if (!canonicalCurrency.success) {
      for (const issue of canonicalCurrency.error.issues) {
        ctx.addIssue({ code: 'custom', path: ['currency'], message: issue.message });
      }
    }
    return {
      ...rest,
      currency: canonicalCurrency.success ? canonicalCurrency.data.currency : currency,
      ...amounts,
    };
  });

/** One of the group's amounts, checked in the group's currency; its currency is reported once. */
export const amountIn = (
  amount: string | null,
  currency: string,
  field: string,
  label: string,
  ctx: z.RefinementCtx,
): Money | null => {
  if (amount === null) return null;
  const parsed = moneySchema({ label }).safeParse({ amount, currency });
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    if (issue.path[0] === 'amount')
      ctx.addIssue({ code: 'custom', path: [field], message: issue.message });
  }
  return null;
};

export type GroupInput = z.output<typeof groupSchema>;

/**
 * A group's details, whole (creating and editing both send every field). All its money is in
 * the group's one currency; a group is left by giving it a left date, which keeps its history.
 */
export const parseGroupInput = (input: unknown): GroupInput => parseInput(groupSchema, input);

const enjoymentSchema = (clock: DateClock) =>
  z.object({
    rating: z
      .number({ error: 'Rate it from 1 to 5' })
      .int('Rate it from 1 to 5')
      .min(1, 'Rate it from 1 to 5')
      .max(5, 'Rate it from 1 to 5'),
    ratedOn: pastCalendarDate('Date', clock, MAX_YEARS_BACK),
    note: multiLineText(
      z
        .string()
        .trim()
        .max(
          MAX_ENJOYMENT_NOTE_LENGTH,
          `Note must be at most ${MAX_ENJOYMENT_NOTE_LENGTH} characters`,
        ),
    )
      .nullish()
      .transform((value) => value || null),
  });

export type EnjoymentInput = z.output<ReturnType<typeof enjoymentSchema>>;

/** How much I enjoy a group (1–5) on a day that has happened in the account's zone. */
export const parseEnjoymentInput = (input: unknown, clock: DateClock): EnjoymentInput =>
  parseInput(enjoymentSchema(clock), input);

/** The minutes one meeting takes, all four parts together. */
export const minutesPerMeeting = (group: {
  prepMinutes: number;
  travelMinutes: number;
  meetingMinutes: number;
  chatMinutes: number;
}): number => group.prepMinutes + group.travelMinutes + group.meetingMinutes + group.chatMinutes;
