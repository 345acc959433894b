/**
 * The floor the load bench measures Tend against: fastify and pg alone, answering the same
 * operations with the same rows (session lookup, then the rows), with no GraphQL, no ORM, no
 * per-account transaction or row-level security. Not part of the app. Its queries are exported
 * for the yoga floors (yoga-floor-server.ts), which send the same SQL through graphql-yoga, on
 * the pool or on one account transaction's client.
 */
import {
  cadenceAnchor,
  dueState,
  nextDueFor,
  promptReason,
  resolveCadence,
  weekContaining,
  weeklyReason,
} from '@tend/domain';
import Fastify, { type FastifyRequest } from 'fastify';
import pg from 'pg';
import { hashToken, SESSION_COOKIE } from '../use-cases/accounts/session-tokens.ts';
import { type AccountSettings, accountSettingsOf } from '../use-cases/scope.ts';

export type Row = Record<string, unknown>;

export type BareSession = { accountId: string; settings: AccountSettings };

export type TouchInput = { personId: string; kind: string; occurredAt: string };

// pg returns snake_case; Tend's settings mapper takes the drizzle row's camelCase names.
const camel = (row: Row): Row =>
  Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key.replace(/_(.)/g, (_m, c: string) => c.toUpperCase()),
      value,
    ]),
  );

export const sessionTokenOf = (request: FastifyRequest) =>
  request.headers.cookie
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${SESSION_COOKIE}=`))
    ?.slice(SESSION_COOKIE.length + 1);

/** `prefix` names the person's columns when a join renamed them. */
const dueOf = (row: Row, settings: AccountSettings, now: Date, prefix = '') =>
  dueState(
    now,
    cadenceAnchor(row.last_depth_touch_at as Date | null, row.created_at as Date),
    resolveCadence(
      {
        cadenceMode: row[`${prefix}cadence_mode`] as never,
        cadenceDays: row[`${prefix}cadence_days`] as number | null,
      },
      { trust: row.trust as number, theirUnderstanding: row.their_understanding as number },
      settings.cadenceDefaults,
    ),
    settings.timezone,
  );

/** A pool, or the one client of an operation's transaction (the yoga+tx floor's). */
export type Queryable = {
  query: (text: string, values?: unknown[]) => Promise<pg.QueryResult>;
};

/** How a write runs its statements as one transaction: its own, or the operation's. */
export type Transact = <T>(work: (db: Queryable) => Promise<T>) => Promise<T>;

/** `work` on a client of the pool's own, inside `begin` … `commit` (rolled back on error). */
export const inTransaction = async <T>(
  pool: pg.Pool,
  begin: string,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> => {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
};

/** Each operation's SQL and the rows it answers, whichever server puts them on the wire. */
export const bareQueries = (db: Queryable, transact: Transact) => ({
  /** The session's account and its settings, in one query. */
  session: async (token: string | undefined): Promise<BareSession | null> => {
    if (!token) return null;
    const { rows } = await db.query(
      `select a.* from sessions s join accounts a on a.id = s.account_id
       where s.token_hash = $1 and s.expires_at > now()`,
      [hashToken(token)],
    );
    const [account] = rows as Row[];
    if (!account) return null;
    return { accountId: String(account.id), settings: accountSettingsOf(camel(account) as never) };
  },

  weeklyList: async (session: BareSession) => {
    const now = new Date();
    const week = weekContaining(now, session.settings.timezone, session.settings.weekStart);
    const { rows: lists } = await db.query(
      'select * from weekly_lists where account_id = $1 and week_starts_on = $2',
      [session.accountId, week.startsOn],
    );
    const list = lists[0] as Row | undefined;
    if (!list) return { weekStartsOn: week.startsOn, items: [] };
    const { rows } = await db.query(
      `select i.*, p.id as person_id, p.name, p.created_at, p.last_depth_touch_at, p.trust,
         p.their_understanding, p.cadence_mode as person_cadence_mode,
         p.cadence_days as person_cadence_days
       from weekly_list_items i join people p on p.account_id = i.account_id and p.id = i.person_id
       where i.account_id = $1 and i.weekly_list_id = $2 order by i.position`,
      [session.accountId, list.id],
    );
    return {
      // The list's own week_starts_on is this day (the query matched it), but as pg's Date.
      weekStartsOn: week.startsOn,
      items: (rows as Row[]).map((item) => ({
        status: item.status,
        reason: weeklyReason(camel(item) as never, now, session.settings.timezone),
        person: {
          id: item.person_id,
          name: item.name,
          dueState: dueOf(item, session.settings, now, 'person_'),
        },
      })),
    };
  },

  openPromptCount: async (session: BareSession) => {
    const { rows } = await db.query(
      `select count(*)::int as n from (select 1 from prompts where account_id = $1 and status = 'OPEN' limit 100) o`,
      [session.accountId],
    );
    return rows[0]?.n as number;
  },

  openPrompts: async (session: BareSession) => {
    const { rows } = await db.query(
      `select pr.*, p.name from prompts pr
       join people p on p.account_id = pr.account_id and p.id = pr.person_id
       where pr.account_id = $1 and pr.status = 'OPEN' order by pr.due_at, pr.id limit 50`,
      [session.accountId],
    );
    const now = new Date();
    return (rows as Row[]).map((prompt) => ({
      id: prompt.id,
      reason: promptReason(camel(prompt) as never, now, session.settings.timezone),
      dueAt: prompt.due_at,
      person: { id: prompt.person_id, name: prompt.name },
    }));
  },

  people: async (session: BareSession, first: number) => {
    const now = new Date();
    const [total, page] = await Promise.all([
      db.query(
        'select count(*)::int as n from people where account_id = $1 and archived_at is null',
        [session.accountId],
      ),
      db.query(
        `select * from people where account_id = $1 and archived_at is null
         order by lower(name), id limit $2`,
        [session.accountId, first + 1],
      ),
    ]);
    const people = (page.rows as Row[]).slice(0, first);
    const { rows: next } = await db.query(
      `select distinct on (person_id) person_id, id, starts_at from one_to_ones
       where account_id = $1 and person_id = any($2::uuid[]) and status = 'SCHEDULED'
       order by person_id, starts_at`,
      [session.accountId, people.map((p) => p.id)],
    );
    const nextOf = new Map((next as Row[]).map((row) => [row.person_id, row]));
    return {
      totalCount: total.rows[0]?.n as number,
      nodes: people.map((person) => ({
        id: person.id,
        name: person.name,
        company: person.company,
        dueState: dueOf(person, session.settings, now),
        nextDueAt: person.next_due_at,
        nextOneToOne: nextOf.get(person.id) ?? null,
      })),
    };
  },

  /** The person's row with its due state and the newest `first` touches; null if none. */
  contact: async (session: BareSession, id: string, first: number) => {
    const now = new Date();
    const [people, touches] = await Promise.all([
      db.query('select * from people where account_id = $1 and id = $2', [session.accountId, id]),
      db.query(
        `select i.* from interaction_participants ip
           join interactions i on i.account_id = ip.account_id and i.id = ip.interaction_id
           where ip.account_id = $1 and ip.person_id = $2
           order by i.occurred_at desc, i.id desc limit $3`,
        [session.accountId, id, first + 1],
      ),
    ]);
    const person = people.rows[0] as Row | undefined;
    if (!person) return null;
    const contact: Row & { timeline: Row[] } = {
      ...person,
      dueState: dueOf(person, session.settings, now),
      timeline: (touches.rows as Row[]).slice(0, first),
    };
    return contact;
  },

  logTouch: (session: BareSession, { personId, kind, occurredAt }: TouchInput) =>
    transact(async (tx) => {
      const { rows: people } = await tx.query(
        'select * from people where account_id = $1 and id = $2 for update',
        [session.accountId, personId],
      );
      const person = people[0] as Row | undefined;
      if (!person) throw new Error('No such person');
      const { rows } = await tx.query(
        `insert into interactions (account_id, kind, occurred_at) values ($1, $2, $3) returning id`,
        [session.accountId, kind, occurredAt],
      );
      const interactionId = rows[0]?.id as string;
      await tx.query(
        'insert into interaction_participants (account_id, interaction_id, person_id) values ($1, $2, $3)',
        [session.accountId, interactionId, personId],
      );
      const lastDepthTouchAt = new Date(occurredAt);
      const nextDueAt = nextDueFor(
        { ...(camel(person) as Parameters<typeof nextDueFor>[0]), lastDepthTouchAt },
        session.settings,
      );
      await tx.query(
        'update people set last_depth_touch_at = $3, next_due_at = $4, updated_at = now() where account_id = $1 and id = $2',
        [session.accountId, personId, lastDepthTouchAt, nextDueAt],
      );
      return { id: interactionId };
    }),
});

export type BareQueries = ReturnType<typeof bareQueries>;

/** Every query on the pool; a write in a transaction of its own. */
export const poolQueries = (pool: pg.Pool) =>
  bareQueries(pool, (work) => inTransaction(pool, 'begin', work));

export const startBareServer = async (databaseUrl: string, maxConnections: number) => {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: maxConnections });
  const queries = poolQueries(pool);
  const app = Fastify({ logger: false });

  app.get('/weekly-list', async (request, reply) => {
    const session = await queries.session(sessionTokenOf(request));
    if (!session) return reply.status(401).send({});
    return queries.weeklyList(session);
  });

  app.get('/open-prompts', async (request, reply) => {
    const session = await queries.session(sessionTokenOf(request));
    if (!session) return reply.status(401).send({});
    const [openPromptCount, openPrompts] = await Promise.all([
      queries.openPromptCount(session),
      queries.openPrompts(session),
    ]);
    return { openPromptCount, openPrompts };
  });

  app.get<{ Querystring: { first: string } }>('/people', async (request, reply) => {
    const session = await queries.session(sessionTokenOf(request));
    if (!session) return reply.status(401).send({});
    return queries.people(session, Number(request.query.first));
  });

  app.get<{ Querystring: { id: string; first: string } }>('/contact', async (request, reply) => {
    const session = await queries.session(sessionTokenOf(request));
    if (!session) return reply.status(401).send({});
    const contact = await queries.contact(session, request.query.id, Number(request.query.first));
    if (!contact) return reply.status(404).send({});
    return contact;
  });

  app.post<{ Body: TouchInput }>('/log-touch', async (request, reply) => {
    const session = await queries.session(sessionTokenOf(request));
    if (!session) return reply.status(401).send({});
    return queries.logTouch(session, request.body);
  });

  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    close: async () => {
      await app.close();
      await pool.end();
    },
  };
};
