import type { calendarFeeds } from '@tend/db';
import { createCalendarFeed } from '../use-cases/one-to-ones/create-calendar-feed.ts';
import { findCalendarFeed } from '../use-cases/one-to-ones/find-calendar-feed.ts';
import { revokeCalendarFeed } from '../use-cases/one-to-ones/revoke-calendar-feed.ts';
import { builder } from './builder.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { scopeOf } from './scope.ts';

const CalendarFeed = builder.drizzleObject('calendarFeeds', {
  name: 'CalendarFeed',
  description: 'The secret address calendar apps subscribe to. Its token is never shown again.',
  fields: (t) => ({
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When a calendar app last fetched it, to the hour.',
    }),
  }),
});

const CreatedCalendarFeed = builder
  .objectRef<{ url: string; webcalUrl: string; feed: typeof calendarFeeds.$inferSelect }>(
    'CreatedCalendarFeed',
  )
  .implement({
    fields: (t) => ({
      url: t.exposeString('url', { description: 'Shown only now: only its hash is kept.' }),
      webcalUrl: t.exposeString('webcalUrl', {
        description: 'The same address as webcal://, which opens a calendar app to subscribe.',
      }),
      feed: t.field({ type: CalendarFeed, resolve: (created) => created.feed }),
    }),
  });

builder.queryFields((t) => ({
  calendarFeed: t.field({
    type: CalendarFeed,
    nullable: true,
    description: "The account's calendar feed, if it has one.",
    resolve: (_parent, _args, ctx) => findCalendarFeed(scopeOf(ctx)),
  }),
}));

builder.mutationFields((t) => ({
  createCalendarFeed: t.field({
    type: CreatedCalendarFeed,
    description: 'A new secret feed address; the earlier one, if any, stops working.',
    errors: { types: MUTATION_ERRORS },
    resolve: (_parent, _args, ctx) => createCalendarFeed(scopeOf(ctx), ctx.origin),
  }),
  revokeCalendarFeed: t.boolean({
    description: 'Stops the feed address working; false when there was none.',
    resolve: (_parent, _args, ctx) => revokeCalendarFeed(scopeOf(ctx)),
  }),
}));
