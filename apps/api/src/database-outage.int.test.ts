import { connectPostgres, type DatabaseConnection, isConnectionError } from '@tend/db';
import { type ScratchDatabase, scratchDatabase } from '@tend/db/testing/scratch';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from './server.ts';
import { TEST_PASSWORD } from './test/harness.ts';
import {
  freePort,
  type ServerProcess,
  spawnServer,
  waitUntilServing,
} from './test/server-process.ts';
import { SESSION_COOKIE } from './use-cases/accounts/session-tokens.ts';

const adminUrl = process.env.DATABASE_URL;
const SETUP_CODE = 'OUTAGE-TEST-CODE-0001';
const CONCURRENCY = 10;
const LOAD_MS = 3_000;
// A request that takes longer than this counts as hung.
const REQUEST_TIMEOUT_MS = 10_000;
const RECOVERY_LIMIT_MS = 5_000;

const CREATE_PERSON = /* GraphQL */ `
  mutation($input: PersonInput!) { result: createPerson(input: $input) { __typename ... on Person { id name } } }
`;

type Write = {
  name: string;
  startedAt: number;
  endedAt: number;
  /** The HTTP status, or 'timeout' / 'network' when no answer came. */
  status: number | 'timeout' | 'network';
  acknowledged: boolean;
  body: unknown;
  retryAfter: string | null;
};

describe.skipIf(!adminUrl)('when Postgres drops the connections (Postgres only)', () => {
  let database: ScratchDatabase;
  let server: ServerProcess;
  let cookie = '';

  beforeAll(async () => {
    database = await scratchDatabase(adminUrl ?? '', 'tend_outage');
    const port = await freePort();
    server = spawnServer({
      DATABASE_URL: database.url,
      PORT: String(port),
      NODE_ENV: 'production',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      TEND_SETUP_CODE: SETUP_CODE,
      // Starts the job queue too, whose own pool loses its connections alike; nothing listens
      // here, and no digest is due for a new account.
      SMTP_URL: 'smtp://127.0.0.1:9',
    });
    await waitUntilServing(server);
    const signUp = await fetch(`${server.url}/auth/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
      body: JSON.stringify({
        email: 'owner@example.com',
        password: TEST_PASSWORD,
        setupCode: SETUP_CODE,
      }),
    });
    expect(signUp.status, await signUp.clone().text()).toBe(201);
    const setCookie = signUp.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    cookie = setCookie?.split(';')[0] ?? '';
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  const createPerson = async (name: string): Promise<Write> => {
    const startedAt = performance.now();
    const write = { name, startedAt, acknowledged: false, body: null, retryAfter: null };
    try {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', cookie },
        body: JSON.stringify({ query: CREATE_PERSON, variables: { input: { name } } }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const body = (await response.json()) as { data?: { result?: { __typename?: string } } };
      return {
        ...write,
        endedAt: performance.now(),
        status: response.status,
        acknowledged: response.status === 200 && body.data?.result?.__typename === 'Person',
        body,
        retryAfter: response.headers.get('retry-after'),
      };
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      return { ...write, endedAt: performance.now(), status: timedOut ? 'timeout' : 'network' };
    }
  };

  /** The writes of `workers` clients, each one request after another, for `ms`. */
  const load = async (label: string, ms: number): Promise<Write[]> => {
    const until = performance.now() + ms;
    const writes: Write[] = [];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, worker) => {
        // Bounded by count as well as time.
        for (let i = 0; i < 1_000 && performance.now() < until; i += 1) {
          writes.push(await createPerson(`${label} ${worker}-${i}`));
        }
      }),
    );
    return writes;
  };

  const expectOnlyCleanFailures = (writes: Write[]) => {
    const unclean = writes.filter((write) => write.status !== 200 && write.status !== 503);
    expect(unclean.map(({ name, status, body }) => ({ name, status, body }))).toEqual([]);
    for (const write of writes.filter((w) => w.status === 503)) {
      expect(write.body).toEqual({
        errors: [
          {
            message: 'The database is unavailable; try again.',
            extensions: { code: 'DATABASE_UNAVAILABLE' },
          },
        ],
      });
      expect(write.retryAfter).toMatch(/^\d+$/);
    }
    // A 200 is an answer the client takes as done: it must have no errors and real data.
    for (const write of writes.filter((w) => w.status === 200)) {
      expect(write.acknowledged, JSON.stringify(write.body)).toBe(true);
    }
  };

  const expectAllAcknowledgedStored = async (writes: Write[]) => {
    const acknowledged = writes.filter((write) => write.acknowledged).map((write) => write.name);
    const rows = await database.query<{ name: string }>(
      'select name from people where name = any($1)',
      [acknowledged],
    );
    const stored = new Set(rows.map((row) => row.name));
    expect(acknowledged.filter((name) => !stored.has(name))).toEqual([]);
  };

  it('under load: answers 503 for what failed, recovers within 5 s and loses no acknowledged write', async () => {
    let terminatedAt = 0;
    let terminated = 0;
    const killer = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      terminatedAt = performance.now();
      terminated = await database.terminateBackends();
    })();
    const writes = await load('Load', LOAD_MS);
    await killer;

    expect(terminated).toBeGreaterThan(0);
    expect(server.running(), server.output()).toBe(true);
    expectOnlyCleanFailures(writes);
    const firstSuccessAfter = writes
      .filter((write) => write.acknowledged && write.startedAt >= terminatedAt)
      .reduce((first, write) => Math.min(first, write.endedAt), Number.POSITIVE_INFINITY);
    const recoveryMs = firstSuccessAfter - terminatedAt;
    const failed = writes.filter((write) => write.status === 503).length;
    console.log(
      `Under load: ${terminated} backends terminated; ${writes.length} writes, ${failed} answered 503; service back ${Math.round(recoveryMs)} ms after the termination`,
    );
    expect(recoveryMs).toBeLessThan(RECOVERY_LIMIT_MS);
    await expectAllAcknowledgedStored(writes);
  }, 60_000);

  it('when idle: stays up and serves the next requests within 5 s', async () => {
    // The pool keeps its connections open between requests: those are what get terminated.
    await createPerson('Before the idle outage');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const terminatedAt = performance.now();
    expect(await database.terminateBackends()).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.running(), server.output()).toBe(true);

    const writes: Write[] = [];
    for (let i = 0; i < 50; i += 1) {
      const write = await createPerson(`Idle ${i}`);
      writes.push(write);
      if (write.acknowledged) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const recoveryMs = (writes.at(-1)?.endedAt ?? Number.POSITIVE_INFINITY) - terminatedAt;
    console.log(`When idle: service back ${Math.round(recoveryMs)} ms after the termination`);
    expect(writes.at(-1)?.acknowledged).toBe(true);
    expect(recoveryMs).toBeLessThan(RECOVERY_LIMIT_MS);
    expectOnlyCleanFailures(writes);
    await expectAllAcknowledgedStored(writes);

    const health = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(5_000) });
    expect(health.status).toBe(200);
    expect(server.running(), server.output()).toBe(true);
  }, 30_000);
});

describe.skipIf(!adminUrl)('the pool when its connections are terminated (Postgres only)', () => {
  let scratch: ScratchDatabase;
  let database: DatabaseConnection;

  beforeAll(async () => {
    scratch = await scratchDatabase(adminUrl ?? '', 'tend_pool');
    database = await connectPostgres(scratch.url, { migrate: false });
  });

  afterAll(async () => {
    await database?.close();
    await scratch?.drop();
  });

  // Before the pool and its clients had error handlers, each of these was an unhandled 'error'
  // event: the test run (and the server) crashed.
  it('survives idle and checked-out connections dying, and then connects afresh', async () => {
    await database.db.execute(sql`select 1`);
    let duringTransaction: unknown;
    await database.db
      .transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        await scratch.terminateBackends();
        // Between two statements, the checked-out client learns its backend is gone.
        await new Promise((resolve) => setTimeout(resolve, 300));
        await tx.execute(sql`select 1`);
      })
      .catch((error: unknown) => {
        duringTransaction = error;
      });
    expect(isConnectionError(duringTransaction)).toBe(true);

    await database.db.execute(sql`select 1`);
    expect(await scratch.terminateBackends()).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(database.db.execute(sql`select 1`)).resolves.toBeDefined();
  });
});
