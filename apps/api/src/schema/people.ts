import { people } from '@tend/db';
import {
  cadenceAnchor,
  dueState,
  isUuid,
  MAX_LIST_ITEMS,
  notFound,
  resolveCadence,
  staleness,
} from '@tend/domain';
import { and, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { createPerson } from '../use-cases/people/create-person.ts';
import { deletePerson } from '../use-cases/people/delete-person.ts';
import { listPersonTags } from '../use-cases/people/list-person-tags.ts';
import { setCadence } from '../use-cases/people/set-cadence.ts';
import { setPersonArchived } from '../use-cases/people/set-person-archived.ts';
import { updatePerson } from '../use-cases/people/update-person.ts';
import {
  REFERRAL_BALANCE_FILTERS,
  REFERRAL_BALANCE_SORTS,
  type ReferralBalanceFilter,
  referralBalanceCondition,
  referralBalanceKey,
} from '../use-cases/referrals/people-by-referral-balance.ts';
import { builder } from './builder.ts';
import { checkPeopleCursors } from './connection-cursor.ts';
import { CadenceModeEnum, DueStateEnum, OriginKindEnum } from './enums.ts';
import { LOOKUP_ERRORS, MUTATION_ERRORS } from './errors.ts';
import { scopeOf } from './scope.ts';

export const Person = builder.drizzleObject('people', {
  name: 'Person',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    emails: t.exposeStringList('emails'),
    phones: t.exposeStringList('phones'),
    company: t.exposeString('company', { nullable: true }),
    role: t.exposeString('role', { nullable: true }),
    profession: t.exposeString('profession', { nullable: true }),
    location: t.exposeString('location', { nullable: true }),
    notes: t.exposeString('notes', { nullable: true }),
    tags: t.exposeStringList('tags'),
    originKind: t.expose('originKind', { type: OriginKindEnum }),
    originGroup: t.relation('originGroup', { nullable: true }),
    originPerson: t.relation('originPerson', { nullable: true }),
    originNote: t.exposeString('originNote', { nullable: true }),
    archived: t.boolean({ resolve: (person) => person.archivedAt !== null }),
    isDemo: t.exposeBoolean('isDemo'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastDepthTouchAt: t.expose('lastDepthTouchAt', { type: 'DateTime', nullable: true }),
    nextDueAt: t.expose('nextDueAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'The start of the day the person is due, in the account’s zone: the ideal gap in calendar days after the last depth touch (or being added).',
    }),
    cadenceMode: t.expose('cadenceMode', { type: CadenceModeEnum }),
    cadenceDays: t.exposeInt('cadenceDays', {
      nullable: true,
      description: 'The person’s own cadence in days, when the mode is CUSTOM.',
    }),
    cadence: t.field({
      type: Cadence,
      nullable: true,
      description: 'The gaps between depth touches this person should get; null for no cadence.',
      resolve: async (person, _args, ctx) =>
        resolveCadence(person, person, (await ctx.settings()).cadenceDefaults),
    }),
    dueState: t.field({
      type: DueStateEnum,
      resolve: async (person, _args, ctx) => {
        const settings = await ctx.settings();
        return dueState(
          ctx.now(),
          cadenceAnchor(person.lastDepthTouchAt, person.createdAt),
          resolveCadence(person, person, settings.cadenceDefaults),
          settings.timezone,
        );
      },
    }),
    staleness: t.float({
      nullable: true,
      description:
        'Calendar days (in the account’s zone) since the last depth touch divided by the ideal gap; from 1 the person is due.',
      resolve: async (person, _args, ctx) => {
        const settings = await ctx.settings();
        return staleness(
          ctx.now(),
          cadenceAnchor(person.lastDepthTouchAt, person.createdAt),
          resolveCadence(person, person, settings.cadenceDefaults),
          settings.timezone,
        );
      },
    }),
  }),
});

const Cadence = builder.objectRef<{ idealDays: number; maxDays: number }>('Cadence').implement({
  fields: (t) => ({
    idealDays: t.exposeInt('idealDays'),
    maxDays: t.exposeInt('maxDays'),
  }),
});

export const CadenceInput = builder.inputType('CadenceInput', {
  fields: (t) => ({
    mode: t.field({ type: CadenceModeEnum, required: true }),
    days: t.field({ type: 'Number', required: false }),
  }),
});

const PersonSort = builder.enumType('PersonSort', {
  description:
    'MOST_RECEIVED and MOST_GIVEN: most referrals received from (or given to) them first, then by name.',
  values: ['NAME', 'NEXT_DUE', ...REFERRAL_BALANCE_SORTS] as const,
});

const PersonReferralFilter = builder.enumType('PersonReferralFilter', {
  description:
    'HAS_GIVEN_ME: they gave me at least one referral. I_OWE_THEM: they gave me more than I gave them.',
  values: REFERRAL_BALANCE_FILTERS,
});

const PersonInputFields = builder.inputRef<{
  name?: string | null;
  emails?: string[] | null;
  phones?: string[] | null;
  company?: string | null;
  role?: string | null;
  profession?: string | null;
  location?: string | null;
  notes?: string | null;
  tags?: string[] | null;
  originKind?: 'GROUP' | 'PERSON' | 'OTHER' | null;
  originGroupId?: string | null;
  originPersonId?: string | null;
  originNote?: string | null;
}>('PersonInput');

PersonInputFields.implement({
  description: `A person's details. Lists hold at most ${MAX_LIST_ITEMS} entries.`,
  fields: (t) => ({
    name: t.string({ required: false }),
    emails: t.stringList({ required: false }),
    phones: t.stringList({ required: false }),
    company: t.string({ required: false }),
    role: t.string({ required: false }),
    profession: t.string({ required: false }),
    location: t.string({ required: false }),
    notes: t.string({ required: false }),
    tags: t.stringList({ required: false }),
    originKind: t.field({ type: OriginKindEnum, required: false }),
    originGroupId: t.id({ required: false }),
    originPersonId: t.id({ required: false }),
    originNote: t.string({ required: false }),
  }),
});

/** Escapes LIKE wildcards so a search for "50%" matches the text "50%". */
const containsPattern = (search: string) => `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const peopleFilter = (
  table: typeof people,
  accountId: string,
  args: {
    search?: string | null;
    archived?: boolean | null;
    referrals?: ReferralBalanceFilter | null;
  },
): SQL | undefined => {
  // Control characters match nothing (names hold none; search text keeps one field per line),
  // and Postgres text cannot hold U+0000 at all.
  const search = args.search
    ?.replace(/\p{Cc}/gu, ' ')
    .trim()
    .slice(0, 200);
  return and(
    sql`${table.accountId} = ${accountId}`,
    args.archived ? isNotNull(table.archivedAt) : isNull(table.archivedAt),
    // Folded by the function that folds search_text (see its migration): accents, case and
    // Unicode form do not matter; the trigram index serves the contains-search.
    search ? sql`${table.searchText} like search_fold(${containsPattern(search)})` : undefined,
    args.referrals ? referralBalanceCondition(table, accountId, args.referrals) : undefined,
  );
};

builder.queryFields((t) => ({
  personTags: t.stringList({
    description: 'Every tag on an active person, once, alphabetically.',
    resolve: (_parent, _args, ctx) => listPersonTags(scopeOf(ctx)),
  }),
  people: t.drizzleConnection({
    type: 'people',
    description: 'The account’s people, searchable by name, company, profession, e-mail or tag.',
    args: {
      search: t.arg.string({ required: false }),
      sort: t.arg({ type: PersonSort, required: false, defaultValue: 'NAME' }),
      archived: t.arg.boolean({ required: false, defaultValue: false }),
      referrals: t.arg({ type: PersonReferralFilter, required: false }),
    },
    totalCount: (_parent, args, ctx) =>
      ctx.db.$count(people, peopleFilter(people, ctx.accountId, args)),
    resolve: (query, _parent, args, ctx) => {
      checkPeopleCursors(args);
      const { sort } = args;
      const byBalance = sort === 'MOST_RECEIVED' || sort === 'MOST_GIVEN';
      return ctx.db.query.people.findMany(
        query({
          where: { RAW: (table) => peopleFilter(table, ctx.accountId, args) ?? sql`true` },
          extras: {
            nameKey: (table) => sql<string>`lower(${table.name})`,
            // Fixed-width UTC text sorts like the instant; people without a cadence come last.
            dueKey: (table) =>
              sql<string>`coalesce(to_char(${table.nextDueAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), '9999')`,
            // Only a balance sort counts referrals.
            balanceKey: (table) =>
              byBalance ? referralBalanceKey(table, ctx.accountId, sort) : sql<string>`''`,
          },
          orderBy:
            sort === 'NEXT_DUE'
              ? { dueKey: 'asc' }
              : byBalance
                ? { balanceKey: 'asc' }
                : { nameKey: 'asc' },
        }),
      );
    },
  }),
  person: t.drizzleField({
    type: 'people',
    errors: { types: LOOKUP_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _parent, args, ctx) => {
      const id = String(args.id);
      const person = isUuid(id)
        ? await ctx.db.query.people.findFirst(query({ where: { id, accountId: ctx.accountId } }))
        : undefined;
      if (!person) throw notFound('person', id);
      return person;
    },
  }),
}));

builder.mutationFields((t) => ({
  createPerson: t.field({
    type: Person,
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: PersonInputFields, required: true }) },
    resolve: (_parent, args, ctx) => createPerson(scopeOf(ctx), args.input),
  }),
  updatePerson: t.field({
    type: Person,
    errors: { types: MUTATION_ERRORS },
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: PersonInputFields, required: true }),
    },
    resolve: (_parent, args, ctx) => updatePerson(scopeOf(ctx), String(args.id), args.input),
  }),
  setCadence: t.field({
    type: Person,
    description: 'The depth tier’s default cadence, a number of days, or none (no prompts).',
    errors: { types: MUTATION_ERRORS },
    args: {
      personId: t.arg.id({ required: true }),
      input: t.arg({ type: CadenceInput, required: true }),
    },
    resolve: (_parent, args, ctx) => setCadence(scopeOf(ctx), String(args.personId), args.input),
  }),
  archivePerson: t.field({
    type: Person,
    errors: { types: MUTATION_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_parent, args, ctx) => setPersonArchived(scopeOf(ctx), String(args.id), true),
  }),
  unarchivePerson: t.field({
    type: Person,
    errors: { types: MUTATION_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_parent, args, ctx) => setPersonArchived(scopeOf(ctx), String(args.id), false),
  }),
  deletePerson: t.field({
    type: DeletedPerson,
    description:
      'Deletes a person for good with their touches, one-to-ones, depth history, prompts and referrals; shared touches keep the others, and people they introduced lose only that origin. Archiving is the reversible way.',
    errors: { types: LOOKUP_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_parent, args, ctx) => deletePerson(scopeOf(ctx), String(args.id)),
  }),
}));

/** Who was deleted, so the client can say so. */
const DeletedPerson = builder.objectRef<{ id: string; name: string }>('DeletedPerson').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
  }),
});
