import { z } from 'zod';
import { MAX_READY_THRESHOLD, MIN_READY_THRESHOLD } from '../buyers/gaps.ts';
import { cadenceDaysSchema } from '../interactions/cadence-input.ts';
import { INTERACTION_KINDS } from '../interactions/kinds.ts';
import { invalid } from '../shared/domain-error.ts';
import { currencySchema, moneySchema } from '../shared/money.ts';
import { parseInput } from '../shared/parse-input.ts';
import { multiLineText, singleLineText } from '../shared/text-rules.ts';
import { isTimeZone } from '../shared/time-zone.ts';

export const MAX_WEEKLY_LIST_SIZE = 20;

const settingsSchema = z
  .object({
    name: singleLineText(
      z.string().trim().min(1, 'Name is required').max(100, 'At most 100 characters'),
    ),
    myOffer: multiLineText(z.string().trim().max(500, 'At most 500 characters'))
      .nullish()
      .transform((value) => value || null),
    timezone: z.string().refine(isTimeZone, 'Choose a time zone such as Europe/London'),
    weekStart: z.number().int().min(0, 'Choose a day').max(6, 'Choose a day'),
    cadenceInnerDays: cadenceDaysSchema,
    cadenceMiddleDays: cadenceDaysSchema,
    cadenceOuterDays: cadenceDaysSchema,
    depthTouchKinds: z
      .array(z.enum(INTERACTION_KINDS))
      .min(1, 'Choose at least one kind of touch that deepens a relationship')
      .transform((kinds) => [...new Set(kinds)]),
    weeklyListSize: z
      .number()
      .int('Enter a whole number')
      .min(1, 'At least 1 person')
      .max(MAX_WEEKLY_LIST_SIZE, `At most ${MAX_WEEKLY_LIST_SIZE} people`),
    weeklyDigest: z.boolean(),
    readyThreshold: z
      .number()
      .int('Enter a whole number')
      .min(MIN_READY_THRESHOLD, `At least ${MIN_READY_THRESHOLD}`)
      .max(MAX_READY_THRESHOLD, `At most ${MAX_READY_THRESHOLD}`),
    currency: currencySchema,
    /** What an hour of my time is worth, in the account currency; empty: not set. */
    hourlyRate: z
      .string({ error: 'Hourly rate must be an amount, such as 60.00' })
      .nullish()
      .transform((value) => (value === undefined ? undefined : value?.trim() || null)),
  })
  .partial()
  .superRefine((value, ctx) => {
    const { cadenceInnerDays: inner, cadenceMiddleDays: middle, cadenceOuterDays: outer } = value;
    if (inner !== undefined && middle !== undefined && inner > middle) {
      ctx.addIssue({
        code: 'custom',
        path: ['cadenceInnerDays'],
        message: 'Deeper ties get a cadence no longer than the middle tier',
      });
    }
    if (middle !== undefined && outer !== undefined && middle > outer) {
      ctx.addIssue({
        code: 'custom',
        path: ['cadenceMiddleDays'],
        message: 'The middle tier gets a cadence no longer than the outer tier',
      });
    }
  });

export type AccountSettingsInput = z.output<typeof settingsSchema>;

export type StoredCadenceDays = Required<
  Pick<AccountSettingsInput, 'cadenceInnerDays' | 'cadenceMiddleDays' | 'cadenceOuterDays'>
>;

/** The settings stored before the change, which the fields sent are checked against. */
export type StoredSettings = StoredCadenceDays & { currency: string };

/** The hourly rate, checked as money in the currency it will be in (sent, else stored). */
const checkHourlyRate = (amount: string, currency: string) => {
  const parsed = moneySchema({ label: 'Hourly rate' }).safeParse({ amount, currency });
  if (parsed.success) return parsed.data.amount;
  throw invalid(
    parsed.error.issues
      .filter((issue) => issue.path[0] === 'amount')
      .map((issue) => ({ path: ['hourlyRate'], message: issue.message })),
  );
};

/**
 * Only the fields sent change; each is checked on its own. With the stored cadences, the tiers
 * sent are also checked against the ones not sent, so the tiers stay in order after the change.
 */
export const parseAccountSettingsInput = (
  input: unknown,
  stored?: StoredSettings,
): AccountSettingsInput => {
  const parsed = Object.fromEntries(
    Object.entries(parseInput(settingsSchema, input)).filter(([, value]) => value !== undefined),
  ) as AccountSettingsInput;
  if (stored) {
    const {
      cadenceInnerDays = stored.cadenceInnerDays,
      cadenceMiddleDays = stored.cadenceMiddleDays,
      cadenceOuterDays = stored.cadenceOuterDays,
    } = parsed;
    parseInput(settingsSchema, { cadenceInnerDays, cadenceMiddleDays, cadenceOuterDays });
  }
  if (typeof parsed.hourlyRate === 'string') {
    // Without stored settings (a check of the fields alone) the places are those of the default GBP.
    const currency = parsed.currency ?? stored?.currency ?? 'GBP';
    return { ...parsed, hourlyRate: checkHourlyRate(parsed.hourlyRate, currency) };
  }
  return parsed;
};
