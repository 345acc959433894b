import { prompts } from '@tend/db';
import { SNOOZE_CHOICES } from '@tend/domain';
import { and, eq, or, sql } from 'drizzle-orm';
import { dismissPrompt, snoozePrompt } from '../use-cases/prompts/act-on-prompt.ts';
import { raiseDuePrompts } from '../use-cases/prompts/raise-due-prompts.ts';
import { builder } from './builder.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { Person } from './people.ts';
import { scopeOf } from './scope.ts';

const PromptStatusEnum = builder.enumType('PromptStatus', {
  values: ['OPEN', 'SNOOZED', 'DISMISSED', 'DONE'] as const,
});

export const Prompt = builder.drizzleObject('prompts', {
  name: 'Prompt',
  description: 'A nudge raised when a relationship goes stale.',
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.expose('status', { type: PromptStatusEnum }),
    reason: t.exposeString('reason'),
    dueAt: t.expose('dueAt', { type: 'DateTime' }),
    raisedAt: t.expose('raisedAt', { type: 'DateTime' }),
    snoozedUntil: t.expose('snoozedUntil', { type: 'DateTime', nullable: true }),
    dismissedReason: t.exposeString('dismissedReason', { nullable: true }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    person: t.relation('person'),
  }),
});

/** Open, or snoozed until a moment that has passed. */
const openAt = (table: typeof prompts, now: Date) =>
  or(
    eq(table.status, 'OPEN'),
    and(eq(table.status, 'SNOOZED'), sql`${table.snoozedUntil} <= ${now.toISOString()}`),
  );

const MAX_OPEN_PROMPTS = 100;

builder.queryFields((t) => ({
  openPrompts: t.drizzleField({
    type: ['prompts'],
    description: 'Prompts waiting for an action, most overdue first.',
    resolve: async (query, _parent, _args, ctx) => {
      const now = ctx.now();
      await raiseDuePrompts(ctx.db, ctx.accountId, now, await ctx.settings());
      return ctx.db.query.prompts.findMany(
        query({
          where: { accountId: ctx.accountId, RAW: (table) => openAt(table, now) ?? sql`false` },
          orderBy: { dueAt: 'asc', id: 'asc' },
          limit: MAX_OPEN_PROMPTS,
        }),
      );
    },
  }),
  openPromptCount: t.int({
    description: 'How many prompts wait for an action (for the navigation badge).',
    resolve: async (_parent, _args, ctx) => {
      const now = ctx.now();
      await raiseDuePrompts(ctx.db, ctx.accountId, now, await ctx.settings());
      return ctx.db.$count(
        prompts,
        and(eq(prompts.accountId, ctx.accountId), openAt(prompts, now)),
      );
    },
  }),
}));

builder.drizzleObjectFields(Person, (t) => ({
  prompts: t.relation('prompts', {
    description: 'Every prompt raised for this person, newest first.',
    query: { orderBy: { raisedAt: 'desc', id: 'desc' }, limit: 50 },
  }),
}));

const SnoozeChoiceEnum = builder.enumType('SnoozeChoice', { values: SNOOZE_CHOICES });

const SnoozePromptInput = builder.inputType('SnoozePromptInput', {
  fields: (t) => ({
    choice: t.field({ type: SnoozeChoiceEnum, required: true }),
    until: t.field({ type: 'DateTime', required: false }),
  }),
});

const DismissPromptInput = builder.inputType('DismissPromptInput', {
  fields: (t) => ({ reason: t.string({ required: true }) }),
});

builder.mutationFields((t) => ({
  snoozePrompt: t.field({
    type: Prompt,
    errors: { types: MUTATION_ERRORS },
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: SnoozePromptInput, required: true }),
    },
    resolve: (_parent, args, ctx) => snoozePrompt(scopeOf(ctx), String(args.id), args.input),
  }),
  dismissPrompt: t.field({
    type: Prompt,
    errors: { types: MUTATION_ERRORS },
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: DismissPromptInput, required: true }),
    },
    resolve: (_parent, args, ctx) => dismissPrompt(scopeOf(ctx), String(args.id), args.input),
  }),
}));
