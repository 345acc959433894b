import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { interactions, people } from '@tend/db';
import { MALFORMED_TEXT_MESSAGE } from '@tend/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, CSRF_HEADER } from './server.ts';
import { startTestApi, type TestApi } from './test/harness.ts';
import { clientFor, countRows, dataOf } from './test/operations.ts';
import { SESSION_COOKIE } from './use-cases/accounts/session-tokens.ts';

const NOW = new Date('2026-11-20T10:00:00Z');
const PUBLIC_URL = 'https://tend.example.com';
const SECRET = 'LOG-SECRET-7f3a';

/** Log lines the production server writes, one JSON object each. */
const logLines: string[] = [];
const logStream = { write: (line: string) => void logLines.push(line) };

let api: TestApi;
let accountId: string;
let cookie: string;
/** The same server outside production, to show what production turns off. */
let dev: TestApi;
let devAccountId: string;

beforeAll(async () => {
  // One after the other: a database starting blocks the thread, and a server starting meanwhile
  // would time out loading its plugins.
  api = await startTestApi({ now: NOW, production: true, publicUrl: PUBLIC_URL, logStream });
  dev = await startTestApi({ now: NOW, production: false });
  ({ accountId, cookie } = await api.signUp('owner@example.com'));
  ({ accountId: devAccountId } = await dev.signUp('owner@example.com'));
});
afterAll(() => Promise.all([api?.close(), dev?.close()]));

const CORS_HEADERS = [
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-allow-methods',
  'access-control-allow-headers',
];
const corsHeadersOf = (headers: Headers) =>
  Object.fromEntries(CORS_HEADERS.flatMap((name) => headers.get(name) ?? []).map((v, i) => [i, v]));

describe('CORS: same origin only', () => {
  const foreign = { origin: 'https://evil.example', cookie: '' };
  beforeAll(() => {
    foreign.cookie = `${SESSION_COOKIE}=${cookie}`;
  });

  it('answers a foreign origin’s request with a session cookie without allowing it to read', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { ...foreign, 'content-type': 'application/json', [CSRF_HEADER]: '1' },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    expect(response.status).toBe(200);
    expect(corsHeadersOf(response.headers)).toEqual({});
  });

  it('allows no preflight from a foreign origin, with a cookie or without', async () => {
    for (const headers of [foreign, { origin: foreign.origin }]) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          ...headers,
          'access-control-request-method': 'POST',
          'access-control-request-headers': `content-type,${CSRF_HEADER}`,
        },
      });
      expect(corsHeadersOf(response.headers)).toEqual({});
    }
  });

  it('still serves the app’s own, same-origin requests', async () => {
    const response = await api.http('/graphql', {
      body: { query: '{ viewer { id } }' },
      cookie,
      headers: { origin: api.url },
    });
    expect(response.body).toEqual({ data: { viewer: { id: accountId } } });
    expect(corsHeadersOf(response.headers)).toEqual({});
  });
});

describe('GraphQL in production suggests no names', () => {
  const HIDDEN = '[Suggestion hidden]';
  const cases: [string, string, Record<string, unknown>, string][] = [
    [
      'an enum value written in the query',
      '{ people(sort: NAM) { totalCount } }',
      {},
      `Value "NAM" does not exist in "PersonSort" enum. ${HIDDEN}`,
    ],
    [
      'an enum value in a variable',
      'query($s: PersonSort) { people(sort: $s) { totalCount } }',
      { s: 'NAM' },
      `Variable "$s" got invalid value "NAM"; Value "NAM" does not exist in "PersonSort" enum. ${HIDDEN}`,
    ],
    [
      'an input field in a variable',
      'mutation($i: PersonInput!) { createPerson(input: $i) { __typename } }',
      { i: { nam: 'Ann' } },
      `Variable "$i" got invalid value { nam: "Ann" }; Field "nam" is not defined by type "PersonInput". ${HIDDEN}`,
    ],
    [
      'an argument',
      '{ people(sortt: NAME) { totalCount } }',
      {},
      `Unknown argument "sortt" on field "Query.people". ${HIDDEN}`,
    ],
    [
      'a type',
      'query($s: PersonSortt) { people(sort: $s) { totalCount } }',
      {},
      `Unknown type "PersonSortt". ${HIDDEN}`,
    ],
  ];

  it.each(cases)('for %s', async (_case, query, variables, message) => {
    const response = await api.gql(accountId, query, variables);
    expect(response.status).toBe(400);
    expect(response.errors?.map((error) => error.message)).toEqual([message]);
    expect(JSON.stringify(response)).not.toContain('Did you mean');
  });

  it('while outside production the suggestions help', async () => {
    const response = await dev.gql(devAccountId, '{ people(sort: NAM) { totalCount } }');
    expect(response.errors?.[0]?.message).toBe(
      'Value "NAM" does not exist in "PersonSort" enum. Did you mean the enum value "NAME"?',
    );
  });
});

describe('dates and cursors', () => {
  const CLASHES =
    'query($d: DateTime!) { oneToOneClashes(startsAt: $d, durationMinutes: 30) { id } }';
  const RANGE = 'Expected a date-time from 1900-01-01 to before 2200-01-01 (UTC)';

  it('refuses an instant outside 1900–2200 as a variable error naming it, never a masked one', async () => {
    for (const date of [
      '0000-01-01T00:00:00Z',
      '1800-01-01T00:00:00Z',
      '1899-12-31T23:59:59.999Z',
      '2200-01-01T00:00:00Z',
      // Year 10000 in UTC.
      '9999-12-31T23:59:00-23:59',
    ]) {
      const response = await api.gql(accountId, CLASHES, { d: date });
      expect({ date, response }).toEqual({
        date,
        response: {
          status: 400,
          errors: [
            {
              message: `Variable "$d" got invalid value "${date}"; ${RANGE}; got "${date}"`,
              locations: [{ line: 1, column: 7 }],
            },
          ],
        },
      });
      const inline = await api.gql(
        accountId,
        `{ oneToOneClashes(startsAt: "${date}", durationMinutes: 30) { id } }`,
      );
      expect(inline.status).toBe(400);
      expect(inline.errors?.[0]?.message).toContain(RANGE);
    }
  });

  it('accepts the first and the last instant of the range', async () => {
    for (const date of ['1900-01-01T00:00:00Z', '2199-12-31T23:59:59.999Z']) {
      expect(await api.gql(accountId, CLASHES, { d: date })).toEqual({
        status: 200,
        data: { oneToOneClashes: [] },
      });
    }
  });

  it('writes nothing for a touch dated out of range', async () => {
    const client = clientFor(api, accountId);
    const person = await client.addPerson('Dana Date');
    const response = await api.gql(
      accountId,
      'mutation($i: LogInteractionInput!) { logInteraction(input: $i) { __typename } }',
      { i: { kind: 'CALL', occurredAt: '1800-06-01T12:00:00Z', personIds: [person.id] } },
    );
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toContain(RANGE);
    expect(await countRows(api, interactions, accountId)).toBe(0);
  });

  const PEOPLE =
    'query($after: String, $before: String, $sort: PersonSort) { people(first: 1, after: $after, before: $before, sort: $sort) { nodes { name } pageInfo { endCursor } } }';
  const cursorOf = (text: string) => Buffer.from(text).toString('base64');
  const notACursor = (argument: string) => ({
    status: 200,
    data: null,
    errors: [
      {
        message: `${argument}: not a cursor of this list; pass a cursor it returned.`,
        locations: [{ line: 1, column: 61 }],
        path: ['people'],
        extensions: { code: 'BAD_USER_INPUT', argument },
      },
    ],
  });

  it('refuses a people cursor it did not make, naming the argument, never a masked error', async () => {
    const person = await clientFor(api, accountId).addPerson('Cory Cursor');
    for (const cursor of [
      'garbage',
      cursorOf('DC:T:["S:ann","S:not-a-uuid"]'),
      cursorOf('DC:T:["S:ann","N:5"]'),
      cursorOf('DC:T:["S:ann"]'),
      cursorOf('DC:J:["zz","not-a-uuid"]'),
      cursorOf(`DC:T:["S:a\u0000","S:${person.id}"]`),
      cursorOf(`DC:T:["S:ann","S:${person.id}","S:x"]`),
    ]) {
      for (const sort of ['NAME', 'NEXT_DUE']) {
        expect(await api.gql(accountId, PEOPLE, { after: cursor, sort })).toEqual(
          notACursor('after'),
        );
      }
      expect(await api.gql(accountId, PEOPLE, { before: cursor })).toEqual(notACursor('before'));
    }
  });

  it('still pages with the cursors it made', async () => {
    const first = dataOf(
      await api.gql<{ people: { nodes: { name: string }[]; pageInfo: { endCursor: string } } }>(
        accountId,
        PEOPLE,
        { sort: 'NEXT_DUE' },
      ),
    ).people;
    const next = dataOf(
      await api.gql<{ people: { nodes: { name: string }[] } }>(accountId, PEOPLE, {
        sort: 'NEXT_DUE',
        after: first.pageInfo.endCursor,
      }),
    ).people;
    expect(next.nodes).toHaveLength(1);
    expect(next.nodes[0]?.name).not.toBe(first.nodes[0]?.name);
  });

  it('refuses a timeline cursor it did not make, typed and naming the argument', async () => {
    const person = await clientFor(api, accountId).addPerson('Tim Line');
    const response = await api.gql(
      accountId,
      'query($id: ID!, $a: String) { person(id: $id) { ... on Person { timeline(after: $a) { totalCount } } } }',
      { id: person.id, a: 'garbage' },
    );
    expect(response.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual([
      {
        message: 'after: not a cursor of this timeline; pass an endCursor it returned.',
        extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
      },
    ]);
  });
});

describe('text that would be changed when saved', () => {
  const CREATE =
    'mutation($input: PersonInput!) { createPerson(input: $input) { __typename ... on ValidationError { issues { field message } } } }';

  it('refuses a lone surrogate in any variable, naming where, and writes nothing', async () => {
    const before = await countRows(api, people, accountId);
    const response = await api.gql(accountId, CREATE, {
      input: { name: 'Ann', tags: ['ok', 'A\uD800b'] },
    });
    expect(response).toEqual({
      status: 400,
      errors: [
        {
          message: `Variable "$input" got invalid value at "input.tags.1": ${MALFORMED_TEXT_MESSAGE}`,
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    const search = await api.gql(
      accountId,
      'query($s: String) { people(search: $s) { totalCount } }',
      { s: '\uDC00' },
    );
    expect(search.errors?.[0]?.message).toBe(
      `Variable "$s" got invalid value at "s": ${MALFORMED_TEXT_MESSAGE}`,
    );
    expect(await countRows(api, people, accountId)).toBe(before);
  });

  it('refuses one in a request body outside GraphQL, at its field', async () => {
    const response = await api.http('/auth/sign-up', {
      body: {
        email: 'lone@example.com',
        password: 'a long unguessable passphrase',
        name: 'Z\uD800',
      },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: {
        message: `name: ${MALFORMED_TEXT_MESSAGE}`,
        issues: [{ path: ['name'], message: MALFORMED_TEXT_MESSAGE }],
      },
    });
  });

  it('refuses direction overrides and control characters in names, with a field error', async () => {
    const response = await api.gql(accountId, CREATE, { input: { name: 'Ann\u202Egpj.exe' } });
    expect(dataOf(response)).toEqual({
      createPerson: {
        __typename: 'ValidationError',
        issues: [
          {
            field: 'name',
            message:
              'Remove the text direction control (U+202E): it makes text read differently than it is saved',
          },
        ],
      },
    });
    const settings = await api.gql(
      accountId,
      'mutation($input: AccountSettingsInput!) { updateSettings(input: $input) { __typename ... on ValidationError { issues { field message } } } }',
      { input: { name: 'Owner\u0007' } },
    );
    expect(dataOf(settings)).toEqual({
      updateSettings: {
        __typename: 'ValidationError',
        issues: [
          {
            field: 'name',
            message: 'Remove the control character (U+0007): this is one line of plain text',
          },
        ],
      },
    });
  });
});

/** A request with a Host header of the caller's choosing (fetch does not let one be set). */
const withHost = (url: string, host: string, body: unknown, sessionCookie: string) =>
  new Promise<Record<string, unknown>>((resolve, reject) => {
    const target = new URL('/graphql', url);
    const call = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: {
          host,
          'content-type': 'application/json',
          [CSRF_HEADER]: '1',
          cookie: `${SESSION_COOKIE}=${sessionCookie}`,
        },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk) => {
          text += chunk;
        });
        response.on('end', () => resolve(JSON.parse(text) as Record<string, unknown>));
      },
    );
    call.on('error', reject);
    call.end(JSON.stringify(body));
  });

describe('links the server makes', () => {
  const CREATE_FEED = {
    query: 'mutation { createCalendarFeed { ... on CreatedCalendarFeed { url } } }',
  };

  it('name PUBLIC_URL in production, whatever Host the request names', async () => {
    const answer = await withHost(api.url, 'evil.example', CREATE_FEED, cookie);
    const url = (answer as { data: { createCalendarFeed: { url: string } } }).data
      .createCalendarFeed.url;
    expect(url.startsWith(`${PUBLIC_URL}/calendar/feed/`)).toBe(true);
  });

  it('need a public URL to start in production', async () => {
    await expect(buildServer({ db: api.db, production: true })).rejects.toThrow(
      'A production server needs publicUrl (PUBLIC_URL): its links never name the request’s Host',
    );
  });
});

describe('source maps', () => {
  let webDist: string;
  const started: { url: string; close: () => Promise<unknown> }[] = [];

  beforeAll(async () => {
    webDist = await mkdtemp(join(tmpdir(), 'tend-web-'));
    await writeFile(join(webDist, 'index.html'), '<!doctype html><div id="root"></div>');
    await mkdir(join(webDist, 'assets'));
    await writeFile(
      join(webDist, 'assets', 'app.js'),
      'console.log(1);\n//# sourceMappingURL=app.js.map',
    );
    await writeFile(
      join(webDist, 'assets', 'app.js.map'),
      '{"version":3,"sources":["secret.tsx"]}',
    );
    for (const production of [true, false]) {
      const app = await buildServer({
        db: api.serverDb,
        production,
        webDist,
        publicUrl: PUBLIC_URL,
      });
      started.push({
        url: await app.listen({ host: '127.0.0.1', port: 0 }),
        close: () => app.close(),
      });
    }
  });
  afterAll(async () => {
    await Promise.all(started.map((server) => server.close()));
    await rm(webDist, { recursive: true, force: true });
  });

  it('are not served in production, as a map or as the app page', async () => {
    const [production, development] = started;
    const map = await fetch(`${production?.url}/assets/app.js.map`);
    expect({ status: map.status, body: await map.text() }).toEqual({
      status: 404,
      body: JSON.stringify({ error: 'Not found' }),
    });
    expect((await fetch(`${production?.url}/assets/app.js`)).status).toBe(200);
    expect((await fetch(`${development?.url}/assets/app.js.map`)).status).toBe(200);
  });
});

describe('error logs', () => {
  /** Every check constraint the test adds is dropped again, so other tests see the schema as is. */
  const withConstraint = async <T>(table: string, column: string, work: () => Promise<T>) => {
    await api.db.execute(
      sql.raw(
        `alter table ${table} add constraint tight_edges_no_secret check (${column} not like '%${SECRET}%') not valid`,
      ),
    );
    try {
      return await work();
    } finally {
      await api.db.execute(sql.raw(`alter table ${table} drop constraint tight_edges_no_secret`));
    }
  };
  /** The log after the server has written what it had to. */
  const settledLog = async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    return logLines.join('');
  };

  it('keep no SQL parameter of a failed GraphQL operation', async () => {
    logLines.length = 0;
    const response = await withConstraint('people', 'name', () =>
      api.gql(accountId, 'mutation($i: PersonInput!) { createPerson(input: $i) { __typename } }', {
        i: { name: `Ann ${SECRET}`, notes: `notes ${SECRET}` },
      }),
    );
    expect(response.errors?.[0]?.message).toBe('Unexpected error.');
    const log = await settledLog();
    expect(log).toContain('Failed query: insert into');
    expect(log).toContain('params: <redacted>');
    expect(log).toContain('tight_edges_no_secret');
    expect(log).not.toContain(SECRET);
    expect(await api.db.$count(people, eq(people.name, `Ann ${SECRET}`))).toBe(0);
  });

  it('keep no SQL parameter of a failed request outside GraphQL', async () => {
    logLines.length = 0;
    const response = await withConstraint('accounts', 'name', () =>
      api.http('/auth/sign-up', {
        body: {
          email: 'logged@example.com',
          password: 'a long unguessable passphrase',
          name: `Lee ${SECRET}`,
        },
      }),
    );
    expect(response.status).toBe(500);
    const log = await settledLog();
    expect(log).toContain('tight_edges_no_secret');
    expect(log).not.toContain(SECRET);
  });
});
