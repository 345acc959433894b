import { prompts } from '@tend/db';
import { promptReason, SNOOZE_CHOICES } from '@tend/domain';
import { and, count, eq, sql } from 'drizzle-orm';
import { dismissPrompt, snoozePrompt } from '../use-cases/prompts/act-on-prompt.ts';
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
    reason: t.string({
      description:
        'Why it was raised, with the calendar days counted up to now (up to its closing once closed).',
      resolve: async (prompt, _args, ctx) =>
        promptReason(prompt, ctx.now(), (await ctx.settings()).timezone),
    }),
    dueAt: t.expose('dueAt', { type: 'DateTime' }),
    raisedAt: t.expose('raisedAt', { type: 'DateTime' }),
    snoozedUntil: t.expose('snoozedUntil', { type: 'DateTime', nullable: true }),
    dismissedReason: t.exposeString('dismissedReason', { nullable: true }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    person: t.relation('person'),
  }),
});

const MAX_OPEN_PROMPTS = 100;
/** A page of work, most overdue first; the count still says how many more wait. */
const OPEN_PROMPTS_SHOWN = 50;

builder.queryFields((t) => ({
  openPrompts: t.drizzleField({
    type: ['prompts'],
    description: `Prompts waiting for an action, the ${OPEN_PROMPTS_SHOWN} most overdue first.`,
    resolve: async (query, _parent, _args, ctx) => {
      return ctx.db.query.prompts.findMany(
        query({
          where: { accountId: ctx.accountId, status: 'OPEN' },
          orderBy: { dueAt: 'asc', id: 'asc' },
          limit: OPEN_PROMPTS_SHOWN,
        }),
      );
    },
  }),
  openPromptCount: t.int({
    description: `How many prompts wait for an action, counted up to ${MAX_OPEN_PROMPTS} (the navigation badge shows more as "${MAX_OPEN_PROMPTS - 1}+").`,
    resolve: async (_parent, _args, ctx) => {
      // Counting stops at the cap, so the badge costs the same for 10 open prompts or 50,000.
      const open = ctx.db
        .select({ one: sql`1` })
        .from(prompts)
        .where(and(eq(prompts.accountId, ctx.accountId), eq(prompts.status, 'OPEN')))
        .limit(MAX_OPEN_PROMPTS)
        .as('open');
      const [row] = await ctx.db.select({ count: count() }).from(open);
      return row?.count ?? 0;
    },
  }),
}));

builder.drizzleObjectFields(Person, (t) => ({
  prompts: t.relation('prompts', {
    description: 'Every prompt raised for this person, newest first.',
    query: { orderBy: { raisedAt: 'desc', id: 'desc' }, limit: 50 },
  }),
  openPrompt: t.field({
    type: Prompt,
    nullable: true,
    description: 'The prompt waiting for an action on this person, if any.',
    // Loaded with the people themselves, so a list asks for all of theirs in one query.
    select: (_args, _ctx, nestedSelection) => ({
      with: {
        prompts: nestedSelection({
          where: { status: 'OPEN' },
          orderBy: { dueAt: 'desc', id: 'desc' },
          limit: 1,
        }),
      },
    }),
    resolve: (person) => person.prompts[0] ?? null,
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
