import { completionRate, weekContaining, weeklyReason } from '@tend/domain';
import { getWeeklyList } from '../use-cases/weekly/get-weekly-list.ts';
import { markWeeklyItem } from '../use-cases/weekly/mark-weekly-item.ts';
import { builder } from './builder.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { scopeOf } from './scope.ts';

const WeeklyItemStatusEnum = builder.enumType('WeeklyItemStatus', {
  values: ['PENDING', 'DONE', 'SKIPPED'] as const,
});

export const WeeklyListItem = builder.drizzleObject('weeklyListItems', {
  name: 'WeeklyListItem',
  fields: (t) => ({
    id: t.exposeID('id'),
    position: t.exposeInt('position'),
    reason: t.string({
      description:
        'Why this person, this week, with the calendar days counted up to now (up to when marked done or skipped).',
      resolve: async (item, _args, ctx) =>
        weeklyReason(item, ctx.now(), (await ctx.settings()).timezone),
    }),
    status: t.expose('status', { type: WeeklyItemStatusEnum }),
    actedAt: t.expose('actedAt', { type: 'DateTime', nullable: true }),
    person: t.relation('person'),
  }),
});

export const WeeklyList = builder.drizzleObject('weeklyLists', {
  name: 'WeeklyList',
  description: 'A week’s reconnect list: made once for the week, then fixed.',
  fields: (t) => ({
    id: t.exposeID('id'),
    weekStartsOn: t.exposeString('weekStartsOn'),
    items: t.relation('items', { query: { orderBy: { position: 'asc' } } }),
    completionRate: t.float({
      description: 'Share of the list done, 0–1 (0 for an empty list).',
      select: { with: { items: { columns: { status: true } } } },
      resolve: (list) => completionRate(list.items),
    }),
  }),
});

builder.queryFields((t) => ({
  weeklyList: t.drizzleField({
    type: 'weeklyLists',
    description: 'This week’s reconnect list (made now if this is the first look this week).',
    resolve: async (query, _parent, _args, ctx) => {
      const list = await getWeeklyList(ctx.db, ctx.accountId, ctx.now(), await ctx.settings());
      const found = await ctx.db.query.weeklyLists.findFirst(
        query({ where: { id: list.id, accountId: ctx.accountId } }),
      );
      return found ?? list;
    },
  }),
  pastWeeklyLists: t.drizzleField({
    type: ['weeklyLists'],
    description: 'Earlier weeks’ lists, newest first, with their completion.',
    args: { limit: t.arg.int({ required: false, defaultValue: 12 }) },
    resolve: async (query, _parent, args, ctx) => {
      const settings = await ctx.settings();
      const thisWeek = weekContaining(ctx.now(), settings.timezone, settings.weekStart);
      return ctx.db.query.weeklyLists.findMany(
        query({
          where: { accountId: ctx.accountId, weekStartsOn: { lt: thisWeek.startsOn } },
          orderBy: { weekStartsOn: 'desc' },
          limit: Math.min(Math.max(args.limit ?? 12, 1), 52),
        }),
      );
    },
  }),
}));

builder.mutationFields((t) => ({
  markWeeklyItem: t.field({
    type: WeeklyListItem,
    errors: { types: MUTATION_ERRORS },
    args: {
      id: t.arg.id({ required: true }),
      status: t.arg({ type: WeeklyItemStatusEnum, required: true }),
    },
    resolve: (_parent, args, ctx) => markWeeklyItem(scopeOf(ctx), String(args.id), args.status),
  }),
}));
