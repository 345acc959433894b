import { INTERACTION_KIND_LABELS, type InteractionKind, isDepthTouch } from '@tend/domain';
import { deleteInteraction } from '../use-cases/interactions/delete-interaction.ts';
import { logInteraction } from '../use-cases/interactions/log-interaction.ts';
import { updateInteraction } from '../use-cases/interactions/update-interaction.ts';
import { builder } from './builder.ts';
import { InteractionKindEnum } from './enums.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { Money, MoneyInput, moneyOf } from './money.ts';
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
    cost: t.field({
      type: Money,
      nullable: true,
      resolve: (i) => moneyOf(i.cost, i.costCurrency),
    }),
    notes: t.exposeString('notes', { nullable: true }),
    people: t.relation('people', { query: { orderBy: { name: 'asc' } } }),
  }),
});

const UpdateInteractionInput = builder.inputType('UpdateInteractionInput', {
  fields: (t) => ({
    kind: t.field({ type: InteractionKindEnum, required: true }),
    occurredAt: t.field({ type: 'DateTime', required: true }),
    durationMinutes: t.field({ type: 'Number', required: false }),
    cost: t.field({ type: MoneyInput, required: false }),
    notes: t.string({ required: false }),
  }),
});

const LogInteractionInput = builder.inputType('LogInteractionInput', {
  fields: (t) => ({
    kind: t.field({ type: InteractionKindEnum, required: true }),
    occurredAt: t.field({ type: 'DateTime', required: true }),
    durationMinutes: t.field({ type: 'Number', required: false }),
    cost: t.field({ type: MoneyInput, required: false }),
    notes: t.string({ required: false }),
    personIds: t.idList({ required: true }),
    groupMeetingId: t.id({
      required: false,
      description: 'The group meeting whose deleted touch this logs again (undo).',
    }),
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
        groupMeetingId:
          args.input.groupMeetingId == null ? null : String(args.input.groupMeetingId),
      }),
  }),
  updateInteraction: t.field({
    type: Interaction,
    description: 'Edits a touch; everyone in it is rescheduled from their touches.',
    errors: { types: MUTATION_ERRORS },
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateInteractionInput, required: true }),
    },
    resolve: (_parent, args, ctx) => updateInteraction(scopeOf(ctx), String(args.id), args.input),
  }),
  deleteInteraction: t.field({
    type: DeletedInteraction,
    description: 'Deletes a touch; everyone in it is rescheduled from their other touches.',
    errors: { types: MUTATION_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_parent, args, ctx) => deleteInteraction(scopeOf(ctx), String(args.id)),
  }),
}));

/** What was deleted, so the client can offer to log it again. */
const DeletedInteraction = builder
  .objectRef<{
    id: string;
    kind: InteractionKind;
    occurredAt: Date;
    notes: string | null;
    groupMeetingId: string | null;
  }>('DeletedInteraction')
  .implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      kind: t.field({ type: InteractionKindEnum, resolve: (i) => i.kind }),
      occurredAt: t.field({ type: 'DateTime', resolve: (i) => i.occurredAt }),
      notes: t.exposeString('notes', { nullable: true }),
      groupMeetingId: t.exposeID('groupMeetingId', {
        nullable: true,
        description: 'The group meeting it was the touch of: give it to logInteraction to undo.',
      }),
    }),
  });
