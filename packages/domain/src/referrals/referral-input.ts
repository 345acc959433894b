import { z } from 'zod';
import { MAX_NAME_LENGTH, MAX_PERSON_NOTES_LENGTH } from '../people/person-input.ts';
import { type DateClock, pastCalendarDate } from '../shared/calendar-date.ts';
import { moneySchema } from '../shared/money.ts';
import { parseInput } from '../shared/parse-input.ts';
import { multiLineText, singleLineText } from '../shared/text-rules.ts';

export const REFERRAL_DIRECTIONS = ['GIVEN', 'RECEIVED'] as const;
export type ReferralDirection = (typeof REFERRAL_DIRECTIONS)[number];

/** In pipeline order: the three open stages, then the two ends. */
export const REFERRAL_STATUSES = ['INTRODUCED', 'MET', 'PROPOSAL', 'WON', 'LOST'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const MAX_REFERRED_NAME_LENGTH = MAX_NAME_LENGTH;
export const MAX_REFERRAL_NOTES_LENGTH = MAX_PERSON_NOTES_LENGTH;
/** A referral further back than this is a typo, like any other date a user says happened. */
export const MAX_REFERRAL_YEARS_BACK = 100;

export const referralStatusSchema = z.enum(REFERRAL_STATUSES, {
  error: 'Status must be introduced, met, proposal, won or lost',
});

const optionalText = <T extends z.ZodType<string>>(schema: T) =>
  schema.nullish().transform((value) => value || null);

const referralFields = (clock: DateClock) =>
  z.object({
    direction: z.enum(REFERRAL_DIRECTIONS, {
      error: 'Say whether the referral was given or received',
    }),
    personId: z.string({ error: 'Choose who gave the referral, or to whom you gave it' }),
    referredPersonId: z
      .string()
      .nullish()
      .transform((id) => id || null),
    referredName: optionalText(
      singleLineText(
        z
          .string()
          .trim()
          .normalize('NFC')
          .max(
            MAX_REFERRED_NAME_LENGTH,
            `Name must be at most ${MAX_REFERRED_NAME_LENGTH} characters`,
          ),
      ),
    ),
    targetBuyerId: z
      .string()
      .nullish()
      .transform((id) => id || null),
    referredOn: pastCalendarDate('Date', clock, MAX_REFERRAL_YEARS_BACK),
    // Two plain strings, so that "12,5" or "EURO" is a field error rather than a request error.
    value: z
      .string({ error: 'Value must be an amount, such as 12.30' })
      .nullish()
      .transform((value) => value?.trim() || null),
    currency: z
      .string({ error: 'Choose the currency' })
      .nullish()
      .transform((currency) => currency?.trim() || null),
    notes: optionalText(
      multiLineText(
        z
          .string()
          .trim()
          .max(
            MAX_REFERRAL_NOTES_LENGTH,
            `Notes must be at most ${MAX_REFERRAL_NOTES_LENGTH} characters`,
          ),
      ),
    ),
  });

/** The referred contact is a person or a name; value and currency are one amount or none. */
const checked = <T extends z.infer<ReturnType<typeof referralFields>>>(schema: z.ZodType<T>) =>
  schema.transform(({ value, currency, ...rest }, ctx) => {
    const referred = rest.referredPersonId
      ? { referredPersonId: rest.referredPersonId, referredName: null }
      : { referredPersonId: null, referredName: rest.referredName };
    if (!referred.referredPersonId && !referred.referredName) {
      ctx.addIssue({
        code: 'custom',
        path: ['referredName'],
        message: 'Pick the person referred, or type their name',
      });
    }
    if (referred.referredPersonId && referred.referredPersonId === rest.personId) {
      ctx.addIssue({
        code: 'custom',
        path: ['referredPersonId'],
        message: 'The person referred is someone other than who made the referral',
      });
    }
    return { ...rest, ...referred, value: moneyOf(value, currency, ctx) };
  });

/** Value and currency come as two fields, both or neither, checked as one amount. */
const moneyOf = (value: string | null, currency: string | null, ctx: z.RefinementCtx) => {
  if (value === null && currency === null) return null;
  if (value === null) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'Give the value, or no currency' });
    return null;
  }
  if (currency === null) {
    ctx.addIssue({ code: 'custom', path: ['currency'], message: 'Choose the value’s currency' });
    return null;
  }
  const parsed = moneySchema({ label: 'Value' }).safeParse({ amount: value, currency });
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] === 'amount' ? 'value' : 'currency';
    ctx.addIssue({ code: 'custom', path: [field], message: issue.message });
  }
  return null;
};

const referralSchema = (clock: DateClock) => checked(referralFields(clock));

export type ReferralInput = z.output<ReturnType<typeof referralSchema>>;

/**
 * A referral's details, whole (recording and editing both send every field). The referred
 * contact is a person of the network or a name; a person's id wins, and the caller stores the
 * person's name beside it so a later delete of that person keeps who it was.
 */
export const parseReferralInput = (input: unknown, clock: DateClock): ReferralInput =>
  parseInput(referralSchema(clock), input);

const recordReferralSchema = (clock: DateClock) =>
  checked(
    referralFields(clock).extend({
      status: referralStatusSchema.nullish().transform((status) => status ?? 'INTRODUCED'),
    }),
  );

export type RecordReferralInput = z.output<ReturnType<typeof recordReferralSchema>>;

/** A new referral: its details and the status it starts at (introduced unless told). */
export const parseRecordReferralInput = (input: unknown, clock: DateClock): RecordReferralInput =>
  parseInput(recordReferralSchema(clock), input);
