import { once } from 'node:events';
import { type AddressInfo, createServer, type Socket } from 'node:net';
import { connectPostgres, type DatabaseConnection } from '@tend/db';
import { freshDatabase } from '@tend/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, CSRF_HEADER } from './server.ts';
import { TEST_PASSWORD, TEST_SETUP_CODE } from './test/harness.ts';
import { freePort } from './test/server-process.ts';
import { SESSION_COOKIE } from './use-cases/accounts/session-tokens.ts';

// Any token: without one the server answers without asking the database.
const cookie = `${SESSION_COOKIE}=some-session-token`;

const post = (url: string, path: string, body: unknown, cookieHeader = cookie) =>
  fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', cookie: cookieHeader },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });

/** GraphQL's answer for a lost database: retryable, with its code, never masked. */
const expectGraphqlUnavailable = async (response: Response) => {
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe('1');
  expect(await response.json()).toEqual({
    errors: [
      {
        message: 'The database is unavailable; try again.',
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      },
    ],
  });
};

// Runs without any database server: the server's Postgres is a port nothing listens on, as when
// Postgres is down or restarting. The pool's connection timeout and the error mapping answer.
describe('a server whose database does not answer', () => {
  let database: DatabaseConnection;
  let app: FastifyInstance;
  let url = '';

  beforeAll(async () => {
    database = await connectPostgres(`postgres://tend@127.0.0.1:${await freePort()}/tend`, {
      migrate: false,
    });
    app = await buildServer({
      db: database.db,
      production: true,
      publicUrl: 'http://127.0.0.1:4000',
    });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
  });

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('says so on /healthz with 503', async () => {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(10_000) });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ok: false, database: 'unavailable' });
  });

  it('answers GraphQL with a retryable 503, not a masked error', async () => {
    const response = await post(url, '/graphql', { query: '{ __typename }' });
    await expectGraphqlUnavailable(response);
  });

  it.each([
    ['/auth/sign-in', { email: 'someone@example.com', password: 'correct horse battery' }],
    ['/auth/sign-out', {}],
  ])('answers %s in the auth routes’ own shape', async (path, body) => {
    const response = await post(url, path, body);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('1');
    expect(await response.json()).toEqual({
      error: { message: 'The database is unavailable; try again.' },
    });
  });

  it('answers /auth/session alike', async () => {
    const response = await fetch(`${url}/auth/session`, {
      headers: { cookie },
      signal: AbortSignal.timeout(10_000),
    });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: { message: 'The database is unavailable; try again.' },
    });
  });
});

// A server that accepts connections and never answers, as a hung host or a black-holed route:
// the pool gives up after its connection timeout instead of holding the request forever.
describe('a server whose database accepts connections but never answers', () => {
  const sockets = new Set<Socket>();
  const silent = createServer((socket) => {
    sockets.add(socket);
  });
  let database: DatabaseConnection;
  let app: FastifyInstance;
  let url = '';

  beforeAll(async () => {
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
    const { port } = silent.address() as AddressInfo;
    database = await connectPostgres(`postgres://tend@127.0.0.1:${port}/tend`, { migrate: false });
    app = await buildServer({ db: database.db, production: true, publicUrl: 'http://127.0.0.1' });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
  });

  afterAll(async () => {
    await app?.close();
    for (const socket of sockets) socket.destroy();
    await database?.close();
    silent.close();
  });

  it('answers /healthz 503 within its own 2 s, and a request 503 within the pool’s 5 s', async () => {
    const started = performance.now();
    const [health, graphql] = await Promise.all([
      fetch(`${url}/healthz`, { signal: AbortSignal.timeout(10_000) }).then((response) => ({
        status: response.status,
        ms: performance.now() - started,
      })),
      post(url, '/graphql', { query: '{ __typename }' }).then((response) => ({
        status: response.status,
        ms: performance.now() - started,
      })),
    ]);
    expect(health.status).toBe(503);
    expect(health.ms).toBeLessThan(4_000);
    expect(graphql.status).toBe(503);
    expect(graphql.ms).toBeGreaterThanOrEqual(4_900);
    expect(graphql.ms).toBeLessThan(8_000);
  });
});

// Deterministic where a real outage is a matter of timing: the session resolves, and then the
// operation's transaction fails to begin, as on a connection Postgres has just terminated.
describe('a GraphQL operation whose connection is lost', () => {
  let failTransactions = false;
  let database: DatabaseConnection;
  let app: FastifyInstance;
  let url = '';
  let session = '';

  beforeAll(async () => {
    database = await freshDatabase();
    const db = new Proxy(database.db, {
      get: (target, key) =>
        key === 'transaction' && failTransactions
          ? () =>
              Promise.reject(
                new Error('Failed query: begin', {
                  cause: Object.assign(
                    new Error('terminating connection due to administrator command'),
                    { code: '57P01' },
                  ),
                }),
              )
          : Reflect.get(target, key),
    });
    app = await buildServer({
      db,
      production: true,
      publicUrl: 'http://127.0.0.1',
      setupCode: TEST_SETUP_CODE,
    });
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    const signUp = await post(url, '/auth/sign-up', {
      email: 'owner@example.com',
      password: TEST_PASSWORD,
      setupCode: TEST_SETUP_CODE,
    });
    expect(signUp.status).toBe(201);
    session = signUp.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  });

  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('answers 503 with the retryable error, not a masked 500', async () => {
    failTransactions = true;
    const response = await post(url, '/graphql', { query: '{ __typename }' }, session);
    failTransactions = false;
    await expectGraphqlUnavailable(response);
    // And the next request, on a healthy connection, is served.
    const next = await post(url, '/graphql', { query: '{ __typename }' }, session);
    expect(next.status).toBe(200);
  });
});
