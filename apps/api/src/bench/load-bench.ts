/**
 * `pnpm bench` (second part): Tend under load against the floor. Each operation runs at 10
 * concurrent connections for a fixed time through Tend's API and through a bare fastify + pg
 * endpoint returning the same rows (bare-server.ts), alternating the two in each round so
 * machine noise touches both; the ratio of their throughputs is the figure that counts.
 * Alternating with them, the yoga floor (yoga-floor-server.ts) answers Tend's documents with
 * bare's SQL through graphql-yoga alone: how much of the gap the stack itself takes. With
 * `LOAD_BENCH_TX_FLOOR=1` the yoga+tx floor alternates too: the yoga floor with Tend's
 * per-account transaction and row-level security, to show what those alone cost.
 * Then the SQL statements one request sends, counted at the driver, for lists of 20 and 200.
 * Production mode, real Postgres, the request log written (to /dev/null). Not a test.
 */
import { connectPostgres } from '@tend/db';
import { freshDatabase } from '@tend/db/testing';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { logDestination } from '../request-log.ts';
import { buildServer, CSRF_HEADER } from '../server.ts';
import { startBareServer } from './bare-server.ts';
import { BENCH_SETUP_CODE, signUpBenchOwner } from './bench-owner.ts';
import { seedNetwork } from './seed-network.ts';
import { startYogaFloorServer } from './yoga-floor-server.ts';

const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PEOPLE = Number(process.env.LOAD_BENCH_PEOPLE ?? 1000);
const SECONDS = Number(process.env.LOAD_BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.LOAD_BENCH_ROUNDS ?? 2);
const CONNECTIONS = 10;
// e.g. `LOAD_BENCH_ONLY=weekly-list` while profiling one operation.
const ONLY = process.env.LOAD_BENCH_ONLY?.split(',');
// Off by default, so CI's run takes no longer.
const TX_FLOOR = process.env.LOAD_BENCH_TX_FLOOR === '1';
// The same pool size for every server: production's default.
const POOL_SIZE = 10;

type Request = { method: 'GET' | 'POST'; path: string; body?: string };
/** `tend` is sent to the yoga floor too. */
type Operation = { name: string; tend: Request; bare: Request };

const graphql = (query: string): Request => ({
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify({ query }),
});

const peopleQuery = (first: number) =>
  `{ people(first: ${first}) { totalCount nodes { id name company dueState nextDueAt nextOneToOne { id startsAt } } } }`;

const contactQuery = (personId: string, first: number) =>
  `{ person(id: "${personId}") { ... on Person { id name company trust { level label } theirUnderstanding { level label } myUnderstanding { level label } dueState nextDueAt timeline(first: ${first}, kinds: [TOUCH]) { nodes { ... on Interaction { id kind occurredAt notes } } } } } }`;

const operationsFor = (personId: string, touchedAt: string): Operation[] => [
  {
    name: 'weekly-list',
    tend: graphql(
      '{ weeklyList { weekStartsOn items { status reason person { id name dueState } } } }',
    ),
    bare: { method: 'GET', path: '/weekly-list' },
  },
  {
    name: 'open-prompts',
    tend: graphql('{ openPromptCount openPrompts { id reason dueAt person { id name } } }'),
    bare: { method: 'GET', path: '/open-prompts' },
  },
  {
    name: 'people-page',
    tend: graphql(peopleQuery(20)),
    bare: { method: 'GET', path: '/people?first=20' },
  },
  {
    name: 'contact-page',
    tend: graphql(contactQuery(personId, 20)),
    bare: { method: 'GET', path: `/contact?id=${personId}&first=20` },
  },
  {
    name: 'log-touch',
    tend: graphql(
      `mutation { logInteraction(input: { kind: CALL, occurredAt: "${touchedAt}", personIds: ["${personId}"] }) { ... on Interaction { id } } }`,
    ),
    bare: {
      method: 'POST',
      path: '/log-touch',
      body: JSON.stringify({ personId, kind: 'CALL', occurredAt: touchedAt }),
    },
  },
];

type Load = { requests: number; seconds: number; p50: number[]; p99: number[]; errors: number };

const emptyLoad = (): Load => ({ requests: 0, seconds: 0, p50: [], p99: [], errors: 0 });

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const load = async (url: string, request: Request, cookie: string, into: Load) => {
  const result = await autocannon({
    url: `${url}${request.path}`,
    method: request.method,
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', cookie },
    ...(request.body ? { body: request.body } : {}),
    connections: CONNECTIONS,
    duration: SECONDS,
    // Its own thread, so the client does not take the servers' event loop.
    workers: 1,
  });
  into.requests += result.requests.total;
  into.seconds += result.duration;
  into.p50.push(result.latency.p50);
  into.p99.push(result.latency.p99);
  into.errors += result.errors + result.timeouts + result.non2xx;
  // Requests still in flight when the client stops are finished before anything else runs.
  await new Promise((resolve) => setTimeout(resolve, 300));
};

/** One request, checked: a GraphQL answer with errors would make a fast but empty figure. */
const callOnce = async (url: string, request: Request, cookie: string) => {
  const response = await fetch(`${url}${request.path}`, {
    method: request.method,
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', cookie },
    ...(request.body ? { body: request.body } : {}),
  });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"errors"') || text.includes('Error"')) {
    throw new Error(`${request.path} answered ${response.status}: ${text.slice(0, 300)}`);
  }
};

// Every statement either server sends goes through pg's Client#query (a pool's too).
let statements = 0;
// `LOAD_BENCH_PRINT_SQL=1` prints each statement counted, to see what a request sends.
const PRINT_SQL = process.env.LOAD_BENCH_PRINT_SQL === '1';
let printing = false;
const clientQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
  statements += 1;
  if (printing) {
    const [query] = args as [string | { text?: string }];
    console.log(
      `    ${(typeof query === 'string' ? query : (query.text ?? '')).replace(/\s+/g, ' ').slice(0, 200)}`,
    );
  }
  return (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

const statementsOf = async (url: string, request: Request, cookie: string) => {
  await callOnce(url, request, cookie);
  const before = statements;
  printing = PRINT_SQL;
  await callOnce(url, request, cookie);
  printing = false;
  return statements - before;
};

const database = await freshDatabase('tend_load', ADMIN_URL);
if (!database.serverUrl) throw new Error('The load bench runs on Postgres (DATABASE_URL)');
const tendDb = await connectPostgres(database.serverUrl, {
  migrate: false,
  maxConnections: POOL_SIZE,
});
const ownerUrl = new URL(ADMIN_URL);
ownerUrl.pathname = new URL(database.serverUrl).pathname;
// Written as production writes stdout, to a file nobody reads.
const devNull = logDestination('/dev/null');
const tend = await buildServer({
  db: tendDb.db,
  production: true,
  setupCode: BENCH_SETUP_CODE,
  publicUrl: 'http://127.0.0.1',
  logger: { stream: devNull },
});
const tendUrl = await tend.listen({ host: '127.0.0.1', port: 0 });
const bare = await startBareServer(ownerUrl.toString(), POOL_SIZE);
const yogaFloor = await startYogaFloorServer(ownerUrl.toString(), POOL_SIZE);
// Tend's own login (it may become tend_app), so the session lookup runs with Tend's privileges.
const txFloor = TX_FLOOR
  ? await startYogaFloorServer(database.serverUrl, POOL_SIZE, { accountTransaction: true })
  : undefined;
try {
  const { cookie, accountId } = await signUpBenchOwner(tendUrl);
  await seedNetwork(database.adminDb, accountId, PEOPLE);
  const { rows } = (await database.adminDb.execute(sql`
    select id, to_char(now() - interval '1 day', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as at
    from people where account_id = ${accountId}::uuid order by created_at, id limit 1`)) as {
    rows: { id: string; at: string }[];
  };
  const [person] = rows;
  if (!person) throw new Error('No person seeded');
  // The contact has 200 more touches, so its timeline can be read 20 or 200 at a time.
  await database.adminDb.execute(sql`
    with touches as (
      insert into interactions (account_id, kind, occurred_at)
      select ${accountId}::uuid, 'MESSAGE', now() - (g || ' hours')::interval from generate_series(1, 200) g
      returning id)
    insert into interaction_participants (account_id, interaction_id, person_id)
    select ${accountId}::uuid, id, ${person.id}::uuid from touches`);
  await database.adminDb.execute(sql`vacuum analyze`);
  const operations = operationsFor(person.id, person.at).filter(
    (operation) => !ONLY || ONLY.includes(operation.name),
  );
  console.log(
    `\nload: ${PEOPLE.toLocaleString('en-GB')} people, ${CONNECTIONS} connections, ${ROUNDS} × ${SECONDS} s each, Tend, bare and the yoga floor alternating`,
  );
  const lines: string[] = [];
  for (const operation of operations) {
    await callOnce(tendUrl, operation.tend, cookie);
    await callOnce(bare.url, operation.bare, cookie);
    await callOnce(yogaFloor.url, operation.tend, cookie);
    if (txFloor) await callOnce(txFloor.url, operation.tend, cookie);
    const tendLoad = emptyLoad();
    const bareLoad = emptyLoad();
    const yogaLoad = emptyLoad();
    const txLoad = emptyLoad();
    for (let round = 0; round < ROUNDS; round += 1) {
      await load(tendUrl, operation.tend, cookie, tendLoad);
      await load(bare.url, operation.bare, cookie, bareLoad);
      await load(yogaFloor.url, operation.tend, cookie, yogaLoad);
      if (txFloor) await load(txFloor.url, operation.tend, cookie, txLoad);
    }
    const tendRate = tendLoad.requests / tendLoad.seconds;
    const bareRate = bareLoad.requests / bareLoad.seconds;
    const yogaRate = yogaLoad.requests / yogaLoad.seconds;
    const line = `${operation.name}: throughput ratio ${(tendRate / bareRate).toFixed(2)} (tend ${tendRate.toFixed(0)} req/s, bare ${bareRate.toFixed(0)} req/s)`;
    const yogaLine = `${operation.name}: yoga floor ratio ${(yogaRate / bareRate).toFixed(2)} (yoga-floor ${yogaRate.toFixed(0)} req/s, bare ${bareRate.toFixed(0)} req/s); tend/yoga-floor ${(tendRate / yogaRate).toFixed(2)}`;
    const failed = tendLoad.errors + bareLoad.errors + yogaLoad.errors;
    console.log(
      `  ${line}; p50 ${median(tendLoad.p50)} / ${median(bareLoad.p50)} / ${median(yogaLoad.p50)} ms, p99 ${median(tendLoad.p99)} / ${median(bareLoad.p99)} / ${median(yogaLoad.p99)} ms (tend / bare / yoga floor)${failed > 0 ? `; ${tendLoad.errors} / ${bareLoad.errors} / ${yogaLoad.errors} failed requests` : ''}`,
    );
    console.log(`  ${yogaLine}`);
    lines.push(line, yogaLine);
    if (txFloor) {
      const txRate = txLoad.requests / txLoad.seconds;
      const txLine = `${operation.name}: yoga+tx floor ratio ${(txRate / bareRate).toFixed(2)} (yoga-tx-floor ${txRate.toFixed(0)} req/s, bare ${bareRate.toFixed(0)} req/s); tend/yoga-tx-floor ${(tendRate / txRate).toFixed(2)}`;
      console.log(
        `  ${txLine}; p50 ${median(txLoad.p50)} ms, p99 ${median(txLoad.p99)} ms${txLoad.errors > 0 ? `; ${txLoad.errors} failed requests` : ''}`,
      );
      lines.push(txLine);
    }
  }
  console.log('\nSQL statements per request (tend / bare / yoga floor), lists of 20 and of 200:');
  for (const [name, tendOf, bareOf] of [
    ['people-page', (n: number) => graphql(peopleQuery(n)), (n: number) => `/people?first=${n}`],
    [
      'contact-page',
      (n: number) => graphql(contactQuery(person.id, n)),
      (n: number) => `/contact?id=${person.id}&first=${n}`,
    ],
  ] as const) {
    const counts = [];
    const txCounts = [];
    for (const n of [20, 200]) {
      const tendCount = await statementsOf(tendUrl, tendOf(n), cookie);
      const bareCount = await statementsOf(bare.url, { method: 'GET', path: bareOf(n) }, cookie);
      const yogaCount = await statementsOf(yogaFloor.url, tendOf(n), cookie);
      counts.push(`${n} items: ${tendCount} / ${bareCount} / ${yogaCount}`);
      if (txFloor)
        txCounts.push(`${n} items: ${await statementsOf(txFloor.url, tendOf(n), cookie)}`);
    }
    console.log(`  ${name}: ${counts.join(', ')}`);
    if (txFloor) console.log(`  ${name}: yoga+tx floor ${txCounts.join(', ')}`);
  }
  for (const operation of operations) {
    const tendCount = await statementsOf(tendUrl, operation.tend, cookie);
    const bareCount = await statementsOf(bare.url, operation.bare, cookie);
    const yogaCount = await statementsOf(yogaFloor.url, operation.tend, cookie);
    console.log(`  ${operation.name}: ${tendCount} / ${bareCount} / ${yogaCount}`);
    if (txFloor) {
      const txCount = await statementsOf(txFloor.url, operation.tend, cookie);
      console.log(`  ${operation.name}: yoga+tx floor ${txCount}`);
    }
  }
  console.log('');
  for (const line of lines) console.log(line);
} finally {
  await tend.close();
  await bare.close();
  await yogaFloor.close();
  await txFloor?.close();
  await tendDb.close();
  await database.close();
  devNull.end();
}
