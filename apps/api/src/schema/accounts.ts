import { DEFAULT_REVIEW_THRESHOLDS, type ReviewThresholds as Thresholds } from '@tend/domain';
import { finishOnboarding } from '../use-cases/accounts/finish-onboarding.ts';
import { hasDemoData } from '../use-cases/accounts/has-demo-data.ts';
import { removeDemoData } from '../use-cases/accounts/remove-demo-data.ts';
import { revokeSession, signOutEverywhere } from '../use-cases/accounts/revoke-sessions.ts';
import { updateSettings } from '../use-cases/accounts/update-settings.ts';
import { reviewThresholdsOf } from '../use-cases/groups/review-thresholds.ts';
import { builder } from './builder.ts';
import { InteractionKindEnum } from './enums.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { Money, moneyOf } from './money.ts';
import { scopeOf } from './scope.ts';

/** Each verdict threshold with what it means, for the output type and the input alike. */
const THRESHOLD_DESCRIPTIONS: Record<keyof Thresholds, string> = {
  minReferralsPerYear: 'Fewer referrals received than this per 12 months: no business.',
  maxHoursPerMonth: 'More hours than this per month: too much time.',
  minBuyerReachPercent:
    'A smaller share (%) of members who know one of my target buyers: wrong people.',
  maxCompetitorPercent:
    'This share (%) of members or more in my profession or a competitor profession: too many competitors.',
  minGivenPerYear: 'Fewer referrals given to members than this per 12 months: nothing given back.',
  minEnjoyment: 'A latest enjoyment rating (1–5) below this: no enjoyment.',
  minDepthCoveragePercent:
    'A smaller share (%) of members met one-to-one outside the meetings: the depth is missing.',
};

const THRESHOLD_KEYS = Object.keys(THRESHOLD_DESCRIPTIONS) as (keyof Thresholds)[];

export const ReviewThresholds = builder.objectRef<Thresholds>('ReviewThresholds').implement({
  description: 'When a group review says stay, invest or leave; set in Settings.',
  fields: (t) =>
    Object.fromEntries(
      THRESHOLD_KEYS.map((key) => [
        key,
        t.exposeInt(key, { description: THRESHOLD_DESCRIPTIONS[key] }),
      ]),
    ) as Record<keyof Thresholds, ReturnType<typeof t.exposeInt>>,
});

const ReviewThresholdsInput = builder.inputType('ReviewThresholdsInput', {
  description: 'Only the thresholds sent change.',
  fields: (t) =>
    Object.fromEntries(
      THRESHOLD_KEYS.map((key) => [
        key,
        t.field({ type: 'Number', required: false, description: THRESHOLD_DESCRIPTIONS[key] }),
      ]),
    ) as Record<keyof Thresholds, ReturnType<typeof t.field<'Number', false>>>,
});

export const Account = builder.drizzleObject('accounts', {
  name: 'Account',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    email: t.exposeString('email', { nullable: true }),
    isOwner: t.exposeBoolean('isOwner'),
    myOffer: t.exposeString('myOffer', { nullable: true }),
    timezone: t.exposeString('timezone'),
    weekStart: t.exposeInt('weekStart', { description: '0 = Sunday … 6 = Saturday.' }),
    weeklyListSize: t.exposeInt('weeklyListSize'),
    weeklyDigest: t.exposeBoolean('weeklyDigest'),
    readyThreshold: t.exposeInt('readyThreshold', {
      description:
        'Readiness (0–100) from which someone counts as ready to introduce you, for the gap list.',
    }),
    currency: t.exposeString('currency', {
      description: 'ISO 4217 code of the account’s own money, such as GBP: its hourly rate’s.',
    }),
    hourlyRate: t.field({
      type: Money,
      nullable: true,
      description: 'What an hour of my time is worth; turns hours spent into money.',
      resolve: (account) => moneyOf(account.hourlyRate, account.currency),
    }),
    profession: t.exposeString('profession', {
      nullable: true,
      description: 'What I do; members in it count as competitors in a group review.',
    }),
    competitorProfessions: t.exposeStringList('competitorProfessions', {
      description: 'Other professions counted in each group’s competitor share.',
    }),
    powerPartnerProfessions: t.exposeStringList('powerPartnerProfessions', {
      description: 'Complementary professions that send me work.',
    }),
    reviewThresholds: t.field({
      type: ReviewThresholds,
      resolve: (account) => reviewThresholdsOf(account),
    }),
    defaultReviewThresholds: t.field({
      type: ReviewThresholds,
      description: 'The thresholds a new account starts with, for a reset to defaults.',
      resolve: () => DEFAULT_REVIEW_THRESHOLDS,
    }),
    mailConfigured: t.boolean({
      description:
        'Whether this server can send e-mail (SMTP_URL). Without it no weekly e-mail is sent, whatever weeklyDigest says.',
      resolve: (_account, _args, ctx) => ctx.mailConfigured,
    }),
    cadenceInnerDays: t.exposeInt('cadenceInnerDays'),
    cadenceMiddleDays: t.exposeInt('cadenceMiddleDays'),
    cadenceOuterDays: t.exposeInt('cadenceOuterDays'),
    onboarded: t.boolean({ resolve: (account) => account.onboardedAt !== null }),
    depthTouchKinds: t.field({
      type: [InteractionKindEnum],
      resolve: async (_account, _args, ctx) => (await ctx.settings()).depthTouchKinds,
    }),
    hasDemoData: t.boolean({
      resolve: (account, _args, ctx) => hasDemoData(ctx.db, account.id),
    }),
  }),
});

export const Session = builder.drizzleObject('sessions', {
  name: 'Session',
  description: 'A signed-in browser or device.',
  fields: (t) => ({
    id: t.exposeID('id'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastSeenAt: t.expose('lastSeenAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    userAgent: t.exposeString('userAgent', { nullable: true }),
    ip: t.exposeString('ip', { nullable: true }),
    current: t.boolean({ resolve: (session, _args, ctx) => session.id === ctx.sessionId }),
  }),
});

const OnboardingChoice = builder.enumType('OnboardingChoice', {
  values: ['DEMO', 'EMPTY'] as const,
});

const AccountSettingsInput = builder.inputType('AccountSettingsInput', {
  description: 'Only the fields sent change.',
  fields: (t) => ({
    name: t.string({ required: false }),
    myOffer: t.string({ required: false }),
    timezone: t.string({ required: false }),
    weekStart: t.field({ type: 'Number', required: false }),
    weeklyListSize: t.field({ type: 'Number', required: false }),
    weeklyDigest: t.boolean({ required: false }),
    cadenceInnerDays: t.field({ type: 'Number', required: false }),
    cadenceMiddleDays: t.field({ type: 'Number', required: false }),
    cadenceOuterDays: t.field({ type: 'Number', required: false }),
    depthTouchKinds: t.field({ type: [InteractionKindEnum], required: false }),
    readyThreshold: t.field({ type: 'Number', required: false }),
    currency: t.string({ required: false, description: 'ISO 4217 code, such as GBP.' }),
    hourlyRate: t.string({
      required: false,
      description: 'An amount in the account currency, such as "60.00"; empty clears it.',
    }),
    profession: t.string({ required: false, description: 'Empty clears it.' }),
    competitorProfessions: t.stringList({
      required: false,
      description: 'The whole list; blanks and repeats are dropped.',
    }),
    powerPartnerProfessions: t.stringList({
      required: false,
      description: 'The whole list; none may also be a competitor profession.',
    }),
    reviewThresholds: t.field({ type: ReviewThresholdsInput, required: false }),
  }),
});

/** GraphQL's null means "not sent" here: a setting is never set to nothing. */
const sentOnly = (input: object) =>
  Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null));

builder.queryFields((t) => ({
  viewer: t.drizzleField({
    type: 'accounts',
    description: 'The signed-in account.',
    resolve: async (query, _parent, _args, ctx) => {
      const account = await ctx.db.query.accounts.findFirst(
        query({ where: { id: ctx.accountId } }),
      );
      if (!account) throw new Error(`Account ${ctx.accountId} is missing`);
      return account;
    },
  }),
  sessions: t.drizzleField({
    type: ['sessions'],
    description: 'Where the account is signed in, most recently used first.',
    resolve: (query, _parent, _args, ctx) =>
      ctx.db.query.sessions.findMany(
        query({ where: { accountId: ctx.accountId }, orderBy: { lastSeenAt: 'desc', id: 'asc' } }),
      ),
  }),
}));

// Changing the password and deleting the account are routes (POST /auth/change-password,
// /auth/delete-account): each request checks one password, outside any transaction.
builder.mutationFields((t) => ({
  finishOnboarding: t.field({
    type: Account,
    description: 'Start with demo data (marked as demo, removable) or with an empty network.',
    args: { choice: t.arg({ type: OnboardingChoice, required: true }) },
    resolve: (_parent, args, ctx) => finishOnboarding(scopeOf(ctx), args.choice),
  }),
  removeDemoData: t.field({
    type: Account,
    description: 'Delete every demo person, touch and group; your own data stays.',
    resolve: (_parent, _args, ctx) => removeDemoData(scopeOf(ctx)),
  }),
  updateSettings: t.field({
    type: Account,
    description: 'Saves settings; due dates follow when cadences or depth-touch kinds change.',
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: AccountSettingsInput, required: true }) },
    resolve: (_parent, args, ctx) =>
      updateSettings(scopeOf(ctx), {
        ...sentOnly(args.input),
        ...(args.input.reviewThresholds && {
          reviewThresholds: sentOnly(args.input.reviewThresholds),
        }),
      }),
  }),
  revokeSession: t.boolean({
    description: 'Signs one session out.',
    errors: { types: MUTATION_ERRORS, directResult: false },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_parent, args, ctx) => {
      const revoked = await revokeSession(scopeOf(ctx), String(args.id));
      if (String(args.id) === ctx.sessionId) ctx.clearSessionCookie();
      return revoked;
    },
  }),
  signOutEverywhere: t.int({
    description: 'Signs out every session, this one included; returns how many ended.',
    resolve: async (_parent, _args, ctx) => {
      const ended = await signOutEverywhere(scopeOf(ctx));
      ctx.clearSessionCookie();
      return ended;
    },
  }),
}));
