import type { oneToOnes } from '@tend/db';
import {
  type OneToOneAgenda as Agenda,
  AWAITING_OUTCOME_DAYS,
  addElapsedDays,
  agendaText,
  fullAgenda,
  googleCalendarUrl,
  isUuid,
  notFound,
  oneToOneEndsAt,
  oneToOneEventText,
  outlookCalendarUrl,
} from '@tend/domain';
import { cancelOneToOne } from '../use-cases/one-to-ones/cancel-one-to-one.ts';
import { completeOneToOne } from '../use-cases/one-to-ones/complete-one-to-one.ts';
import { findSlotClashes } from '../use-cases/one-to-ones/find-slot-clashes.ts';
import { markOneToOneNoShow } from '../use-cases/one-to-ones/mark-one-to-one-no-show.ts';
import { rescheduleOneToOne } from '../use-cases/one-to-ones/reschedule-one-to-one.ts';
import { scheduleOneToOne } from '../use-cases/one-to-ones/schedule-one-to-one.ts';
import { builder } from './builder.ts';
import { LOOKUP_ERRORS, MUTATION_ERRORS } from './errors.ts';
import { Interaction } from './interactions.ts';
import { Person } from './people.ts';
import { scopeOf } from './scope.ts';

type OneToOneRow = typeof oneToOnes.$inferSelect;

/** How many planned one-to-ones the upcoming list shows. */
const UPCOMING_SHOWN = 100;
/** How many planned one-to-ones a person's page shows. */
const PERSON_PLANNED_SHOWN = 20;

// The person comes with the one-to-one in the same query, not one query per meeting.
const withPersonName = { with: { person: { columns: { name: true } } } } as const;

const OneToOneStatusEnum = builder.enumType('OneToOneStatus', {
  values: ['PLANNED', 'DONE', 'CANCELLED', 'NO_SHOW'] as const,
});

const OneToOneLearn = builder.objectRef<Agenda['learn']>('OneToOneLearn').implement({
  description: 'What to learn about them in the meeting.',
  fields: (t) => ({
    goals: t.exposeString('goals'),
    accomplishments: t.exposeString('accomplishments'),
    interests: t.exposeString('interests'),
    networks: t.exposeString('networks'),
    skills: t.exposeString('skills'),
  }),
});

const OneToOneAgenda = builder.objectRef<Agenda>('OneToOneAgenda').implement({
  description: 'What to learn about them, and what to tell them about my business.',
  fields: (t) => ({
    learn: t.field({ type: OneToOneLearn, resolve: (agenda) => agenda.learn }),
    tell: t.exposeString('tell'),
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
      resolve: (oneToOne) => fullAgenda(oneToOne.agenda),
    }),
    agendaText: t.string({
      description: 'The agenda as plain text: the notes a done meeting starts from.',
      resolve: (oneToOne) => agendaText(fullAgenda(oneToOne.agenda)),
    }),
    status: t.expose('status', { type: OneToOneStatusEnum }),
    sequence: t.exposeInt('sequence', {
      description:
        'The calendar invite SEQUENCE, raised when the invite changes (moved or cancelled).',
    }),
    person: t.relation('person'),
    touch: t.relation('interaction', {
      nullable: true,
      description:
        'The touch a done one-to-one was logged as, with the notes taken; null until it is done, or once that touch is deleted.',
    }),
    endsAt: t.field({
      type: 'DateTime',
      resolve: (oneToOne) => oneToOneEndsAt(oneToOne),
    }),
    inviteUrl: t.string({
      description: 'The .ics invite to download (needs the session cookie).',
      resolve: (oneToOne) => `/calendar/one-to-ones/${oneToOne.id}.ics`,
    }),
    googleCalendarUrl: t.string({
      select: withPersonName,
      resolve: (oneToOne) => googleCalendarUrl(oneToOneEventText(oneToOne, oneToOne.person.name)),
    }),
    outlookCalendarUrl: t.string({
      select: withPersonName,
      resolve: (oneToOne) => outlookCalendarUrl(oneToOneEventText(oneToOne, oneToOne.person.name)),
    }),
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

/** The plan of a meeting, as scheduled and as rescheduled; they differ in a missing agenda. */
const planInput = (name: string, agendaLeftOut: string) =>
  builder.inputType(name, {
    fields: (t) => ({
      startsAt: t.field({ type: 'DateTime', required: true }),
      durationMinutes: t.field({ type: 'Number', required: false }),
      place: t.string({ required: false }),
      videoLink: t.string({ required: false }),
      agenda: t.field({ type: OneToOneAgendaInput, required: false, description: agendaLeftOut }),
    }),
  });

const ScheduleOneToOneInput = planInput(
  'ScheduleOneToOneInput',
  "Left out, what to tell them starts from the account's offer.",
);

const RescheduleOneToOneInput = planInput(
  'RescheduleOneToOneInput',
  'Left out or null, the agenda stays as it is.',
);

const CompleteOneToOneInput = builder.inputType('CompleteOneToOneInput', {
  fields: (t) => ({
    notes: t.string({
      required: false,
      description: 'Left out, the agenda as text; null or empty, no notes.',
    }),
    durationMinutes: t.field({
      type: 'Number',
      required: false,
      description: 'Left out, the planned duration.',
    }),
  }),
});

const CompleteOneToOnePayload = builder
  .objectRef<Awaited<ReturnType<typeof completeOneToOne>>>('CompleteOneToOnePayload')
  .implement({
    fields: (t) => ({
      oneToOne: t.field({ type: OneToOne, resolve: (payload) => payload.oneToOne }),
      interaction: t.field({
        type: Interaction,
        description: 'The one-to-one touch it logged.',
        resolve: (payload) => payload.interaction,
      }),
      person: t.field({
        type: Person,
        description: 'The person as they now stand, to ask whether trust or understanding changed.',
        resolve: (payload) => payload.person,
      }),
    }),
  });

builder.mutationFields((t) => ({
  scheduleOneToOne: t.field({
    type: ScheduleOneToOnePayload,
    description:
      'Plans a one-to-one with a person who is not archived, listing the planned ones it clashes with.',
    errors: { types: MUTATION_ERRORS },
    args: {
      personId: t.arg.id({ required: true }),
      input: t.arg({ type: ScheduleOneToOneInput, required: true }),
    },
    resolve: (_parent, args, ctx) =>
      scheduleOneToOne(scopeOf(ctx), String(args.personId), args.input),
  }),
  rescheduleOneToOne: t.field({
    type: ScheduleOneToOnePayload,
    description:
      'Gives a planned one-to-one a new plan, checked as scheduling checks it, and raises the invite SEQUENCE. A field left out keeps its stored value, as does a null duration or agenda; a null place or video link clears it. Refused for an archived person. Lists the planned ones it clashes with.',
    errors: { types: MUTATION_ERRORS },
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: RescheduleOneToOneInput, required: true }),
    },
    resolve: (_parent, args, ctx) => rescheduleOneToOne(scopeOf(ctx), String(args.id), args.input),
  }),
  cancelOneToOne: t.field({
    type: OneToOne,
    description: 'Calls a planned one-to-one off; its invite becomes a cancellation.',
    errors: { types: MUTATION_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_parent, args, ctx) => cancelOneToOne(scopeOf(ctx), String(args.id)),
  }),
  markOneToOneNoShow: t.field({
    type: OneToOne,
    description: 'Records that a started one-to-one did not happen; no touch is logged.',
    errors: { types: MUTATION_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_parent, args, ctx) => markOneToOneNoShow(scopeOf(ctx), String(args.id)),
  }),
  completeOneToOne: t.field({
    type: CompleteOneToOnePayload,
    description:
      'Marks a planned one-to-one done, logging it as a one-to-one touch with the person.',
    errors: { types: MUTATION_ERRORS },
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: CompleteOneToOneInput, required: false }),
    },
    resolve: (_parent, args, ctx) => completeOneToOne(scopeOf(ctx), String(args.id), args.input),
  }),
}));

builder.queryFields((t) => ({
  oneToOne: t.drizzleField({
    type: 'oneToOnes',
    description: "One of the account's one-to-ones, whatever its status.",
    errors: { types: LOOKUP_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _parent, args, ctx) => {
      const id = String(args.id);
      const oneToOne = isUuid(id)
        ? await ctx.db.query.oneToOnes.findFirst(query({ where: { id, accountId: ctx.accountId } }))
        : undefined;
      if (!oneToOne) throw notFound('one-to-one', id);
      return oneToOne;
    },
  }),
  upcomingOneToOnes: t.drizzleField({
    type: ['oneToOnes'],
    description: `Planned one-to-ones that started at most ${AWAITING_OUTCOME_DAYS} days ago (awaiting word of how they went) or are still to come, the ${UPCOMING_SHOWN} soonest first.`,
    resolve: (query, _parent, _args, ctx) =>
      ctx.db.query.oneToOnes.findMany(
        query({
          where: {
            accountId: ctx.accountId,
            status: 'PLANNED',
            startsAt: { gte: addElapsedDays(ctx.now(), -AWAITING_OUTCOME_DAYS) },
          },
          orderBy: { startsAt: 'asc', id: 'asc' },
          limit: UPCOMING_SHOWN,
        }),
      ),
  }),
  oneToOneClashes: t.field({
    type: [OneToOne],
    description:
      "The account's planned one-to-ones a meeting in this slot would overlap, soonest first, to warn of before saving. excludeId is the meeting being rescheduled. Only a warning: a duration outside the scheduling limits gives none.",
    args: {
      startsAt: t.arg({ type: 'DateTime', required: true }),
      durationMinutes: t.arg.int({ required: true }),
      excludeId: t.arg.id({ required: false }),
    },
    resolve: (_parent, args, ctx) =>
      findSlotClashes(scopeOf(ctx), {
        startsAt: args.startsAt,
        durationMinutes: args.durationMinutes,
        excludeId: args.excludeId == null ? null : String(args.excludeId),
      }),
  }),
}));

builder.drizzleObjectFields(Person, (t) => ({
  nextOneToOne: t.field({
    type: OneToOne,
    nullable: true,
    description: 'The soonest planned one-to-one with this person still to come.',
    // Loaded with the people themselves, so a list asks for all of theirs in one query.
    select: (_args, ctx, nestedSelection) => ({
      with: {
        oneToOnes: nestedSelection({
          where: { status: 'PLANNED', startsAt: { gt: ctx.now() } },
          orderBy: { startsAt: 'asc', id: 'asc' },
          limit: 1,
        }),
      },
    }),
    resolve: (person) => person.oneToOnes[0] ?? null,
  }),
  lastOneToOne: t.field({
    type: OneToOne,
    nullable: true,
    description:
      'The latest one-to-one with this person that was done, whose notes the next one starts from.',
    select: (_args, _ctx, nestedSelection) => ({
      with: {
        oneToOnes: nestedSelection({
          where: { status: 'DONE' },
          orderBy: { startsAt: 'desc', id: 'desc' },
          limit: 1,
        }),
      },
    }),
    resolve: (person) => person.oneToOnes[0] ?? null,
  }),
  plannedOneToOnes: t.relation('oneToOnes', {
    description: `The planned one-to-ones with this person, started ones awaiting word of how they went among them, the ${PERSON_PLANNED_SHOWN} soonest first.`,
    query: {
      where: { status: 'PLANNED' },
      orderBy: { startsAt: 'asc', id: 'asc' },
      limit: PERSON_PLANNED_SHOWN,
    },
  }),
}));
