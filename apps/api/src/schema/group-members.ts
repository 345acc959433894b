import {
  MAX_MEMBER_PROFESSION_LENGTH,
  MAX_MEMBERS_ADDED_AT_ONCE,
  MAX_NAME_LENGTH,
  type MemberRole,
  memberRole,
} from '@tend/domain';
import { addGroupMembers } from '../use-cases/groups/add-group-members.ts';
import { removeGroupMember } from '../use-cases/groups/remove-group-member.ts';
import { updateGroupMember } from '../use-cases/groups/update-group-member.ts';
import { builder } from './builder.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { Group } from './groups.ts';
import { Person } from './people.ts';
import { scopeOf } from './scope.ts';

const MemberRoleEnum = builder.enumType('MemberRole', {
  values: {
    COMPETITOR: { description: 'In my profession or one I listed as competing (Settings).' },
    POWER_PARTNER: { description: 'In a profession I listed as a power partner (Settings).' },
  } satisfies Record<MemberRole, unknown>,
});

export const GroupMember = builder.drizzleObject('groupMemberships', {
  name: 'GroupMember',
  description: 'A person’s membership of a group; leaving gives it a left date and keeps it.',
  fields: (t) => ({
    person: t.relation('person'),
    group: t.relation('group'),
    profession: t.exposeString('profession', {
      nullable: true,
      description: 'What they do, as the group sees it: in a one-per-profession group, their seat.',
    }),
    joinedOn: t.exposeString('joinedOn', { nullable: true, description: 'YYYY-MM-DD.' }),
    leftOn: t.exposeString('leftOn', { nullable: true, description: 'YYYY-MM-DD.' }),
    role: t.field({
      type: MemberRoleEnum,
      nullable: true,
      description: 'What they are to me by their profession here; null: neither.',
      resolve: async (membership, _args, ctx) =>
        memberRole(membership.profession, (await ctx.settings()).professions),
    }),
    isCurrent: t.boolean({
      description: 'Not left (a left date is never in the future).',
      resolve: (membership) => membership.leftOn === null,
    }),
  }),
});

const byName = (a: { person: { name: string } }, b: { person: { name: string } }) =>
  a.person.name.localeCompare(b.person.name);

builder.drizzleObjectFields(Group, (t) => ({
  members: t.field({
    type: [GroupMember],
    description: 'The group’s members by name: the current ones, or everyone who ever was.',
    args: { includePast: t.arg.boolean({ required: false, defaultValue: false }) },
    select: (args, _ctx, nestedSelection) => ({
      with: {
        memberships: nestedSelection({
          ...(args.includePast ? {} : { where: { leftOn: { isNull: true } } }),
          with: { person: { columns: { name: true } } },
        }),
      },
    }),
    resolve: (group) => [...group.memberships].sort(byName),
  }),
}));

builder.drizzleObjectFields(Person, (t) => ({
  groupMemberships: t.relation('memberships', {
    description: 'The person’s memberships of groups, past ones too, latest joined first.',
    query: { orderBy: { joinedOn: 'desc', groupId: 'asc' } },
  }),
}));

const profession = `At most ${MAX_MEMBER_PROFESSION_LENGTH} characters, one line.`;

const GroupMemberInput = builder.inputType('GroupMemberInput', {
  description: 'A membership, whole. Dates are YYYY-MM-DD, not in the future.',
  fields: (t) => ({
    profession: t.string({ required: false, description: profession }),
    joinedOn: t.string({ required: false }),
    leftOn: t.string({ required: false, description: 'Set it to leave; on or after joinedOn.' }),
  }),
});

const NewGroupMemberPersonInput = builder.inputType('NewGroupMemberPersonInput', {
  description: 'Someone new to the account, made as they join (they came from the group).',
  fields: (t) => ({
    name: t.string({ required: true, description: `1–${MAX_NAME_LENGTH} characters.` }),
    email: t.string({ required: false }),
  }),
});

const GroupMemberEntryInput = builder.inputType('GroupMemberEntryInput', {
  description: 'One member to add: a person of the account’s (personId) or a new person.',
  fields: (t) => ({
    personId: t.id({ required: false }),
    newPerson: t.field({ type: NewGroupMemberPersonInput, required: false }),
    profession: t.string({
      required: false,
      description: `${profession} None given: the person’s own profession.`,
    }),
  }),
});

const AddGroupMembersInput = builder.inputType('AddGroupMembersInput', {
  fields: (t) => ({
    members: t.field({
      type: [GroupMemberEntryInput],
      required: true,
      description: `1 to ${MAX_MEMBERS_ADDED_AT_ONCE} people, each once.`,
    }),
    joinedOn: t.string({
      required: false,
      description: 'The day they all joined, YYYY-MM-DD, not in the future.',
    }),
  }),
});

builder.mutationFields((t) => ({
  addGroupMembers: t.field({
    type: Group,
    description:
      'Adds members at once, people of the account’s and new ones: all of them, or none when any is refused.',
    errors: { types: MUTATION_ERRORS },
    args: {
      groupId: t.arg.id({ required: true }),
      input: t.arg({ type: AddGroupMembersInput, required: true }),
    },
    resolve: (_parent, args, ctx) =>
      addGroupMembers(scopeOf(ctx), String(args.groupId), args.input),
  }),
  updateGroupMember: t.field({
    type: GroupMember,
    description: 'Replaces a membership’s profession and dates; a left date leaves the group.',
    errors: { types: MUTATION_ERRORS },
    args: {
      groupId: t.arg.id({ required: true }),
      personId: t.arg.id({ required: true }),
      input: t.arg({ type: GroupMemberInput, required: true }),
    },
    resolve: (_parent, args, ctx) =>
      updateGroupMember(scopeOf(ctx), String(args.groupId), String(args.personId), args.input),
  }),
  removeGroupMember: t.field({
    type: Group,
    description: 'Deletes a membership added by mistake; someone who was a member leaves instead.',
    errors: { types: MUTATION_ERRORS },
    args: { groupId: t.arg.id({ required: true }), personId: t.arg.id({ required: true }) },
    resolve: (_parent, args, ctx) =>
      removeGroupMember(scopeOf(ctx), String(args.groupId), String(args.personId)),
  }),
}));
