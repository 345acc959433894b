import type { oneToOnes } from '@tend/db';
import { scheduleOneToOne } from '../use-cases/one-to-ones/schedule-one-to-one.ts';
import { builder } from './builder.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { Person } from './people.ts';
import { scopeOf } from './scope.ts';

type OneToOneRow = typeof oneToOnes.$inferSelect;
type AgendaValue = NonNullable<OneToOneRow['agenda']>;

const EMPTY_AGENDA: AgendaValue = {
  learn: { goals: '', accomplishments: '', interests: '', networks: '', skills: '' },
  tell: '',
};

/** How many planned one-to-ones the upcoming list shows. */
const UPCOMING_SHOWN = 50;

const OneToOneStatusEnum = builder.enumType('OneToOneStatus', {
  values: ['PLANNED', 'DONE', 'CANCELLED', 'NO_SHOW'] as const,
});

const OneToOneLearn = builder.objectRef<AgendaValue['learn']>('OneToOneLearn').implement({
  description: 'What to learn about them in the meeting.',
  fields: (t) => ({
    goals: t.exposeString('goals'),
    accomplishments: t.exposeString('accomplishments'),
    interests: t.exposeString('interests'),
    networks: t.exposeString('networks'),
    skills: t.exposeString('skills'),
  }),
});

const OneToOneAgenda = builder.objectRef<AgendaValue>('OneToOneAgenda').implement({
  description: 'What to learn about them, and what to tell them about my business.',
  fields: (t) => ({
    learn: t.field({
      type: OneToOneLearn,
      resolve: (agenda) => ({ ...EMPTY_AGENDA.learn, ...agenda.learn }),
    }),
    tell: t.string({ resolve: (agenda) => agenda.tell ?? '' }),
  }),
});

export const OneToOne = builder.drizzleObject('oneToOnes', {
  name: 'OneToOne',
  description: 'A scheduled meeting with one person.',
  fields: (t) => ({
    id: t.exposeID('id'),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    durationMinutes: t.exposeInt('durationMinutes'),
    place: t.exposeString('place', { nullable: true }),
    videoLink: t.exposeString('videoLink', { nullable: true }),
    agenda: t.field({
      type: OneToOneAgenda,
      resolve: (oneToOne) => oneToOne.agenda ?? EMPTY_AGENDA,
    }),
    status: t.expose('status', { type: OneToOneStatusEnum }),
    sequence: t.exposeInt('sequence', {
      description: 'The calendar invite SEQUENCE, raised on every change.',
    }),
    person: t.relation('person'),
  }),
});

const ScheduleOneToOnePayload = builder
  .objectRef<{ oneToOne: OneToOneRow; clashes: OneToOneRow[] }>('ScheduleOneToOnePayload')
  .implement({
    fields: (t) => ({
      oneToOne: t.field({ type: OneToOne, resolve: (payload) => payload.oneToOne }),
      clashes: t.field({
        type: [OneToOne],
        description: 'Planned one-to-ones of the account that overlap this one, soonest first.',
        resolve: (payload) => payload.clashes,
      }),
    }),
  });

const OneToOneLearnInput = builder.inputType('OneToOneLearnInput', {
  fields: (t) => ({
    goals: t.string({ required: false }),
    accomplishments: t.string({ required: false }),
    interests: t.string({ required: false }),
    networks: t.string({ required: false }),
    skills: t.string({ required: false }),
  }),
});

const OneToOneAgendaInput = builder.inputType('OneToOneAgendaInput', {
  fields: (t) => ({
    learn: t.field({ type: OneToOneLearnInput, required: false }),
    tell: t.string({ required: false }),
  }),
});

const ScheduleOneToOneInput = builder.inputType('ScheduleOneToOneInput', {
  fields: (t) => ({
    startsAt: t.field({ type: 'DateTime', required: true }),
    durationMinutes: t.int({ required: false }),
    place: t.string({ required: false }),
    videoLink: t.string({ required: false }),
    agenda: t.field({
      type: OneToOneAgendaInput,
      required: false,
      description: "Left out, what to tell them starts from the account's offer.",
    }),
  }),
});

builder.mutationFields((t) => ({
  scheduleOneToOne: t.field({
    type: ScheduleOneToOnePayload,
    description: 'Plans a one-to-one with a person, listing the planned ones it clashes with.',
    errors: { types: MUTATION_ERRORS },
    args: {
      personId: t.arg.id({ required: true }),
      input: t.arg({ type: ScheduleOneToOneInput, required: true }),
    },
    resolve: (_parent, args, ctx) =>
      scheduleOneToOne(scopeOf(ctx), String(args.personId), args.input),
  }),
}));

builder.queryFields((t) => ({
  upcomingOneToOnes: t.drizzleField({
    type: ['oneToOnes'],
    description: `Planned one-to-ones from now on, the ${UPCOMING_SHOWN} soonest first.`,
    resolve: (query, _parent, _args, ctx) =>
      ctx.db.query.oneToOnes.findMany(
        query({
          where: { accountId: ctx.accountId, status: 'PLANNED', startsAt: { gte: ctx.now() } },
          orderBy: { startsAt: 'asc', id: 'asc' },
          limit: UPCOMING_SHOWN,
        }),
      ),
  }),
}));

builder.drizzleObjectFields(Person, (t) => ({
  nextOneToOne: t.field({
    type: OneToOne,
    nullable: true,
    description: 'The soonest planned one-to-one with this person still to come.',
    resolve: async (person, _args, ctx) =>
      (await ctx.db.query.oneToOnes.findFirst({
        where: {
          accountId: ctx.accountId,
          personId: person.id,
          status: 'PLANNED',
          startsAt: { gt: ctx.now() },
        },
        orderBy: { startsAt: 'asc', id: 'asc' },
      })) ?? null,
  }),
}));
