import { isUuid } from '@tend/domain';
import type { Context } from '../context.ts';
import {
  listPersonTimelines,
  TIMELINE_KINDS,
  TIMELINE_SOURCES,
  type TimelineEntry,
  type TimelineKind,
  type TimelinePage,
  type TimelinePosition,
  type TimelineRow,
} from '../use-cases/people/list-person-timelines.ts';
import { batchLoader } from './batch-loader.ts';
import { builder } from './builder.ts';
import { badArgument } from './connection-cursor.ts';
import { DepthChange } from './depth.ts';
import { Interaction } from './interactions.ts';
import { IntroductionAsk } from './introduction-asks.ts';
import { OneToOne } from './one-to-ones.ts';
import { Person } from './people.ts';
import { Referral } from './referrals.ts';
import { scopeOf } from './scope.ts';

/** The same page sizes as the other connections (Pothos's defaults). */
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

const TimelineKindEnum = builder.enumType('TimelineKind', {
  description: 'A kind of timeline entry. ONE_TO_ONE covers the touches of kind ONE_TO_ONE too.',
  values: TIMELINE_KINDS,
});

const TimelineEntryUnion = builder.unionType('TimelineEntry', {
  description:
    'Something that happened with a person: a touch, a one-to-one, a depth change, a referral, an ask for an introduction.',
  types: [Interaction, OneToOne, DepthChange, Referral, IntroductionAsk],
  // Rows carry no type tag; each table's own instant column tells them apart.
  resolveType: (row) =>
    'occurredAt' in row
      ? 'Interaction'
      : 'startsAt' in row
        ? 'OneToOne'
        : 'referredOn' in row
          ? 'Referral'
          : 'askedAt' in row
            ? 'IntroductionAsk'
            : 'DepthChange',
});

const encodeCursor = ({ atMicros, source, id }: TimelinePosition) =>
  Buffer.from(JSON.stringify([atMicros, source, id])).toString('base64url');

const isSource = (value: unknown): value is TimelinePosition['source'] =>
  TIMELINE_SOURCES.some((source) => source === value);

/** A cursor this field made, or a GraphQL error in words (not a masked "Unexpected error"). */
const parseCursor = (cursor: string): TimelinePosition => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (Array.isArray(parsed) && parsed.length === 3) {
    const [atMicros, source, id] = parsed as unknown[];
    if (
      typeof atMicros === 'string' &&
      /^-?\d{1,18}$/.test(atMicros) &&
      isSource(source) &&
      typeof id === 'string' &&
      isUuid(id)
    ) {
      return { atMicros, source, id };
    }
  }
  throw badArgument('after', 'not a cursor of this timeline; pass an endCursor it returned.');
};

const pageSize = (first: number | null | undefined) => {
  if (first != null && first < 0) {
    throw badArgument('first', 'must be 0 or more.');
  }
  return Math.min(first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
};

const PersonTimelineEdge = builder
  .objectRef<TimelineEntry>('PersonTimelineConnectionEdge')
  .implement({
    fields: (t) => ({
      cursor: t.string({ resolve: (entry) => encodeCursor(entry.position) }),
      node: t.field({ type: TimelineEntryUnion, resolve: (entry): TimelineRow => entry.row }),
    }),
  });

const PersonTimelineConnection = builder
  .objectRef<TimelinePage & { hasPreviousPage: boolean }>('PersonTimelineConnection')
  .implement({
    fields: (t) => ({
      totalCount: t.int({ resolve: (page) => page.totalCount() }),
      pageInfo: t.field({
        type: builder.pageInfoRef(),
        resolve: (page) => {
          const last = page.entries.at(-1);
          const first = page.entries[0];
          return {
            hasNextPage: page.hasNextPage,
            hasPreviousPage: page.hasPreviousPage,
            startCursor: first ? encodeCursor(first.position) : null,
            endCursor: last ? encodeCursor(last.position) : null,
          };
        },
      }),
      edges: t.field({ type: [PersonTimelineEdge], resolve: (page) => page.entries }),
      nodes: t.field({
        type: [TimelineEntryUnion],
        resolve: (page) => page.entries.map((entry): TimelineRow => entry.row),
      }),
    }),
  });

/** The pages of a list of people asked for alike, in one batch. */
const timelinesOf = batchLoader(
  async (
    ctx: Context,
    personIds: string[],
    options: { kinds: TimelineKind[]; limit: number; after: TimelinePosition | null },
  ) => {
    const timezone = (await ctx.settings()).timezone;
    const pages = await listPersonTimelines(scopeOf(ctx), personIds, { ...options, timezone });
    return personIds.map((id) => {
      const page = pages.get(id);
      if (!page) throw new Error(`No timeline for ${id}`);
      return page;
    });
  },
);

builder.drizzleObjectFields(Person, (t) => ({
  timeline: t.field({
    type: PersonTimelineConnection,
    description:
      'Everything that happened with this person, newest first: touches, one-to-ones not ' +
      'logged as a touch, depth changes, referrals they gave, received or were referred in, and asks for introductions. No kinds (or an empty list) means all of them.',
    args: {
      first: t.arg.int({ required: false }),
      after: t.arg.string({ required: false }),
      kinds: t.arg({ type: [TimelineKindEnum], required: false }),
    },
    resolve: async (person, args, ctx) => {
      const limit = pageSize(args.first);
      const after = args.after ? parseCursor(args.after) : null;
      const page = await timelinesOf(ctx, person.id, { kinds: args.kinds ?? [], limit, after });
      return { ...page, hasPreviousPage: after !== null };
    },
  }),
}));
