import {
  FEE_PERIODS,
  GROUP_KINDS,
  isUuid,
  MAX_ENJOYMENT_NOTE_LENGTH,
  MAX_GROUP_NAME_LENGTH,
  minutesPerMeeting,
  moneyOf,
  notFound,
} from '@tend/domain';
import { createGroup } from '../use-cases/groups/create-group.ts';
import { deleteGroup } from '../use-cases/groups/delete-group.ts';
import { rateGroupEnjoyment } from '../use-cases/groups/rate-group-enjoyment.ts';
import { updateGroup } from '../use-cases/groups/update-group.ts';
import { builder } from './builder.ts';
import { LOOKUP_ERRORS, MUTATION_ERRORS } from './errors.ts';
import { Money } from './money.ts';
import { Person } from './people.ts';
import { scopeOf } from './scope.ts';

export const GroupKindEnum = builder.enumType('GroupKind', {
  description:
    'REFERRAL_CLUB: one person per profession, meeting to pass referrals; the others as named.',
  values: GROUP_KINDS,
});

export const FeePeriodEnum = builder.enumType('FeePeriod', {
  description: 'What the fee pays for: a year or a month of membership.',
  values: FEE_PERIODS,
});

const GroupEnjoymentRating = builder.drizzleObject('groupEnjoymentRatings', {
  name: 'GroupEnjoymentRating',
  fields: (t) => ({
    id: t.exposeID('id'),
    rating: t.exposeInt('rating', { description: '1 (not at all) to 5 (very much).' }),
    ratedOn: t.exposeString('ratedOn', { description: 'The calendar date, YYYY-MM-DD.' }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

/** Newest first; on one day the later rating wins. */
const ratingsNewestFirst = { orderBy: { ratedOn: 'desc', createdAt: 'desc' } } as const;

export const Group = builder.drizzleObject('groups', {
  name: 'Group',
  description: 'A networking group: what it costs in money and time, and how much I enjoy it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: GroupKindEnum }),
    onePerProfession: t.exposeBoolean('onePerProfession'),
    currency: t.exposeString('currency', {
      description: 'ISO 4217 code every amount of the group is in.',
    }),
    fee: t.field({
      type: Money,
      nullable: true,
      resolve: (group) => moneyOf(group.fee, group.currency),
    }),
    feePeriod: t.expose('feePeriod', { type: FeePeriodEnum }),
    meetingCadenceDays: t.exposeInt('meetingCadenceDays', {
      nullable: true,
      description: 'It meets every this many days.',
    }),
    costPerMeeting: t.field({
      type: Money,
      nullable: true,
      description: 'The usual spend at a meeting (meal, room).',
      resolve: (group) => moneyOf(group.costPerMeeting, group.currency),
    }),
    travelCost: t.field({
      type: Money,
      nullable: true,
      description: 'The usual cost of getting to a meeting and back.',
      resolve: (group) => moneyOf(group.travelCost, group.currency),
    }),
    prepMinutes: t.exposeInt('prepMinutes'),
    travelMinutes: t.exposeInt('travelMinutes'),
    meetingMinutes: t.exposeInt('meetingMinutes'),
    chatMinutes: t.exposeInt('chatMinutes'),
    timePerMeetingMinutes: t.int({
      description: 'Preparation, travel, meeting and chat afterwards together.',
      resolve: (group) => minutesPerMeeting(group),
    }),
    joinedOn: t.exposeString('joinedOn', { nullable: true }),
    leftOn: t.exposeString('leftOn', {
      nullable: true,
      description: 'Set once I left; the group’s history stays.',
    }),
    isDemo: t.exposeBoolean('isDemo'),
    enjoyment: t.field({
      type: GroupEnjoymentRating,
      nullable: true,
      description: 'The latest rating of how much I enjoy it, if any.',
      select: { with: { enjoymentRatings: ratingsNewestFirst } },
      resolve: (group) => group.enjoymentRatings[0] ?? null,
    }),
    enjoymentHistory: t.field({
      type: [GroupEnjoymentRating],
      description: 'Every rating, newest first, so it shows how it changed.',
      select: { with: { enjoymentRatings: ratingsNewestFirst } },
      resolve: (group) => group.enjoymentRatings,
    }),
  }),
});

const GroupInput = builder.inputType('GroupInput', {
  description: 'A group’s details, whole. Amounts are decimals as text, all in `currency`.',
  fields: (t) => ({
    name: t.string({ required: true, description: `1–${MAX_GROUP_NAME_LENGTH} characters.` }),
    kind: t.field({ type: GroupKindEnum, required: true }),
    onePerProfession: t.boolean({ required: true }),
    currency: t.string({ required: true, description: 'ISO 4217 code, such as GBP.' }),
    fee: t.string({ required: false, description: 'Such as "120.00"; empty: none.' }),
    feePeriod: t.field({ type: FeePeriodEnum, required: true }),
    costPerMeeting: t.string({ required: false }),
    travelCost: t.string({ required: false }),
    meetingCadenceDays: t.field({ type: 'Number', required: false }),
    prepMinutes: t.field({ type: 'Number', required: true }),
    travelMinutes: t.field({ type: 'Number', required: true }),
    meetingMinutes: t.field({ type: 'Number', required: true }),
    chatMinutes: t.field({ type: 'Number', required: true }),
    joinedOn: t.string({ required: false, description: 'YYYY-MM-DD.' }),
    leftOn: t.string({ required: false, description: 'YYYY-MM-DD; set it to leave the group.' }),
  }),
});

const GroupEnjoymentInput = builder.inputType('GroupEnjoymentInput', {
  fields: (t) => ({
    groupId: t.id({ required: true }),
    rating: t.field({ type: 'Number', required: true, description: '1 to 5.' }),
    ratedOn: t.string({ required: true, description: 'YYYY-MM-DD, not in the future.' }),
    note: t.string({
      required: false,
      description: `At most ${MAX_ENJOYMENT_NOTE_LENGTH} characters.`,
    }),
  }),
});

const DeletedGroup = builder.objectRef<{ id: string }>('DeletedGroup').implement({
  fields: (t) => ({ id: t.exposeID('id') }),
});

builder.queryFields((t) => ({
  groups: t.drizzleField({
    type: ['groups'],
    description: 'The account’s networking groups, by name.',
    resolve: (query, _parent, _args, ctx) =>
      ctx.db.query.groups.findMany(
        query({ where: { accountId: ctx.accountId }, orderBy: { name: 'asc' } }),
      ),
  }),
  group: t.drizzleField({
    type: 'groups',
    errors: { types: LOOKUP_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _parent, args, ctx) => {
      const id = String(args.id);
      const group = isUuid(id)
        ? await ctx.db.query.groups.findFirst(query({ where: { id, accountId: ctx.accountId } }))
        : undefined;
      if (!group) throw notFound('group', id);
      return group;
    },
  }),
}));

builder.mutationFields((t) => ({
  createGroup: t.field({
    type: Group,
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: GroupInput, required: true }) },
    resolve: (_parent, args, ctx) => createGroup(scopeOf(ctx), args.input),
  }),
  updateGroup: t.field({
    type: Group,
    description: 'Replaces the group’s details; a left date leaves it and keeps its history.',
    errors: { types: MUTATION_ERRORS },
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: GroupInput, required: true }),
    },
    resolve: (_parent, args, ctx) => updateGroup(scopeOf(ctx), String(args.id), args.input),
  }),
  deleteGroup: t.field({
    type: DeletedGroup,
    description:
      'Deletes a group with no members or meetings; one with history is left (a left date) instead.',
    errors: { types: MUTATION_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_parent, args, ctx) => deleteGroup(scopeOf(ctx), String(args.id)),
  }),
  rateGroupEnjoyment: t.field({
    type: Group,
    description: 'Records how much I enjoy the group on a day; earlier ratings stay.',
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: GroupEnjoymentInput, required: true }) },
    resolve: (_parent, { input: { groupId, ...rating } }, ctx) =>
      rateGroupEnjoyment(scopeOf(ctx), String(groupId), rating),
  }),
}));

builder.drizzleObjectFields(Person, (t) => ({
  groups: t.field({
    type: [Group],
    description: 'The networking groups this person is a member of, by name.',
    select: { with: { memberships: { with: { group: true } } } },
    resolve: (person) =>
      person.memberships
        .map((membership) => membership.group)
        .sort((a, b) => a.name.localeCompare(b.name)),
  }),
}));
