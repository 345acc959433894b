import { z } from 'zod';
import { KNOWS_STRENGTHS } from '../buyers/knows-input.ts';
import { DEPTH_DIMENSIONS } from '../depth/levels.ts';
import { FEE_PERIODS, GROUP_KINDS } from '../groups/group-input.ts';
import type { CadenceMode } from '../interactions/cadence.ts';
import { INTERACTION_KINDS } from '../interactions/kinds.ts';
import type { AnchorKind } from '../interactions/reason-facts.ts';
import type { OneToOneStatus } from '../one-to-ones/lifecycle.ts';
import { ORIGIN_KINDS } from '../people/person-input.ts';
import type { PromptStatus } from '../prompts/prompt-rules.ts';
import { REFERRAL_DIRECTIONS, REFERRAL_STATUSES } from '../referrals/referral-input.ts';
import { isCalendarDate } from '../shared/calendar-date.ts';
import { isUuid } from '../shared/domain-error.ts';
import { isWellFormedText } from '../shared/text-rules.ts';
import { isTimeZone } from '../shared/time-zone.ts';

/**
 * The export document ("tend-export", version 1): everything an account holds, as JSON. Each
 * section's rows mirror the table's columns (less the account, and what the database derives),
 * with ids as they were, instants as ISO 8601 strings in UTC, calendar days as YYYY-MM-DD and
 * money as exact decimal strings beside their currency. Restoring it checks it against these
 * schemas first, so a section's fields are named here once.
 */
export const EXPORT_FORMAT = 'tend-export';
export const EXPORT_VERSION = 1;

// Postgres text holds neither U+0000 nor a lone surrogate (it would be changed to U+FFFD).
const text = z
  .string()
  .refine((value) => !value.includes('\u0000'), 'Text cannot contain U+0000')
  .refine(isWellFormedText, 'Text must be well-formed Unicode');
const optionalText = text.nullable();
const texts = z.array(text);
const id = z.string().refine(isUuid, 'An id is a UUID');
const optionalId = id.nullable();
const instant = z.iso.datetime({ error: 'An instant is an ISO 8601 date and time in UTC' });
const optionalInstant = instant.nullable();
const day = z.string().refine(isCalendarDate, 'A day is a date written YYYY-MM-DD');
const optionalDay = day.nullable();
const int = (min: number, max: number) => z.number().int().min(min).max(max);
const optionalInt = (min: number, max: number) => int(min, max).nullable();
/** An exact decimal as Postgres numeric(p, 2) writes it: never a float. */
const amount = (integerDigits: number) =>
  z
    .string()
    .regex(
      new RegExp(`^\\d{1,${integerDigits}}(\\.\\d{1,2})?$`),
      'An amount is an exact decimal written as text, such as "12.50"',
    );
const currency = z.string().regex(/^[A-Z]{3}$/, 'A currency is an ISO 4217 code, such as GBP');
const anchorKind = z.enum(['LAST_DEPTH_TOUCH', 'ADDED'] satisfies AnchorKind[]);
const knowsStrength = z.enum(KNOWS_STRENGTHS);
const level = int(0, 5);
const minutes = int(0, 1440);

/** Why a prompt was raised or someone put on a week's list, as it was then. */
const reasonFacts = {
  anchorKind,
  anchorAt: instant,
  cadenceDays: int(0, 100_000),
  readiness: int(0, 100),
  knowsStrength: knowsStrength.nullable(),
};

/** The account's settings: never its login (e-mail, password), sessions or calendar feed. */
export const exportAccountSchema = z.strictObject({
  name: text,
  myOffer: optionalText,
  timezone: z.string().refine(isTimeZone, 'A time zone is an IANA name such as Europe/London'),
  weekStart: int(0, 6),
  hourlyRate: amount(10).nullable(),
  currency,
  profession: optionalText,
  competitorProfessions: texts,
  powerPartnerProfessions: texts,
  reviewMinReferralsPerYear: int(0, 1000),
  reviewMaxHoursPerMonth: int(0, 744),
  reviewMinBuyerReachPercent: int(0, 100),
  reviewMaxCompetitorPercent: int(0, 100),
  reviewMinGivenPerYear: int(0, 1000),
  reviewMinEnjoyment: int(1, 5),
  reviewMinDepthCoveragePercent: int(0, 100),
  cadenceInnerDays: int(1, 100_000),
  cadenceMiddleDays: int(1, 100_000),
  cadenceOuterDays: int(1, 100_000),
  depthTouchKinds: z.array(z.enum(INTERACTION_KINDS)),
  weeklyListSize: int(1, 50),
  readyThreshold: int(0, 100),
  weeklyDigest: z.boolean(),
});

const weeklyListItemSchema = z.strictObject({
  id,
  personId: id,
  position: int(0, 100_000),
  ...reasonFacts,
  dormant: z.boolean(),
  status: z.enum(['PENDING', 'DONE', 'SKIPPED']),
  actedAt: optionalInstant,
});

/** Every section of the document, in the order it is written, with the schema of one row. */
export const exportSectionSchemas = {
  people: z.strictObject({
    id,
    name: text,
    emails: texts,
    phones: texts,
    company: optionalText,
    role: optionalText,
    profession: optionalText,
    location: optionalText,
    notes: optionalText,
    tags: texts,
    originKind: z.enum(ORIGIN_KINDS),
    originGroupId: optionalId,
    originPersonId: optionalId,
    originNote: optionalText,
    trust: level,
    theirUnderstanding: level,
    myUnderstanding: level,
    cadenceMode: z.enum(['DEFAULT', 'CUSTOM', 'NONE'] satisfies CadenceMode[]),
    cadenceDays: optionalInt(1, 730),
    lastDepthTouchAt: optionalInstant,
    nextDueAt: optionalInstant,
    archivedAt: optionalInstant,
    isDemo: z.boolean(),
    createdAt: instant,
    updatedAt: instant,
  }),
  depthChanges: z.strictObject({
    id,
    personId: id,
    dimension: z.enum(DEPTH_DIMENSIONS),
    fromLevel: level,
    toLevel: level,
    note: optionalText,
    changedAt: instant,
  }),
  interactions: z.strictObject({
    id,
    kind: z.enum(INTERACTION_KINDS),
    occurredAt: instant,
    durationMinutes: optionalInt(0, 1440),
    cost: amount(10).nullable(),
    costCurrency: currency.nullable(),
    notes: optionalText,
    groupId: optionalId,
    isDemo: z.boolean(),
    createdAt: instant,
    /** Who took part: the people the touch was with. */
    participantIds: z.array(id),
  }),
  oneToOnes: z.strictObject({
    id,
    personId: id,
    startsAt: instant,
    durationMinutes: int(5, 1440),
    place: optionalText,
    videoLink: optionalText,
    agenda: z
      .strictObject({
        learn: z.strictObject({
          goals: text,
          accomplishments: text,
          interests: text,
          networks: text,
          skills: text,
        }),
        tell: text,
      })
      .nullable(),
    status: z.enum(['PLANNED', 'DONE', 'CANCELLED', 'NO_SHOW'] satisfies OneToOneStatus[]),
    sequence: int(0, 1_000_000),
    interactionId: optionalId,
    createdAt: instant,
    updatedAt: instant,
  }),
  prompts: z.strictObject({
    id,
    personId: id,
    raisedAt: instant,
    dueAt: instant,
    ...reasonFacts,
    status: z.enum(['OPEN', 'SNOOZED', 'DISMISSED', 'DONE'] satisfies PromptStatus[]),
    snoozedUntil: optionalInstant,
    dismissedReason: optionalText,
    closedAt: optionalInstant,
  }),
  weeklyLists: z.strictObject({
    id,
    weekStartsOn: day,
    createdAt: instant,
    /** Who was on the week's list, and what became of each. */
    items: z.array(weeklyListItemSchema),
  }),
  targetBuyers: z.strictObject({
    id,
    name: text,
    roles: texts,
    industries: texts,
    companySizeMin: optionalInt(1, 2_147_483_647),
    companySizeMax: optionalInt(1, 2_147_483_647),
    regions: texts,
    notes: optionalText,
    archivedAt: optionalInstant,
    isDemo: z.boolean(),
    createdAt: instant,
    updatedAt: instant,
  }),
  knows: z.strictObject({
    personId: id,
    targetBuyerId: id,
    strength: knowsStrength,
    note: optionalText,
    learnedOn: optionalDay,
    createdAt: instant,
    updatedAt: instant,
  }),
  introductionAsks: z.strictObject({
    id,
    personId: id,
    targetBuyerId: optionalId,
    message: text,
    askedAt: instant,
    createdAt: instant,
  }),
  referrals: z.strictObject({
    id,
    direction: z.enum(REFERRAL_DIRECTIONS),
    personId: id,
    referredPersonId: optionalId,
    referredName: optionalText,
    targetBuyerId: optionalId,
    referredOn: day,
    status: z.enum(REFERRAL_STATUSES),
    value: amount(12).nullable(),
    currency: currency.nullable(),
    notes: optionalText,
    thankedAt: optionalInstant,
    isDemo: z.boolean(),
    createdAt: instant,
    updatedAt: instant,
  }),
  referralStatusChanges: z.strictObject({
    id,
    referralId: id,
    status: z.enum(REFERRAL_STATUSES),
    changedOn: day,
    note: optionalText,
    createdAt: instant,
  }),
  groups: z.strictObject({
    id,
    name: text,
    kind: z.enum(GROUP_KINDS),
    onePerProfession: z.boolean(),
    fee: amount(10).nullable(),
    feePeriod: z.enum(FEE_PERIODS),
    currency,
    meetingCadenceDays: optionalInt(1, 366),
    costPerMeeting: amount(10).nullable(),
    travelCost: amount(10).nullable(),
    prepMinutes: minutes,
    travelMinutes: minutes,
    meetingMinutes: minutes,
    chatMinutes: minutes,
    joinedOn: optionalDay,
    leftOn: optionalDay,
    isDemo: z.boolean(),
    createdAt: instant,
    updatedAt: instant,
  }),
  groupMembers: z.strictObject({
    groupId: id,
    personId: id,
    profession: optionalText,
    joinedOn: optionalDay,
    leftOn: optionalDay,
    isDemo: z.boolean(),
    createdAt: instant,
  }),
  groupMeetings: z.strictObject({
    id,
    groupId: id,
    heldOn: day,
    attended: z.boolean(),
    mealCost: amount(10).nullable(),
    travelCost: amount(10).nullable(),
    interactionId: optionalId,
    notes: optionalText,
    isDemo: z.boolean(),
    createdAt: instant,
    updatedAt: instant,
  }),
  groupEnjoymentRatings: z.strictObject({
    id,
    groupId: id,
    ratedOn: day,
    rating: int(1, 5),
    note: optionalText,
    createdAt: instant,
  }),
};

export type ExportSection = keyof typeof exportSectionSchemas;
export const EXPORT_SECTIONS = Object.keys(exportSectionSchemas) as ExportSection[];
export type ExportRow<S extends ExportSection> = z.output<(typeof exportSectionSchemas)[S]>;
export type ExportAccount = z.output<typeof exportAccountSchema>;
export type WeeklyListItemExportRow = z.output<typeof weeklyListItemSchema>;

/** The fields of a section's rows, as they are written (and as its table names its columns). */
export const exportSectionFields = <S extends ExportSection>(section: S) =>
  Object.keys(exportSectionSchemas[section].shape) as (keyof ExportRow<S> & string)[];

/** The fields of a week's list items. */
export const WEEKLY_LIST_ITEM_FIELDS = Object.keys(
  weeklyListItemSchema.shape,
) as (keyof WeeklyListItemExportRow & string)[];

/** The account's settings fields, as its table names its columns. */
export const EXPORT_ACCOUNT_FIELDS = Object.keys(
  exportAccountSchema.shape,
) as (keyof ExportAccount & string)[];

export const exportDocumentSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: instant,
  account: exportAccountSchema,
  ...(Object.fromEntries(
    EXPORT_SECTIONS.map((section) => [section, z.array(exportSectionSchemas[section])]),
  ) as { [S in ExportSection]: z.ZodArray<(typeof exportSectionSchemas)[S]> }),
});

export type ExportDocument = z.output<typeof exportDocumentSchema>;
