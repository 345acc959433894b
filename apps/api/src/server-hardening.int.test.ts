import { accounts, people, sessions } from '@tend/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, TEST_PASSWORD, type TestApi } from './test/harness.ts';
import { clientFor, dataOf } from './test/operations.ts';
import { startWebClientServer, WEB_CLIENT_INDEX } from './test/web-client-server.ts';

const NOW = new Date('2026-11-20T10:00:00Z');
const CSRF_MESSAGE = 'Requests that change data must send the x-tend-csrf header.';
const CSRF_REFUSED = { errors: [{ message: CSRF_MESSAGE }] };
const CSRF_REFUSED_AUTH = { error: { message: CSRF_MESSAGE } };

let api: TestApi;
let accountId: string;
let cookie: string;
/** The same server outside production, to show what production turns off. */
let dev: TestApi;
let devAccountId: string;

beforeAll(async () => {
  // One after the other: a database starting blocks the thread long enough to time out the
  // other server's plugins.
  api = await startTestApi({ now: NOW, production: true });
  dev = await startTestApi({ now: NOW, production: false });
  ({ accountId, cookie } = await api.signUp('owner@example.com'));
  ({ accountId: devAccountId } = await dev.signUp('owner@example.com'));
});
afterAll(() => Promise.all([api?.close(), dev?.close()]));

/** A POST to /graphql with the session cookie: status and parsed body. */
const post = async (target: TestApi, id: string, query: string, variables = {}) =>
  target.gql(id, query, variables);

describe('GraphQL in production', () => {
  it('refuses introspection with 400 and a clear message', async () => {
    expect(await post(api, accountId, '{ __schema { types { name } } }')).toEqual({
      status: 400,
      errors: [
        {
          message:
            'GraphQL introspection has been disabled, but the requested query contained the field "__schema".',
          locations: [{ line: 1, column: 3 }],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
        {
          message:
            'GraphQL introspection has been disabled, but the requested query contained the field "types".',
          locations: [{ line: 1, column: 14 }],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
    const open = await dev.gql<{ __schema: { types: { name: string }[] } }>(
      devAccountId,
      '{ __schema { types { name } } }',
    );
    expect(open.status).toBe(200);
    expect(dataOf(open).__schema.types.map((type) => type.name)).toContain('Person');
  });

  it('does not suggest field names', async () => {
    const misspelt = await post(api, accountId, '{ viewer { nam } }');
    expect(misspelt).toEqual({
      status: 400,
      errors: [
        {
          message: 'Cannot query field "nam" on type "Account". [Suggestion hidden]',
          locations: [{ line: 1, column: 12 }],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
    expect(JSON.stringify(misspelt)).not.toContain('Did you mean');
    expect((await post(dev, devAccountId, '{ viewer { nam } }')).errors?.[0]?.message).toBe(
      'Cannot query field "nam" on type "Account". Did you mean "name"?',
    );
  });

  it('refuses a query deeper than 12 levels with 400', async () => {
    const person = (await clientFor(api, accountId).addPerson('Deep Diver')).id;
    /** person (1) › ... on Person (2) › `levels` × originPerson › __typename: depth 3 + levels. */
    const nested = (levels: number) => {
      let selection = '__typename';
      for (let level = 0; level < levels; level += 1) {
        selection = `originPerson { ${selection} }`;
      }
      return `query($id: ID!) { person(id: $id) { ... on Person { ${selection} } } }`;
    };
    expect(await post(api, accountId, nested(9), { id: person })).toEqual({
      status: 200,
      data: { person: { originPerson: null } },
    });
    expect(await post(api, accountId, nested(10), { id: person })).toEqual({
      status: 400,
      errors: [
        {
          message: 'Syntax Error: Query depth limit of 12 exceeded, found 13.',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
    const deeper = await post(api, accountId, nested(14), { id: person });
    expect(deeper.status).toBe(400);
    expect(deeper.errors?.map((error) => error.message)).toEqual([
      'Syntax Error: Query depth limit of 12 exceeded, found 17.',
    ]);
    // Far deeper, the cost limit (which grows with each level) is hit as well: still 400.
    const far = await post(api, accountId, nested(40), { id: person });
    expect(far.status).toBe(400);
    expect(far.errors?.[0]?.message).toMatch(/^Syntax Error: Query (depth|Cost) limit of /);
  });

  it('refuses more than 15 aliases, and over 3000 tokens, with 400', async () => {
    const aliased = (count: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `v${i}: viewer { id }`).join(' ')} }`;
    const fifteen = await post(api, accountId, aliased(15));
    expect(fifteen.status).toBe(200);
    expect(Object.keys(dataOf(fifteen))).toHaveLength(15);
    expect(await post(api, accountId, aliased(16))).toEqual({
      status: 400,
      errors: [
        {
          message: 'Syntax Error: Aliases limit of 15 exceeded, found 16.',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    });
    const long = await post(api, accountId, `{ viewer { ${'id '.repeat(3000)}} }`);
    expect(long.status).toBe(400);
    expect(long.errors?.[0]?.message).toBe('Syntax Error: Token limit of 3000 exceeded.');
  });

  it('answers a query it cannot parse with 400', async () => {
    const response = await post(api, accountId, '{ viewer { id }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toBe('Syntax Error: Expected Name, found <EOF>.');
  });
});

describe('an unexpected server error', () => {
  /** Breaks the groups table for the length of `work`: its queries fail inside the server. */
  const withoutGroupsTable = async <T>(target: TestApi, work: () => Promise<T>) => {
    await target.db.execute(sql`alter table groups rename to groups_gone`);
    try {
      return await work();
    } finally {
      await target.db.execute(sql`alter table groups_gone rename to groups`);
    }
  };

  it('is masked in production', async () => {
    const response = await withoutGroupsTable(api, () => post(api, accountId, '{ groups { id } }'));
    expect(response).toEqual({
      status: 200,
      data: null,
      errors: [
        {
          message: 'Unexpected error.',
          locations: [{ line: 1, column: 3 }],
          path: ['groups'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
    expect(dataOf(await post(api, accountId, '{ groups { id } }'))).toEqual({ groups: [] });
  });

  it('shows the original error outside production', async () => {
    const response = await withoutGroupsTable(dev, () =>
      post(dev, devAccountId, '{ groups { id } }'),
    );
    expect(response).toMatchObject({
      status: 200,
      data: null,
      errors: [{ message: 'Unexpected error.', path: ['groups'] }],
    });
    const original = response.errors?.[0]?.extensions?.originalError as { message: string };
    expect(original.message).toMatch(/^Failed query: select .* from "groups"/s);
  });

  it('leaves nothing of the operation written', async () => {
    // A value the Account type cannot serialise: the second field fails after the first wrote.
    await api.db
      .update(accounts)
      .set({ depthTouchKinds: ['NOT_A_KIND'] })
      .where(eq(accounts.id, accountId));
    try {
      const response = await post(
        api,
        accountId,
        `mutation {
          created: createPerson(input: { name: "Half Written" }) { __typename }
          account: removeDemoData { depthTouchKinds }
        }`,
      );
      expect(response).toMatchObject({
        status: 200,
        data: null,
        errors: [{ path: ['account', 'depthTouchKinds', 0] }],
      });
    } finally {
      await api.db
        .update(accounts)
        .set({ depthTouchKinds: ['ONE_TO_ONE', 'CALL', 'VIDEO', 'SOCIAL'] })
        .where(eq(accounts.id, accountId));
    }
    expect(await api.db.$count(people, eq(people.name, 'Half Written'))).toBe(0);
  });
});

describe('requests that change data', () => {
  it('need the x-tend-csrf header, on /graphql and on /auth', async () => {
    const peopleBefore = await api.db.$count(people);
    const sessionsBefore = await api.db.$count(sessions);
    const mutation = await api.http('/graphql', {
      body: { query: 'mutation { createPerson(input: { name: "Forged" }) { __typename } }' },
      cookie,
      csrf: false,
    });
    expect({ status: mutation.status, body: mutation.body }).toEqual({
      status: 403,
      body: CSRF_REFUSED,
    });
    const signIn = await api.http('/auth/sign-in', {
      body: { email: 'owner@example.com', password: TEST_PASSWORD },
      csrf: false,
    });
    expect({ status: signIn.status, body: signIn.body, cookie: signIn.sessionCookie }).toEqual({
      status: 403,
      body: CSRF_REFUSED_AUTH,
      cookie: undefined,
    });
    // What a cross-site HTML form can send.
    const form = await fetch(`${api.url}/auth/sign-out`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `tend_session=${cookie}`,
      },
      body: 'x=1',
    });
    expect({ status: form.status, body: await form.json() }).toEqual({
      status: 403,
      body: CSRF_REFUSED_AUTH,
    });
    expect(await api.db.$count(people)).toBe(peopleBefore);
    expect(await api.db.$count(sessions)).toBe(sessionsBefore);
    expect(dataOf(await api.gqlWithCookie(cookie, '{ viewer { id } }'))).toEqual({
      viewer: { id: accountId },
    });
  });

  it('may not be larger than 2 MiB', async () => {
    const padded = (bytes: number) => ({
      query: '{ viewer { id } }',
      variables: { padding: 'x'.repeat(bytes) },
    });
    const justUnder = await api.http('/graphql', { body: padded(2 * 1024 * 1024 - 100), cookie });
    expect({ status: justUnder.status, body: justUnder.body }).toEqual({
      status: 200,
      body: { data: { viewer: { id: accountId } } },
    });
    const tooLarge = {
      status: 413,
      body: {
        statusCode: 413,
        code: 'FST_ERR_CTP_BODY_TOO_LARGE',
        error: 'Payload Too Large',
        message: 'Request body is too large',
      },
    };
    const over = await api.http('/graphql', { body: padded(2 * 1024 * 1024), cookie });
    expect({ status: over.status, body: over.body }).toEqual(tooLarge);
    const signUp = await api.http('/auth/sign-up', {
      body: { email: 'big@example.com', password: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect({ status: signUp.status, body: signUp.body }).toEqual(tooLarge);
    expect(await api.db.$count(accounts, eq(accounts.email, 'big@example.com'))).toBe(0);
  });
});

describe('the served web client', () => {
  let server: Awaited<ReturnType<typeof startWebClientServer>>;
  let url: string;

  beforeAll(async () => {
    server = await startWebClientServer();
    url = server.url;
  });
  afterAll(() => server?.stop());

  const expectHardHeaders = (headers: Headers) => {
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    // Served over plain http too: upgrading its own requests to https would break the page.
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('same-origin');
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(headers.get('strict-transport-security')).toBeNull();
  };

  it('serves index.html with the security headers, at / and at client routes', async () => {
    for (const path of ['/', '/people/123', '/settings/sessions?tab=1']) {
      const response = await fetch(`${url}${path}`);
      expect({ path, status: response.status, body: await response.text() }).toEqual({
        path,
        status: 200,
        body: WEB_CLIENT_INDEX,
      });
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expectHardHeaders(response.headers);
    }
  });

  it('serves assets with the headers, and keeps API paths out of the fallback', async () => {
    const asset = await fetch(`${url}/assets/app.js`);
    expect(asset.status).toBe(200);
    expect(await asset.text()).toBe('console.log("tend");');
    expectHardHeaders(asset.headers);

    const unknownAuth = await fetch(`${url}/auth/nothing-here`);
    expect({ status: unknownAuth.status, body: await unknownAuth.json() }).toEqual({
      status: 404,
      body: { error: 'Not found' },
    });
    expectHardHeaders(unknownAuth.headers);
    const graphql = await fetch(`${url}/graphql?query=%7Bviewer%7Bid%7D%7D`);
    expect(graphql.status).toBe(401);
    expectHardHeaders(graphql.headers);
  });
});
