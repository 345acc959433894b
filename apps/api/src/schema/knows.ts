import { KNOWS_STRENGTHS, MAX_KNOWS_NOTE_LENGTH, MAX_TAGGED_PEOPLE } from '@tend/domain';
import { removeKnows } from '../use-cases/buyers/remove-knows.ts';
import { setKnows } from '../use-cases/buyers/set-knows.ts';
import { tagPeopleKnows } from '../use-cases/buyers/tag-people-knows.ts';
import { builder } from './builder.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { Person } from './people.ts';
import { scopeOf } from './scope.ts';

export const KnowsStrengthEnum = builder.enumType('KnowsStrength', { values: KNOWS_STRENGTHS });

export const Knows = builder.drizzleObject('knows', {
  name: 'Knows',
  description:
    'A person who can reach a target buyer profile, and how well. A tag of an archived profile stays, as history.',
  fields: (t) => ({
    person: t.relation('person'),
    targetBuyer: t.relation('targetBuyer'),
    strength: t.expose('strength', { type: KnowsStrengthEnum }),
    note: t.exposeString('note', { nullable: true }),
    learnedOn: t.exposeString('learnedOn', {
      nullable: true,
      description: 'The calendar date it was learned, YYYY-MM-DD.',
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.drizzleObjectFields(Person, (t) => ({
  knows: t.relation('knows', {
    description: 'The target buyer profiles this person can reach, most recently changed first.',
    query: { orderBy: { updatedAt: 'desc', targetBuyerId: 'asc' } },
  }),
}));

// Strength and date are strings here so that a wrong one is a field error, not a request error.
const tagFields = `strength: one of ${KNOWS_STRENGTHS.join(', ')}; note: at most ${MAX_KNOWS_NOTE_LENGTH} characters; learnedOn: YYYY-MM-DD, not in the future and at most 100 years back.`;

const SetKnowsInput = builder.inputType('SetKnowsInput', {
  description: `One person's tag for one profile. ${tagFields}`,
  fields: (t) => ({
    personId: t.id({ required: true }),
    targetBuyerId: t.id({ required: true }),
    strength: t.string({ required: true }),
    note: t.string({ required: false }),
    learnedOn: t.string({ required: false }),
  }),
});

const TagPeopleKnowsInput = builder.inputType('TagPeopleKnowsInput', {
  description: `The same tag for up to ${MAX_TAGGED_PEOPLE} people; an existing tag keeps its note and date unless new ones are given. ${tagFields}`,
  fields: (t) => ({
    personIds: t.idList({ required: true }),
    targetBuyerId: t.id({ required: true }),
    strength: t.string({ required: true }),
    note: t.string({ required: false }),
    learnedOn: t.string({ required: false }),
  }),
});

const TagPeopleKnowsResult = builder
  .objectRef<Awaited<ReturnType<typeof tagPeopleKnows>>>('TagPeopleKnowsResult')
  .implement({
    fields: (t) => ({
      knows: t.field({ type: [Knows], resolve: (result) => result.knows }),
      added: t.exposeInt('added', { description: 'People newly tagged.' }),
      changed: t.exposeInt('changed', { description: 'People whose tag was already there.' }),
    }),
  });

builder.mutationFields((t) => ({
  setKnows: t.field({
    type: Knows,
    description: 'Adds or changes the tag of one person for one profile.',
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: SetKnowsInput, required: true }) },
    resolve: (_parent, args, ctx) => setKnows(scopeOf(ctx), args.input),
  }),
  removeKnows: t.field({
    type: Person,
    description: 'Removes the person’s tag for the profile; returns the person.',
    errors: { types: MUTATION_ERRORS },
    args: { personId: t.arg.id({ required: true }), targetBuyerId: t.arg.id({ required: true }) },
    resolve: (_parent, args, ctx) =>
      removeKnows(scopeOf(ctx), String(args.personId), String(args.targetBuyerId)),
  }),
  tagPeopleKnows: t.field({
    type: TagPeopleKnowsResult,
    description: 'Tags several people for one profile: all of them, or none if any id is wrong.',
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: TagPeopleKnowsInput, required: true }) },
    resolve: (_parent, args, ctx) => tagPeopleKnows(scopeOf(ctx), args.input),
  }),
}));
