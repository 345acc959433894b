import type { groups } from '@tend/db';
import {
  type CoverageMonth,
  type CurrencyRatio,
  type GroupReview as GroupReviewValue,
  REVIEW_PRESETS,
  type ReferralCount as ReferralCountValue,
  type ReviewMemberRef,
  VERDICT_CHECKS,
  VERDICTS,
  type Verdict,
  type VerdictCheck as VerdictCheckValue,
} from '@tend/domain';
import type { Context } from '../context.ts';
import { getGroupReviews } from '../use-cases/groups/get-group-reviews.ts';
import { batchLoader } from './batch-loader.ts';
import { builder } from './builder.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { Group } from './groups.ts';
import { Money } from './money.ts';
import { scopeOf } from './scope.ts';

const ReviewPresetEnum = builder.enumType('ReviewPreset', {
  description: 'The last 3, 6 or 12 calendar months up to today.',
  values: REVIEW_PRESETS,
});

const ReviewPeriodInput = builder.inputType('ReviewPeriodInput', {
  description: 'A preset, or a custom period from–to (YYYY-MM-DD, both included).',
  fields: (t) => ({
    preset: t.field({ type: ReviewPresetEnum, required: false }),
    from: t.string({ required: false }),
    to: t.string({ required: false }),
  }),
});

const ReviewPeriod = builder.objectRef<{ from: string; to: string }>('ReviewPeriod').implement({
  fields: (t) => ({ from: t.exposeString('from'), to: t.exposeString('to') }),
});

const ReviewMember = builder.objectRef<ReviewMemberRef>('ReviewMember').implement({
  description: 'A member as the review sees them.',
  fields: (t) => ({
    personId: t.exposeID('personId'),
    name: t.exposeString('name'),
    profession: t.exposeString('profession', { nullable: true }),
    readiness: t.exposeInt('readiness', { description: 'Referral readiness, 0–100.' }),
  }),
});

const ReferralCount = builder.objectRef<ReferralCountValue>('ReviewReferralCount').implement({
  fields: (t) => ({
    count: t.exposeInt('count'),
    won: t.field({ type: [Money], description: 'Won value per currency.', resolve: (r) => r.won }),
  }),
});

const Ratio = builder.objectRef<CurrencyRatio>('CurrencyRatio').implement({
  fields: (t) => ({
    currency: t.exposeString('currency'),
    value: t.field({ type: 'Decimal', resolve: (r) => r.value }),
  }),
});

const Coverage = builder.objectRef<CoverageMonth>('DepthCoverageMonth').implement({
  fields: (t) => ({
    month: t.exposeString('month', { description: 'YYYY-MM.' }),
    members: t.exposeInt('members'),
    met: t.exposeInt('met'),
    percent: t.exposeInt('percent', { nullable: true }),
  }),
});

const VerdictKindEnum = builder.enumType('GroupVerdictKind', {
  description: 'STAY; INVEST: do more one-to-ones here, the people are right; LEAVE.',
  values: VERDICTS,
});

const VerdictCheckEnum = builder.enumType('GroupVerdictCheckCode', { values: VERDICT_CHECKS });

const VerdictCheck = builder.objectRef<VerdictCheckValue>('GroupVerdictCheck').implement({
  description: 'One question of the checklist, with the figure it looked at and the threshold.',
  fields: (t) => ({
    code: t.field({ type: VerdictCheckEnum, resolve: (c) => c.code }),
    triggered: t.exposeBoolean('triggered'),
    figure: t.exposeString('figure'),
    threshold: t.exposeString('threshold'),
    reason: t.exposeString('reason'),
  }),
});

const GroupVerdict = builder.objectRef<Verdict>('GroupVerdict').implement({
  fields: (t) => ({
    kind: t.field({ type: VerdictKindEnum, resolve: (v) => v.kind }),
    summary: t.exposeString('summary'),
    checks: t.field({ type: [VerdictCheck], resolve: (v) => v.checks }),
  }),
});

type ReviewShape = GroupReviewValue & { verdict: Verdict };
type Time = ReviewShape['time'];
type Costs = ReviewShape['money'];

const ReviewTime = builder.objectRef<Time>('GroupReviewTime').implement({
  fields: (t) => ({
    prepMinutes: t.exposeInt('prepMinutes'),
    travelMinutes: t.exposeInt('travelMinutes'),
    meetingMinutes: t.exposeInt('meetingMinutes'),
    chatMinutes: t.exposeInt('chatMinutes'),
    totalMinutes: t.exposeInt('totalMinutes'),
    hoursPerMonth: t.field({ type: 'Decimal', resolve: (time) => time.hoursPerMonth }),
  }),
});

const ReviewMoney = builder.objectRef<Costs>('GroupReviewMoney').implement({
  description: 'Each cost line on its own; the total is per currency.',
  fields: (t) => ({
    fees: t.field({ type: Money, nullable: true, resolve: (m) => m.fees }),
    meals: t.field({ type: Money, nullable: true, resolve: (m) => m.meals }),
    travel: t.field({ type: Money, nullable: true, resolve: (m) => m.travel }),
    time: t.field({
      type: Money,
      nullable: true,
      description: 'Hours × hourly rate; null without an hourly rate.',
      resolve: (m) => m.time,
    }),
    total: t.field({ type: [Money], resolve: (m) => m.total }),
  }),
});

const GroupReview = builder.objectRef<ReviewShape>('GroupReview').implement({
  description: 'What a group cost and brought over a period, and the verdict it gives.',
  fields: (t) => ({
    period: t.field({ type: ReviewPeriod, resolve: (r) => r.period }),
    months: t.field({ type: 'Decimal', resolve: (r) => r.months }),
    meetingsHeld: t.int({ resolve: (r) => r.meetings.held }),
    meetingsAttended: t.int({ resolve: (r) => r.meetings.attended }),
    time: t.field({ type: ReviewTime, resolve: (r) => r.time }),
    money: t.field({ type: ReviewMoney, resolve: (r) => r.money }),
    referralsFromMembers: t.field({ type: ReferralCount, resolve: (r) => r.referrals.fromMembers }),
    referralsThroughNetwork: t.field({
      type: ReferralCount,
      description: 'From people whose origin is a member or the group.',
      resolve: (r) => r.referrals.throughNetwork,
    }),
    referralsReceived: t.field({ type: ReferralCount, resolve: (r) => r.referrals.received }),
    referralsGivenToMembers: t.field({
      type: ReferralCount,
      resolve: (r) => r.referrals.givenToMembers,
    }),
    oneToOnes: t.int({
      description: 'One-to-ones with members in the period, outside the meetings.',
      resolve: (r) => r.oneToOnes.count,
    }),
    membersMetOneToOne: t.int({ resolve: (r) => r.oneToOnes.membersMet }),
    depthCoveragePercent: t.int({ nullable: true, resolve: (r) => r.depthCoverage.percent }),
    depthCoverageByMonth: t.field({ type: [Coverage], resolve: (r) => r.depthCoverage.byMonth }),
    network: t.field({
      type: [ReviewMember],
      description: 'Members who became real network: they stay if I leave.',
      resolve: (r) => r.network,
    }),
    acquaintances: t.field({
      type: [ReviewMember],
      description: 'Members I only see at meetings: I would lose them if I left.',
      resolve: (r) => r.acquaintances,
    }),
    competitors: t.field({ type: [ReviewMember], resolve: (r) => r.competitors.people }),
    competitorPercent: t.int({ nullable: true, resolve: (r) => r.competitors.percent }),
    powerPartners: t.field({ type: [ReviewMember], resolve: (r) => r.powerPartners }),
    buyerReachCount: t.int({ resolve: (r) => r.buyerReach.count }),
    buyerReachPercent: t.int({
      nullable: true,
      description: 'Null without members, or without a target buyer profile to reach.',
      resolve: (r) => r.buyerReach.percent,
    }),
    noTargetBuyers: t.boolean({
      description: 'True when I have described no target buyers, so reach is not judged.',
      resolve: (r) => r.buyerReach.noProfiles,
    }),
    costPerReferral: t.field({
      type: [Money],
      nullable: true,
      description: 'Null when no referrals were received.',
      resolve: (r) => r.costPerReferral,
    }),
    costPerWon: t.field({ type: [Ratio], resolve: (r) => r.costPerWon }),
    paybackMonths: t.field({ type: [Ratio], resolve: (r) => r.paybackMonths }),
    enjoyment: t.int({ nullable: true, resolve: (r) => r.enjoyment }),
    verdict: t.field({ type: GroupVerdict, resolve: (r) => r.verdict }),
  }),
});

/** The reviews of a list of groups over the same period, in one batch. */
const reviewsOf = batchLoader(
  (
    ctx: Context,
    reviewed: (typeof groups.$inferSelect)[],
    period: typeof ReviewPeriodInput.$inferInput,
  ) => getGroupReviews(scopeOf(ctx), reviewed, period),
);

builder.drizzleObjectFields(Group, (t) => ({
  review: t.field({
    type: GroupReview,
    description: 'The group’s review over a period: its figures and the verdict.',
    errors: { types: MUTATION_ERRORS },
    args: { period: t.arg({ type: ReviewPeriodInput, required: true }) },
    resolve: (group, args, ctx) => reviewsOf(ctx, group, args.period),
  }),
}));
