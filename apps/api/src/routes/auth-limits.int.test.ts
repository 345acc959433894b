import { createHash } from 'node:crypto';
import { accounts, people, rateLimits, sessions } from '@tend/db';
import { eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildServer, CSRF_HEADER } from '../server.ts';
import { startTestApi, TEST_PASSWORD, type TestApi } from '../test/harness.ts';
import { dataOf } from '../test/operations.ts';
import type { TrustProxy } from '../trust-proxy.ts';

// Lets a test hold every new password's hash, to see what the server does meanwhile.
const hashGate = vi.hoisted(() => ({ wait: Promise.resolve() }));
vi.mock(import('../use-cases/accounts/passwords.ts'), async (importOriginal) => {
  const actual = await importOriginal();
  return {
    ...actual,
    hashPassword: async (password: string) => {
      await hashGate.wait;
      return actual.hashPassword(password);
    },
  };
});

const BASE = new Date('2026-11-20T10:00:00Z');
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const at = (offsetMs: number) => new Date(BASE.getTime() + offsetMs);

let api: TestApi;
let emails = 0;

beforeAll(async () => {
  // One proxy in front: each request says which client address it comes from.
  api = await startTestApi({ now: BASE, trustProxy: 1 });
});
beforeEach(async () => {
  api.setNow(BASE);
  await api.db.delete(rateLimits);
});
afterAll(() => api?.close());

const newAccount = async () => {
  emails += 1;
  const email = `limits${emails}@example.com`;
  const { accountId, cookie } = await api.signUp(email);
  return { email, accountId, cookie };
};

const signIn = (email: string, password: string, ip: string) =>
  api.http('/auth/sign-in', { body: { email, password }, headers: { 'x-forwarded-for': ip } });

const viewerWith = async (cookie: string | undefined) => {
  const response = await api.gqlWithCookie<{ viewer: { id: string } }>(cookie, '{ viewer { id } }');
  return response.status === 200 ? dataOf(response).viewer.id : response.status;
};

const statusCounts = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((counts, status) => {
    counts[status] = (counts[status] ?? 0) + 1;
    return counts;
  }, {});

describe('sign-in limits under a burst', () => {
  it('50 parallel wrong passwords meet the same limit as 50 one after another', async () => {
    const { email } = await newAccount();
    const sequential: number[] = [];
    for (let attempt = 0; attempt < 50; attempt += 1) {
      sequential.push((await signIn(email, `wrong ${attempt}`, '10.1.0.1')).status);
    }
    const other = await newAccount();
    const parallel = await Promise.all(
      Array.from({ length: 50 }, (_, attempt) =>
        signIn(other.email, `wrong ${attempt}`, '10.1.0.2'),
      ),
    );
    expect(statusCounts(sequential)).toEqual({ 401: 5, 429: 45 });
    expect(statusCounts(parallel.map((response) => response.status))).toEqual({ 401: 5, 429: 45 });
    // Locked: the right password is not even checked.
    const locked = await signIn(other.email, TEST_PASSWORD, '10.1.0.2');
    expect({ status: locked.status, retryAfter: locked.headers.get('retry-after') }).toEqual({
      status: 429,
      retryAfter: '900',
    });
    expect(locked.sessionCookie).toBeUndefined();
  });

  it('a burst from one address does not lock the owner out from their own', async () => {
    const owner = await newAccount();
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, attempt) =>
        signIn(owner.email, `guess ${attempt}`, '6.6.6.6'),
      ),
    );
    expect(statusCounts(burst.map((response) => response.status))).toEqual({ 401: 5, 429: 25 });
    expect((await signIn(owner.email, TEST_PASSWORD, '6.6.6.6')).status).toBe(429);

    const fromHome = await signIn(owner.email, TEST_PASSWORD, '192.0.2.10');
    expect(fromHome.status).toBe(200);
    expect(await viewerWith(fromHome.sessionCookie)).toBe(owner.accountId);
  });

  it('guesses from many addresses are slowed by growing waits for that e-mail', async () => {
    const owner = await newAccount();
    const guess = (n: number) => signIn(owner.email, `guess ${n}`, `203.0.113.${n}`);
    // Ten free failures across addresses…
    for (let n = 1; n <= 10; n += 1) expect((await guess(n)).status).toBe(401);
    // …then each waits after the last: 1 s, then 2 s, then 4 s.
    const paced = async (n: number) => {
      const response = await guess(n);
      return response.status === 429
        ? Number(response.headers.get('retry-after'))
        : response.status;
    };
    expect(await paced(11)).toBe(1);
    api.setNow(at(1 * SECOND));
    expect(await paced(12)).toBe(401);
    expect(await paced(13)).toBe(2);
    api.setNow(at(3 * SECOND));
    expect(await paced(14)).toBe(401);
    expect(await paced(15)).toBe(4);
    // A wait is short: the owner, whose address is not locked, gets in once it is over.
    const owners = await signIn(owner.email, TEST_PASSWORD, '192.0.2.20');
    expect(owners.status).toBe(429);
    expect(owners.body).toEqual({
      error: { message: 'Too many attempts. Try again in 4 seconds.' },
    });
    api.setNow(at(7 * SECOND));
    expect((await signIn(owner.email, TEST_PASSWORD, '192.0.2.20')).status).toBe(200);
    // The right password starts the count again.
    expect((await guess(16)).status).toBe(401);
  });
});

describe('the client address behind a proxy', () => {
  /** The address the session opened through `url` records, for an X-Forwarded-For header. */
  const sessionIp = async (url: string, forwardedFor: string) => {
    const { email } = await newAccount();
    const response = await fetch(`${url}/auth/sign-in`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [CSRF_HEADER]: '1',
        'x-forwarded-for': forwardedFor,
      },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    });
    const cookie = response.headers.getSetCookie()[0]?.split(';')[0]?.split('=')[1] ?? '';
    const [session] = await api.db
      .select({ ip: sessions.ip })
      .from(sessions)
      .where(eq(sessions.tokenHash, createHash('sha256').update(cookie).digest('hex')));
    return session?.ip;
  };

  it('is the entry the trusted proxies saw, never the leftmost one the client wrote', async () => {
    // More servers on the same database, each trusting other proxies.
    const servers = await Promise.all(
      ([false, 2, ['127.0.0.1', '10.0.0.0/8']] satisfies TrustProxy[]).map(async (trustProxy) => {
        const app = await buildServer({ db: api.serverDb, now: () => BASE, trustProxy });
        return { app, url: await app.listen({ host: '127.0.0.1', port: 0 }) };
      }),
    );
    try {
      const [none, twoHops, listed] = servers.map((server) => server.url);
      if (!none || !twoHops || !listed) throw new Error('A server did not start');
      // One proxy (the test's own server): the entry it appended, not the forged one before it.
      expect(await sessionIp(api.url, '6.6.6.6, 198.51.100.7')).toBe('198.51.100.7');
      expect(await sessionIp(twoHops, '6.6.6.6, 198.51.100.7, 10.0.0.3')).toBe('198.51.100.7');
      expect(await sessionIp(listed, '6.6.6.6, 198.51.100.7, 10.0.0.3')).toBe('198.51.100.7');
      // No proxy trusted: the header is ignored.
      expect(await sessionIp(none, '6.6.6.6')).toBe('127.0.0.1');
    } finally {
      await Promise.all(servers.map((server) => server.app.close()));
    }
  });
});

const changePassword = (cookie: string, body: unknown) =>
  api.http('/auth/change-password', { body, cookie });
const deleteAccount = (cookie: string, body: unknown) =>
  api.http('/auth/delete-account', { body, cookie });

describe('checking the password of a signed-in account', () => {
  it('is limited per account, whether the guesses come in parallel or not', async () => {
    const { email, cookie } = await newAccount();
    const guesses = await Promise.all(
      Array.from({ length: 15 }, (_, n) =>
        n % 2 === 0
          ? changePassword(cookie, {
              currentPassword: `guess ${n}`,
              newPassword: 'a new passphrase',
            })
          : deleteAccount(cookie, { password: `guess ${n}`, confirmEmail: email }),
      ),
    );
    expect(statusCounts(guesses.map((response) => response.status))).toEqual({ 400: 5, 429: 10 });
    const locked = await changePassword(cookie, {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a new passphrase',
    });
    expect({ status: locked.status, body: locked.body }).toEqual({
      status: 429,
      body: { error: { message: 'Too many attempts. Try again in 15 minutes.' } },
    });
    api.setNow(at(15 * MINUTE));
    expect(
      (
        await changePassword(cookie, {
          currentPassword: TEST_PASSWORD,
          newPassword: 'a new passphrase',
        })
      ).status,
    ).toBe(200);
  });

  it('is not a GraphQL mutation, so no document can alias it many times', async () => {
    const { cookie } = await newAccount();
    const aliases = Array.from(
      { length: 15 },
      (_, n) =>
        `a${n}: changePassword(input: { currentPassword: "guess ${n}", newPassword: "a new passphrase" }) { __typename }`,
    ).join('\n');
    const response = await api.gqlWithCookie(cookie, `mutation { ${aliases} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/^Cannot query field "changePassword"/);
    const deleting = await api.gqlWithCookie(
      cookie,
      'mutation { deleteAccount(input: { password: "x", confirmEmail: "y" }) { __typename } }',
    );
    expect(deleting.errors?.[0]?.message).toMatch(/^Cannot query field "deleteAccount"/);
    expect(await api.db.$count(rateLimits, like(rateLimits.key, 'password-check:%'))).toBe(0);
  });

  it('hashes with no connection held: other accounts are answered while 10 changes hash', async () => {
    const changing = await Promise.all(Array.from({ length: 10 }, () => newAccount()));
    const bystander = await newAccount();
    let release = () => {};
    hashGate.wait = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      const changes = changing.map(({ cookie }) =>
        changePassword(cookie, { currentPassword: TEST_PASSWORD, newPassword: 'a new passphrase' }),
      );
      // Give every change time to reach its hash, where it now waits.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const started = Date.now();
      const answered = await Promise.race([
        viewerWith(bystander.cookie),
        new Promise((resolve) => setTimeout(() => resolve('no answer within 3 s'), 3000)),
      ]);
      expect(answered).toBe(bystander.accountId);
      expect(Date.now() - started).toBeLessThan(3000);
      release();
      expect((await Promise.all(changes)).map((response) => response.status)).toEqual(
        Array(10).fill(200),
      );
    } finally {
      release();
      hashGate.wait = Promise.resolve();
    }
  });
});

describe('changing the password', () => {
  it('gives this browser a new session token and ends every other session', async () => {
    const { email, accountId, cookie } = await newAccount();
    const other = (await signIn(email, TEST_PASSWORD, '192.0.2.30')).sessionCookie;
    expect(await viewerWith(other)).toBe(accountId);

    const changed = await changePassword(cookie, {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a brand new passphrase',
    });
    expect({ status: changed.status, body: changed.body }).toEqual({
      status: 200,
      body: { changed: true },
    });
    expect(changed.sessionCookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(changed.sessionCookie).not.toBe(cookie);
    expect(await viewerWith(changed.sessionCookie)).toBe(accountId);
    expect(await viewerWith(cookie)).toBe(401);
    expect(await viewerWith(other)).toBe(401);
    expect(await api.db.$count(sessions, eq(sessions.accountId, accountId))).toBe(1);
    expect((await signIn(email, 'a brand new passphrase', '192.0.2.30')).status).toBe(200);
  });

  it('refuses a common password, as sign-up does, and the account’s e-mail', async () => {
    const common = await api.http('/auth/sign-up', {
      body: { email: 'common@example.com', password: 'Password123' },
    });
    const refused = {
      error: {
        message:
          'password: This password is one of the most common: choose one that is harder to guess',
        issues: [
          {
            path: ['password'],
            message: 'This password is one of the most common: choose one that is harder to guess',
          },
        ],
      },
    };
    expect({ status: common.status, body: common.body }).toEqual({ status: 400, body: refused });

    const { email, cookie } = await newAccount();
    for (const [newPassword, message] of [
      [
        'Password123',
        'This password is one of the most common: choose one that is harder to guess',
      ],
      ['qwertyuiop', 'This password is one of the most common: choose one that is harder to guess'],
      [email.toUpperCase(), 'Choose a password that is not your e-mail address'],
    ] as const) {
      const response = await changePassword(cookie, {
        currentPassword: TEST_PASSWORD,
        newPassword,
      });
      expect({ status: response.status, body: response.body }, newPassword).toEqual({
        status: 400,
        body: {
          error: {
            message: `newPassword: ${message}`,
            issues: [{ path: ['newPassword'], message }],
          },
        },
      });
    }
    // Refused before the current password was checked: nothing counted against the account.
    expect(await api.db.$count(rateLimits, like(rateLimits.key, 'password-check:%'))).toBe(0);
  });

  it('needs a session and the CSRF header', async () => {
    const { cookie } = await newAccount();
    const body = { currentPassword: TEST_PASSWORD, newPassword: 'a new passphrase' };
    expect((await api.http('/auth/change-password', { body })).status).toBe(401);
    expect((await api.http('/auth/change-password', { body, cookie, csrf: false })).status).toBe(
      403,
    );
    expect((await api.http('/auth/delete-account', { body, csrf: false, cookie })).status).toBe(
      403,
    );
  });
});

describe('deleting the account', () => {
  const PERSON = `mutation($input: PersonInput!) {
    createPerson(input: $input) { __typename }
  }`;
  const LOG = `mutation($input: LogInteractionInput!) {
    logInteraction(input: $input) { __typename }
  }`;

  it('ends with the account deleted while 20 writes for it race the delete', async () => {
    const { email, accountId, cookie } = await newAccount();
    const created = await api.gqlWithCookie<{ createPerson: { id: string } }>(
      cookie,
      'mutation { createPerson(input: { name: "First" }) { ... on Person { id } } }',
    );
    const personId = dataOf(created).createPerson.id;
    const writes = Array.from({ length: 20 }, (_, n) =>
      n % 2 === 0
        ? api.gqlWithCookie(cookie, PERSON, { input: { name: `Racer ${n}` } })
        : api.gqlWithCookie(cookie, LOG, {
            input: { kind: 'CALL', occurredAt: '2026-11-19T15:00:00Z', personIds: [personId] },
          }),
    );
    const deleted = await deleteAccount(cookie, { password: TEST_PASSWORD, confirmEmail: email });
    await Promise.all(writes);
    expect({ status: deleted.status, body: deleted.body }).toEqual({
      status: 200,
      body: { deleted: true },
    });
    expect(deleted.sessionCookie).toBe('');
    expect(await api.db.$count(accounts, eq(accounts.id, accountId))).toBe(0);
    expect(await api.db.$count(people, eq(people.accountId, accountId))).toBe(0);
    expect(await viewerWith(cookie)).toBe(401);
  });
});

describe('old rate-limit rows', () => {
  it('are pruned a bounded batch at a time as attempts are counted', async () => {
    const old = at(-2 * 60 * MINUTE);
    await api.db.execute(sql`
      insert into rate_limits (key, window_started_at, attempts)
      select 'stale:' || n, ${old}, 3 from generate_series(1, 150) as n
    `);
    await api.db
      .insert(rateLimits)
      .values({ key: 'recent', windowStartedAt: at(-50 * MINUTE), attempts: 2 });
    const stale = () => api.db.$count(rateLimits, like(rateLimits.key, 'stale:%'));

    await signIn('nobody@example.com', 'wrong password', '10.2.0.1');
    expect(await stale()).toBe(50);
    await signIn('nobody@example.com', 'wrong password', '10.2.0.1');
    expect(await stale()).toBe(0);
    expect(await api.db.$count(rateLimits, eq(rateLimits.key, 'recent'))).toBe(1);
  });
});
