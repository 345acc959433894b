import { z } from 'zod';
import { MAX_READY_THRESHOLD, MIN_READY_THRESHOLD } from '../buyers/gaps.ts';
import { isProfessionIn, professionKey } from '../groups/professions.ts';
import { cadenceDaysSchema } from '../interactions/cadence-input.ts';
import { INTERACTION_KINDS } from '../interactions/kinds.ts';
import { invalid } from '../shared/domain-error.ts';
import { currencySchema, moneySchema } from '../shared/money.ts';
import { parseInput } from '../shared/parse-input.ts';
import { multiLineText, singleLineText } from '../shared/text-rules.ts';
import { isTimeZone } from '../shared/time-zone.ts';
import { reviewThresholdsSchema } from './review-thresholds-input.ts';

export const MAX_WEEKLY_LIST_SIZE = 20;
export const MAX_PROFESSION_LENGTH = 200;
export const MAX_PROFESSIONS = 50;

const profession = singleLineText(
  z
    .string({ error: 'A profession is text, such as Accountant' })
    .trim()
    .normalize('NFC')
    .max(MAX_PROFESSION_LENGTH, `A profession must be at most ${MAX_PROFESSION_LENGTH} characters`),
);

/** Each profession once (compared by `professionKey`), as first written; blanks dropped. */
const distinctProfessions = (professions: string[]): string[] => {
  const seen = new Set<string>();
  return professions.filter((entry) => {
    const key = professionKey(entry);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

const professionList = (label: string) =>
  z
    .array(profession, { error: `Send the ${label} as a list` })
    .transform(distinctProfessions)
    .pipe(z.array(z.string()).max(MAX_PROFESSIONS, `At most ${MAX_PROFESSIONS} ${label}`));

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
    /** What I do; empty: not set. */
    profession: profession.nullish().transform((value) => value || null),
    /** Professions counted, with my own, in each group's competitor share. */
    competitorProfessions: professionList('competitor professions'),
    /** Complementary professions that send me work. */
    powerPartnerProfessions: professionList('power partner professions'),
    reviewThresholds: reviewThresholdsSchema,
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
export type StoredSettings = StoredCadenceDays & {
  currency: string;
  competitorProfessions: string[];
  powerPartnerProfessions: string[];
};

/**
 * A profession is a competitor or a power partner, not both: the lists after the change (the
 * one not sent as stored) are compared, and the issue is put at a list that was sent.
 */
const checkListsApart = (input: AccountSettingsInput, stored: StoredSettings | undefined) => {
  const { competitorProfessions: competitors, powerPartnerProfessions: partners } = input;
  if (competitors === undefined && partners === undefined) return;
  const competitorsAfter = competitors ?? stored?.competitorProfessions ?? [];
  const both = (partners ?? stored?.powerPartnerProfessions ?? []).filter((partner) =>
    isProfessionIn(partner, competitorsAfter),
  );
  if (both.length === 0) return;
  const names = both.map((name) => `“${name}”`).join(', ');
  throw invalid([
    {
      path: [partners === undefined ? 'competitorProfessions' : 'powerPartnerProfessions'],
      message: `${names} cannot be both a competitor and a power partner: keep ${both.length === 1 ? 'it' : 'each'} in one list`,
    },
  ]);
};

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
 * Only the fields sent change; each is checked on its own. With the stored settings, the tiers
 * sent are also checked against the ones not sent, so the tiers stay in order after the change,
 * and a competitor or power-partner list sent against the other list.
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
  checkListsApart(parsed, stored);
  if (typeof parsed.hourlyRate === 'string') {
    // Without stored settings (a check of the fields alone) the places are those of the default GBP.
    const currency = parsed.currency ?? stored?.currency ?? 'GBP';
    return { ...parsed, hourlyRate: checkHourlyRate(parsed.hourlyRate, currency) };
  }
  return parsed;
};
