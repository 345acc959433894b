import { INTERACTION_KIND_LABELS, isDepthTouch } from '@tend/domain';
import { logInteraction } from '../use-cases/interactions/log-interaction.ts';
import { builder } from './builder.ts';
import { InteractionKindEnum } from './enums.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { Person } from './people.ts';
import { scopeOf } from './scope.ts';

export const Interaction = builder.drizzleObject('interactions', {
  name: 'Interaction',
  description: 'A touch: a one-to-one, call, message, group meeting …',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: InteractionKindEnum }),
    kindLabel: t.string({ resolve: (i) => INTERACTION_KIND_LABELS[i.kind] }),
    isDepthTouch: t.boolean({
      description: 'Whether this kind deepens a relationship and restarts the cadence clock.',
      resolve: async (i, _args, ctx) =>
        isDepthTouch(i.kind, (await ctx.settings()).depthTouchKinds),
    }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    durationMinutes: t.exposeInt('durationMinutes', { nullable: true }),
    cost: t.exposeFloat('cost', { nullable: true }),
    notes: t.exposeString('notes', { nullable: true }),
    people: t.relation('people', { query: { orderBy: { name: 'asc' } } }),
  }),
});

builder.drizzleObjectFields(Person, (t) => ({
  timeline: t.relatedConnection('interactions', {
    description: 'Touches with this person, newest first.',
    query: { orderBy: { occurredAt: 'desc', createdAt: 'desc', id: 'desc' } },
    totalCount: true,
  }),
}));

const LogInteractionInput = builder.inputType('LogInteractionInput', {
  fields: (t) => ({
    kind: t.field({ type: InteractionKindEnum, required: true }),
    occurredAt: t.field({ type: 'DateTime', required: true }),
    durationMinutes: t.int({ required: false }),
    cost: t.float({ required: false }),
    notes: t.string({ required: false }),
    personIds: t.idList({ required: true }),
  }),
});

builder.mutationFields((t) => ({
  logInteraction: t.field({
    type: Interaction,
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: LogInteractionInput, required: true }) },
    resolve: (_parent, args, ctx) =>
      logInteraction(scopeOf(ctx), {
        ...args.input,
        personIds: args.input.personIds.map(String),
      }),
  }),
}));
