import {
  type DbExecutor,
  depthChanges,
  interactionParticipants,
  interactions,
  introductionAsks,
  oneToOnes,
  people,
  referrals,
} from '@tend/db';
import { and, asc, eq, ne, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Scope } from '../scope.ts';

export const TIMELINE_KINDS = [
  'TOUCH',
  'ONE_TO_ONE',
  'DEPTH_CHANGE',
  'REFERRAL',
  'INTRODUCTION_ASK',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** The tables entries come from, in the order entries at the same instant are listed. */
export const TIMELINE_SOURCES = [
  'interaction',
  'oneToOne',
  'depthChange',
  'referral',
  'introductionAsk',
] as const;
export type TimelineSource = (typeof TIMELINE_SOURCES)[number];

/**
 * Where an entry sits: newest first by instant, then by source, then by id descending.
 * The instant is in microseconds since the epoch, as Postgres stores it: a JavaScript Date
 * holds only milliseconds, and rounding would skip or repeat entries at a page boundary.
 */
export type TimelinePosition = { atMicros: string; source: TimelineSource; id: string };

type InteractionRow = typeof interactions.$inferSelect;
type OneToOneRow = typeof oneToOnes.$inferSelect;
type DepthChangeRow = typeof depthChanges.$inferSelect;
type ReferralRow = typeof referrals.$inferSelect;
type IntroductionAskRow = typeof introductionAsks.$inferSelect;
export type TimelineRow =
  | InteractionRow
  | OneToOneRow
  | DepthChangeRow
  | ReferralRow
  | IntroductionAskRow;
export type TimelineEntry = { position: TimelinePosition; row: TimelineRow };

export type TimelinePage = {
  entries: TimelineEntry[];
  hasNextPage: boolean;
  /** Counted only when asked for. */
  totalCount: () => Promise<number>;
};

const micros = (at: AnyPgColumn | SQL) =>
  sql<string>`(extract(epoch from ${at}) * 1000000)::bigint`.as('at_micros');

const entryOf = (source: TimelineSource, id: AnyPgColumn, at: AnyPgColumn | SQL) => ({
  source: sql<TimelineSource>`${source}::text`.as('source'),
  rank: sql<number>`${TIMELINE_SOURCES.indexOf(source)}::int`.as('rank'),
  id: sql<string>`${id}`.as('id'),
  atMicros: micros(at),
});

/**
 * The entries of the person `personId` names (a column of the enclosing query) of the chosen
 * kinds as (source, rank, id, at_micros), one branch per table. A done one-to-one is shown only as the touch it logged (of kind ONE_TO_ONE, so it also
 * answers the one-to-one filter): once, and not at all when that touch was deleted, so undoing
 * a delete never shows the meeting twice. None chosen means every kind.
 */
const timelineEntries = (
  db: DbExecutor,
  accountId: string,
  personId: AnyPgColumn,
  kinds: TimelineKind[],
  timezone: string,
) => {
  const wanted = (kind: TimelineKind) => kinds.length === 0 || kinds.includes(kind);
  const branches = [];
  if (wanted('TOUCH') || wanted('ONE_TO_ONE')) {
    branches.push(
      db
        .select(entryOf('interaction', interactions.id, interactions.occurredAt))
        .from(interactionParticipants)
        .innerJoin(
          interactions,
          and(
            eq(interactions.accountId, interactionParticipants.accountId),
            eq(interactions.id, interactionParticipants.interactionId),
          ),
        )
        .where(
          and(
            eq(interactionParticipants.accountId, accountId),
            eq(interactionParticipants.personId, personId),
            wanted('TOUCH') ? undefined : eq(interactions.kind, 'ONE_TO_ONE'),
          ),
        ),
    );
  }
  if (wanted('ONE_TO_ONE')) {
    branches.push(
      db
        .select(entryOf('oneToOne', oneToOnes.id, oneToOnes.startsAt))
        .from(oneToOnes)
        .where(
          and(
            eq(oneToOnes.accountId, accountId),
            eq(oneToOnes.personId, personId),
            ne(oneToOnes.status, 'DONE'),
          ),
        ),
    );
  }
  if (wanted('DEPTH_CHANGE')) {
    branches.push(
      db
        .select(entryOf('depthChange', depthChanges.id, depthChanges.changedAt))
        .from(depthChanges)
        .where(and(eq(depthChanges.accountId, accountId), eq(depthChanges.personId, personId))),
    );
  }
  if (wanted('REFERRAL')) {
    // A referral is dated by its day: it sits at the start of that day in the account's zone,
    // on the timeline of who gave or received it and of the one referred.
    branches.push(
      db
        .select(
          entryOf(
            'referral',
            referrals.id,
            sql`(${referrals.referredOn}::timestamp at time zone ${timezone})`,
          ),
        )
        .from(referrals)
        .where(
          and(
            eq(referrals.accountId, accountId),
            or(eq(referrals.personId, personId), eq(referrals.referredPersonId, personId)),
          ),
        ),
    );
  }
  if (wanted('INTRODUCTION_ASK')) {
    branches.push(
      db
        .select(entryOf('introductionAsk', introductionAsks.id, introductionAsks.askedAt))
        .from(introductionAsks)
        .where(
          and(eq(introductionAsks.accountId, accountId), eq(introductionAsks.personId, personId)),
        ),
    );
  }
  // Joined by hand: drizzle's unionAll wants the same tables in every branch.
  return sql`(${sql.join(branches, sql` union all `)}) as entries`;
};

/** The columns of the `entries` subquery. */
const column = {
  source: sql<TimelineSource>`entries.source`,
  rank: sql`entries.rank`,
  id: sql<string>`entries.id`,
  atMicros: sql`entries.at_micros`,
};

/** The rows of one table, by id, for the entries of a page that come from it. */
const rowsById = async (
  db: DbExecutor,
  accountId: string,
  source: TimelineSource,
  ids: string[],
) => {
  if (ids.length === 0) return new Map<string, TimelineRow>();
  const where = { accountId, id: { in: ids } };
  const rows: TimelineRow[] =
    source === 'interaction'
      ? await db.query.interactions.findMany({ where })
      : source === 'oneToOne'
        ? await db.query.oneToOnes.findMany({ where })
        : source === 'referral'
          ? await db.query.referrals.findMany({ where })
          : source === 'introductionAsk'
            ? await db.query.introductionAsks.findMany({ where })
            : await db.query.depthChanges.findMany({ where });
  return new Map(rows.map((row) => [row.id, row]));
};

/**
 * A page of everything that happened with each of these people (touches, one-to-ones not
 * logged as a touch, depth changes, referrals, asks for introductions), newest first, after
 * `after` when given, by person. A fixed handful of statements for any number of people: the
 * pages in one (each person's own, as a lateral subquery), then each table's rows of them. The
 * caller has checked that the people are the account's.
 */
export const listPersonTimelines = async (
  { db, accountId }: Scope,
  personIds: readonly string[],
  options: {
    kinds: TimelineKind[];
    limit: number;
    after: TimelinePosition | null;
    /** The account's zone, for the calendar day each touch counts on. */
    timezone: string;
  },
): Promise<Map<string, TimelinePage>> => {
  const { kinds, limit, after, timezone } = options;
  const entries = () => timelineEntries(db, accountId, people.id, kinds, timezone);
  const thesePeople = and(
    eq(people.accountId, accountId),
    // One array parameter: a whole network is more than a statement's parameters.
    sql`${people.id} = any(${sql.param([...personIds])}::uuid[])`,
  );
  const rank = after ? TIMELINE_SOURCES.indexOf(after.source) : 0;
  const afterCondition: SQL | undefined = after
    ? sql`(${column.atMicros} < ${after.atMicros}::bigint or (${column.atMicros} = ${after.atMicros}::bigint and (${column.rank} > ${rank} or (${column.rank} = ${rank} and ${column.id} < ${after.id}::uuid))))`
    : undefined;
  const page = db
    .select({
      source: sql<TimelineSource>`${column.source}`.as('source'),
      rank: sql<number>`${column.rank}`.as('rank'),
      id: sql<string>`${column.id}`.as('id'),
      atMicros: sql<string>`${column.atMicros}`.as('at_micros'),
    })
    .from(entries())
    .where(afterCondition)
    .orderBy(sql`${column.atMicros} desc`, sql`${column.rank} asc`, sql`${column.id} desc`)
    .limit(limit + 1)
    .as('page');
  const positions = await db
    .select({
      personId: people.id,
      source: page.source,
      id: page.id,
      atMicros: sql<string>`${page.atMicros}::text`,
    })
    .from(people)
    .crossJoinLateral(page)
    .where(thesePeople)
    .orderBy(people.id, sql`${page.atMicros} desc`, asc(page.rank), sql`${page.id} desc`);

  const positionsOf = new Map<string, TimelinePosition[]>(personIds.map((id) => [id, []]));
  for (const { personId, ...position } of positions) positionsOf.get(personId)?.push(position);
  const shown = [...positionsOf.values()].flatMap((found) => found.slice(0, limit));
  const loaded = new Map<TimelineSource, Map<string, TimelineRow>>();
  for (const source of TIMELINE_SOURCES) {
    const ids = shown.filter((position) => position.source === source).map(({ id }) => id);
    loaded.set(source, await rowsById(db, accountId, source, [...new Set(ids)]));
  }

  // Everyone's counted at once, when the first page's count is asked for.
  let counted: Promise<Map<string, number>> | undefined;
  const totals = () => {
    counted ??= db
      .select({
        personId: people.id,
        total: sql<number>`(select count(*) from ${entries()})`.mapWith(Number),
      })
      .from(people)
      .where(thesePeople)
      .then((rows) => new Map(rows.map(({ personId, total }) => [personId, total])));
    return counted;
  };

  return new Map(
    [...positionsOf].map(([personId, found]) => [
      personId,
      {
        entries: found.slice(0, limit).map((position) => {
          const row = loaded.get(position.source)?.get(position.id);
          if (!row) throw new Error(`Timeline ${position.source} ${position.id} vanished`);
          return { position, row };
        }),
        hasNextPage: found.length > limit,
        totalCount: async () => (await totals()).get(personId) ?? 0,
      },
    ]),
  );
};
