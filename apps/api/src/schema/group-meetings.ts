import { groupMeetings, type groups } from '@tend/db';
import { MAX_MEETING_NOTES_LENGTH, MAX_MEETING_SPOKE_TO, moneyOf } from '@tend/domain';
import { sql } from 'drizzle-orm';
import { deleteGroupMeeting } from '../use-cases/groups/delete-group-meeting.ts';
import { logGroupMeeting } from '../use-cases/groups/log-group-meeting.ts';
import { updateGroupMeeting } from '../use-cases/groups/update-group-meeting.ts';
import { builder } from './builder.ts';
import { badArgument } from './connection-cursor.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { Group } from './groups.ts';
import { Money } from './money.ts';
import { Person } from './people.ts';
import { scopeOf } from './scope.ts';

/** A drizzle `extras` entry: one function, so that selections of the field merge. */
const meetingCountOf = (group: typeof groups) =>
  sql<number>`(select count(*)::int from ${groupMeetings} where ${groupMeetings.accountId} = ${group.accountId} and ${groupMeetings.groupId} = ${group.id})`;

const DEFAULT_MEETINGS_SHOWN = 20;
const MAX_MEETINGS_SHOWN = 500;

/** The group's currency and usual costs, which a meeting without actual costs had. */
const withGroup = { with: { group: true } } as const;

export const GroupMeeting = builder.drizzleObject('groupMeetings', {
  name: 'GroupMeeting',
  description: 'One meeting of a group: whether I went, what it cost and who I spoke to there.',
  fields: (t) => ({
    id: t.exposeID('id'),
    heldOn: t.exposeString('heldOn', {
      description: 'The calendar date in the account’s zone, YYYY-MM-DD; one meeting a day.',
    }),
    attended: t.exposeBoolean('attended'),
    mealCost: t.field({
      type: Money,
      nullable: true,
      description: 'What the meal (or room) cost: the actual if given, else the group’s usual.',
      select: withGroup,
      resolve: (meeting) =>
        moneyOf(meeting.mealCost ?? meeting.group.costPerMeeting, meeting.group.currency),
    }),
    travelCost: t.field({
      type: Money,
      nullable: true,
      description: 'What getting there and back cost: the actual if given, else the usual.',
      select: withGroup,
      resolve: (meeting) =>
        moneyOf(meeting.travelCost ?? meeting.group.travelCost, meeting.group.currency),
    }),
    usesUsualMealCost: t.boolean({
      description: 'No actual meal cost was given: mealCost is the group’s usual one.',
      resolve: (meeting) => meeting.mealCost === null,
    }),
    usesUsualTravelCost: t.boolean({
      description: 'No actual travel cost was given: travelCost is the group’s usual one.',
      resolve: (meeting) => meeting.travelCost === null,
    }),
    spokeTo: t.field({
      type: [Person],
      description: 'The people I spoke to there (the meeting’s touch), by name.',
      select: (_args, _ctx, nestedSelection) => ({
        with: {
          interaction: { with: { people: nestedSelection({ orderBy: { name: 'asc' } }) } },
        },
      }),
      resolve: (meeting) => meeting.interaction?.people ?? [],
    }),
    notes: t.exposeString('notes', { nullable: true }),
  }),
});

const meetingsShown = (first: number | null | undefined) => {
  if (first != null && first < 0) throw badArgument('first', 'must be 0 or more.');
  return Math.min(first ?? DEFAULT_MEETINGS_SHOWN, MAX_MEETINGS_SHOWN);
};

builder.drizzleObjectFields(Group, (t) => ({
  meetings: t.relation('meetings', {
    description: `The group’s meetings, newest first: the first ${DEFAULT_MEETINGS_SHOWN} unless asked for more (at most ${MAX_MEETINGS_SHOWN}).`,
    args: { first: t.arg.int({ required: false, defaultValue: DEFAULT_MEETINGS_SHOWN }) },
    query: (args) => ({ orderBy: { heldOn: 'desc' }, limit: meetingsShown(args.first) }),
  }),
  lastMeeting: t.field({
    type: GroupMeeting,
    nullable: true,
    description: 'The latest meeting logged, if any.',
    select: (_args, _ctx, nestedSelection) => ({
      with: { meetings: nestedSelection({ orderBy: { heldOn: 'desc' }, limit: 1 }) },
    }),
    resolve: (group) => group.meetings[0] ?? null,
  }),
  meetingCount: t.int({
    description: 'Every meeting logged, whether I went or not.',
    // Counted in the groups' own query, so a list of groups is one statement.
    select: { extras: { meetingCount: meetingCountOf } },
    resolve: (group) => group.meetingCount,
  }),
  todaysMeeting: t.field({
    type: GroupMeeting,
    nullable: true,
    description: 'The meeting logged for today in the account’s zone, if any ("I went today").',
    // Loaded with the groups; today is the day of now in the account's zone, read in the query.
    select: (_args, ctx, nestedSelection) => ({
      with: {
        meetings: nestedSelection({
          where: {
            RAW: (meeting) =>
              sql`${meeting.heldOn} = (${ctx.now().toISOString()}::timestamptz at time zone (select timezone from accounts where id = ${meeting.accountId}))::date`,
          },
          limit: 1,
        }),
      },
    }),
    resolve: (group) => group.meetings[0] ?? null,
  }),
}));

const GroupMeetingInput = builder.inputType('GroupMeetingInput', {
  description:
    'A meeting’s details, whole. Costs are decimals as text in the group’s currency; empty: the usual.',
  fields: (t) => ({
    heldOn: t.string({ required: true, description: 'YYYY-MM-DD, not in the future.' }),
    attended: t.boolean({ required: true }),
    mealCost: t.string({ required: false, description: 'Such as "14.50"; empty: the usual.' }),
    travelCost: t.string({ required: false, description: 'Empty: the usual.' }),
    spokeTo: t.idList({
      required: false,
      description: `The people I spoke to there, at most ${MAX_MEETING_SPOKE_TO}; none when I did not go.`,
    }),
    notes: t.string({
      required: false,
      description: `At most ${MAX_MEETING_NOTES_LENGTH} characters.`,
    }),
  }),
});

/** GraphQL ids arrive as strings or numbers; the domain takes strings. */
const meetingInputOf = ({ spokeTo, ...rest }: typeof GroupMeetingInput.$inferInput) => ({
  ...rest,
  spokeTo: spokeTo?.map(String),
});

const DeletedGroupMeeting = builder
  .objectRef<{ id: string; heldOn: string }>('DeletedGroupMeeting')
  .implement({
    fields: (t) => ({ id: t.exposeID('id'), heldOn: t.exposeString('heldOn') }),
  });

builder.mutationFields((t) => ({
  logGroupMeeting: t.field({
    type: GroupMeeting,
    description:
      'Logs a meeting of the group (one a day); the people I spoke to get one group meeting touch.',
    errors: { types: MUTATION_ERRORS },
    args: {
      groupId: t.arg.id({ required: true }),
      input: t.arg({ type: GroupMeetingInput, required: true }),
    },
    resolve: (_parent, args, ctx) =>
      logGroupMeeting(scopeOf(ctx), String(args.groupId), meetingInputOf(args.input)),
  }),
  markGroupAttendedToday: t.field({
    type: GroupMeeting,
    description:
      'I went today: logs today’s meeting (in the account’s zone), attended, at the usual costs.',
    errors: { types: MUTATION_ERRORS },
    args: { groupId: t.arg.id({ required: true }) },
    resolve: (_parent, args, ctx) => logGroupMeeting(scopeOf(ctx), String(args.groupId)),
  }),
  updateGroupMeeting: t.field({
    type: GroupMeeting,
    description: 'Replaces a meeting’s details; its touch follows the people I spoke to.',
    errors: { types: MUTATION_ERRORS },
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: GroupMeetingInput, required: true }),
    },
    resolve: (_parent, args, ctx) =>
      updateGroupMeeting(scopeOf(ctx), String(args.id), meetingInputOf(args.input)),
  }),
  deleteGroupMeeting: t.field({
    type: DeletedGroupMeeting,
    description: 'Deletes a meeting and its touch; the people in it are rescheduled.',
    errors: { types: MUTATION_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_parent, args, ctx) => deleteGroupMeeting(scopeOf(ctx), String(args.id)),
  }),
}));
