import { createHash } from 'node:crypto';
import { accounts, people, rateLimits, sessions } from '@tend/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { accountTables, fingerprintOf } from '../test/account-rows.ts';
import { startTestApi, TEST_PASSWORD, type TestApi } from '../test/harness.ts';
import { dataOf } from '../test/operations.ts';

const BASE = new Date('2026-11-20T10:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const at = (offsetMs: number) => new Date(BASE.getTime() + offsetMs);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const UNAUTHENTICATED = {
  errors: [{ message: 'Sign in to continue.', extensions: { code: 'UNAUTHENTICATED' } }],
};
const WRONG_CREDENTIALS = { error: { message: 'Wrong e-mail or password' } };

const VIEWER = '{ viewer { id email isOwner } }';
const PEOPLE = '{ people(first: 100) { totalCount nodes { name } } }';
const SESSIONS = '{ sessions { id current createdAt lastSeenAt expiresAt userAgent ip } }';
const ERROR_FIELDS = '... on Error { message } ... on ValidationError { issues { field message } }';
const REVOKE_SESSION = `mutation($id: ID!) {
  result: revokeSession(id: $id) {
    __typename ... on MutationRevokeSessionSuccess { data } ${ERROR_FIELDS}
  }
}`;
const SIGN_OUT_EVERYWHERE = 'mutation { result: signOutEverywhere }';

/** The REST routes' shape of a validation failure. */
const badRequest = (field: string, message: string) => ({
  error: { message: `${field}: ${message}`, issues: [{ path: [field], message }] },
});

type SessionView = {
  id: string;
  current: boolean;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
  ip: string | null;
};

// Each test starts a server of its own: more than the default time on a busy machine.
describe('the first sign-up', { timeout: 90_000 }, () => {
  let api: TestApi;
  afterAll(() => api?.close());

  const NEEDS_CODE = 'Enter the setup code printed in the server log to create the owner account';
  const WRONG_CODE = 'That is not the setup code printed in the server log';
  const SPENT_CODE =
    'The owner account already exists, so the setup code is spent. Sign in, or sign up without it.';
  const refusedCode = (message: string) => ({
    status: 403,
    body: { error: { message, issues: [{ path: ['setupCode'], message }] } },
    sessionCookie: undefined,
  });

  /** What the server held before sign-in existed: an account without a password, made first. */
  const localAccountWithData = async () => {
    const [local] = await api.db
      .insert(accounts)
      .values({ name: 'My account', createdAt: new Date('2026-01-02T08:00:00Z') })
      .returning();
    if (!local) throw new Error('No local account');
    await api.db.insert(people).values({ accountId: local.id, name: 'Ada from before' });
    return local;
  };

  const localAccountUntouched = async (localId: string) => {
    expect(await api.db.select().from(accounts)).toEqual([
      expect.objectContaining({ id: localId, email: null, passwordHash: null, isOwner: false }),
    ]);
    expect(await api.db.$count(sessions)).toBe(0);
    expect(await api.db.$count(people, eq(people.accountId, localId))).toBe(1);
  };

  it('without the setup code makes nobody the owner and takes nothing over', async () => {
    api = await startTestApi({ now: BASE, setupCode: 'QX7M-4KDT-9WBR-2HNZ' });
    const local = await localAccountWithData();
    // A stranger learns nothing about whether the server has an owner yet.
    expect((await api.http('/auth/session')).body).toEqual({ signedIn: false, allowSignUp: true });

    const stranger = { email: 'stranger@example.com', password: TEST_PASSWORD };
    const attempts = [
      [stranger, NEEDS_CODE],
      [{ ...stranger, setupCode: '' }, NEEDS_CODE],
      [{ ...stranger, setupCode: 42 }, NEEDS_CODE],
      [{ ...stranger, setupCode: 'QX7M-4KDT-9WBR-2HNA' }, WRONG_CODE],
      [{ ...stranger, setupCode: 'QX7M-4KDT-9WBR' }, WRONG_CODE],
      [{ ...stranger, setupCode: 'x'.repeat(10_000) }, WRONG_CODE],
    ] as const;
    for (const [body, message] of attempts) {
      const response = await api.http('/auth/sign-up', { body });
      expect({ ...response, headers: undefined }).toEqual({
        ...refusedCode(message),
        headers: undefined,
      });
    }
    await localAccountUntouched(local.id);
  });

  it('with the setup code claims the local account and its data; the code is then spent', async () => {
    await api?.close();
    api = await startTestApi({ now: BASE, setupCode: 'QX7M-4KDT-9WBR-2HNZ' });
    const local = await localAccountWithData();

    // Typed by hand: case, spaces and dashes do not matter.
    const owner = await api.http('/auth/sign-up', {
      body: {
        email: 'Owner@Example.com',
        password: TEST_PASSWORD,
        setupCode: ' qx7m4kdt 9wbr2hnz ',
      },
    });
    expect(owner.status).toBe(201);
    expect(owner.body).toEqual({
      account: { id: local.id, email: 'owner@example.com', name: 'My account', isOwner: true },
    });
    expect(dataOf(await api.gqlWithCookie(owner.sessionCookie, PEOPLE))).toEqual({
      people: { totalCount: 1, nodes: [{ name: 'Ada from before' }] },
    });

    const again = await api.http('/auth/sign-up', {
      body: {
        email: 'again@example.com',
        password: TEST_PASSWORD,
        setupCode: 'QX7M-4KDT-9WBR-2HNZ',
      },
    });
    expect({ ...again, headers: undefined }).toEqual({
      ...refusedCode(SPENT_CODE),
      headers: undefined,
    });
    expect(await api.db.$count(accounts)).toBe(1);

    // Later sign-ups need no code and claim nothing.
    const second = await api.http('/auth/sign-up', {
      body: { email: 'second@example.com', password: TEST_PASSWORD },
    });
    expect(second.status).toBe(201);
    const secondAccount = second.body?.account as { id: string };
    expect(secondAccount.id).not.toBe(local.id);
    expect(second.body).toEqual({
      account: {
        id: secondAccount.id,
        email: 'second@example.com',
        name: 'second@example.com',
        isOwner: false,
      },
    });
    expect(dataOf(await api.gqlWithCookie(second.sessionCookie, PEOPLE))).toEqual({
      people: { totalCount: 0, nodes: [] },
    });
    expect(dataOf(await api.gqlWithCookie(second.sessionCookie, VIEWER))).toEqual({
      viewer: { id: secondAccount.id, email: 'second@example.com', isOwner: false },
    });
    expect(await api.db.$count(accounts)).toBe(2);
    expect((await api.http('/auth/session', { cookie: second.sessionCookie })).body).toEqual({
      signedIn: true,
      allowSignUp: true,
    });
    expect((await api.http('/auth/session')).body).toEqual({ signedIn: false, allowSignUp: true });
  });

  it('is made once when two sign up with the right code at the same time', async () => {
    await api?.close();
    api = await startTestApi({ now: BASE, setupCode: 'QX7M-4KDT-9WBR-2HNZ' });
    const local = await localAccountWithData();
    const both = await Promise.all(
      ['first@example.com', 'second@example.com'].map((email) =>
        api.http('/auth/sign-up', {
          body: { email, password: TEST_PASSWORD, setupCode: 'QX7M-4KDT-9WBR-2HNZ' },
        }),
      ),
    );
    expect(both.map((response) => response.status).sort()).toEqual([201, 403]);
    const refused = both.find((response) => response.status === 403);
    expect(refused?.body).toEqual(refusedCode(SPENT_CODE).body);
    expect(
      await api.db.select({ id: accounts.id, isOwner: accounts.isOwner }).from(accounts),
    ).toEqual([{ id: local.id, isOwner: true }]);
  });

  it('cannot be made on a server started without a setup code', async () => {
    await api?.close();
    api = await startTestApi({ now: BASE, setupCode: null });
    const local = await localAccountWithData();
    for (const setupCode of [undefined, 'QX7M-4KDT-9WBR-2HNZ']) {
      const response = await api.http('/auth/sign-up', {
        body: { email: 'owner@example.com', password: TEST_PASSWORD, setupCode },
      });
      expect(response.status).toBe(403);
      expect(response.sessionCookie).toBeUndefined();
    }
    await localAccountUntouched(local.id);
  });

  it('is the only one allowed when sign-up is closed, and still needs the code', async () => {
    await api?.close();
    api = await startTestApi({ now: BASE, allowSignUp: false, setupCode: 'QX7M-4KDT-9WBR-2HNZ' });
    // Closed means closed to a stranger, owner or not.
    expect((await api.http('/auth/session')).body).toEqual({ signedIn: false, allowSignUp: false });
    const withoutCode = await api.http('/auth/sign-up', {
      body: { email: 'owner@example.com', password: TEST_PASSWORD },
    });
    expect({ ...withoutCode, headers: undefined }).toEqual({
      ...refusedCode(NEEDS_CODE),
      headers: undefined,
    });
    expect(await api.db.$count(accounts)).toBe(0);
    const owner = await api.http('/auth/sign-up', {
      body: {
        email: 'owner@example.com',
        password: TEST_PASSWORD,
        setupCode: 'QX7M-4KDT-9WBR-2HNZ',
      },
    });
    expect(owner.status).toBe(201);
    expect(owner.body?.account).toMatchObject({ email: 'owner@example.com', isOwner: true });

    const closed = {
      error: { message: 'Sign-up is closed on this server. Ask its owner for an account.' },
    };
    for (const body of [
      { email: 'second@example.com', password: TEST_PASSWORD },
      // The spent code opens nothing either.
      { email: 'second@example.com', password: TEST_PASSWORD, setupCode: 'QX7M-4KDT-9WBR-2HNZ' },
      // Nor does a closed server tell a stranger which e-mail has an account.
      { email: 'OWNER@example.com', password: TEST_PASSWORD },
    ]) {
      const refused = await api.http('/auth/sign-up', { body });
      expect(refused).toMatchObject({ status: 403, body: closed, sessionCookie: undefined });
    }
    expect(await api.db.$count(accounts)).toBe(1);
    expect(await api.db.$count(sessions)).toBe(1);
    expect((await api.http('/auth/session')).body).toEqual({ signedIn: false, allowSignUp: false });
    // The owner still signs in.
    const signIn = await api.http('/auth/sign-in', {
      body: { email: 'owner@example.com', password: TEST_PASSWORD },
    });
    expect(signIn.status).toBe(200);
    expect(dataOf(await api.gqlWithCookie(signIn.sessionCookie, VIEWER)).viewer).toMatchObject({
      email: 'owner@example.com',
      isOwner: true,
    });
  });
});

describe('sign-ups from one address', () => {
  it('are limited, since each costs a 19 MiB password hash', async () => {
    const api = await startTestApi({ signUpLimit: { max: 2, windowMs: 60 * 60_000 } });
    try {
      await api.signUp('first@example.com');
      await api.signUp('second@example.com');
      const third = await api.http('/auth/sign-up', {
        body: { email: 'third@example.com', password: TEST_PASSWORD },
      });
      expect({ status: third.status, retryAfter: third.headers.get('retry-after') }).toEqual({
        status: 429,
        retryAfter: '3600',
      });
      expect(await api.db.$count(accounts)).toBe(2);
    } finally {
      await api.close();
    }
  });
});

describe('with accounts signed up', () => {
  let api: TestApi;
  let emails = 0;
  const nextEmail = () => {
    emails += 1;
    return `person${emails}@example.com`;
  };

  const signIn = (email: string, password: string, userAgent = 'Test browser') =>
    api.http('/auth/sign-in', { body: { email, password }, headers: { 'user-agent': userAgent } });

  /** A new account; returns its e-mail, id and the sign-up's session cookie. */
  const newAccount = async () => {
    const email = nextEmail();
    const { accountId, cookie } = await api.signUp(email);
    return { email, accountId, cookie };
  };

  /** Another session of the account, opened by signing in. */
  const anotherSession = async (email: string, userAgent?: string) => {
    const response = await signIn(email, TEST_PASSWORD, userAgent);
    if (response.status !== 200 || !response.sessionCookie) {
      throw new Error(`Sign-in failed: ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.sessionCookie;
  };

  const sessionIdOf = async (cookie: string) => {
    const [row] = await api.db
      .select({ id: sessions.id })
      .from(sessions)
      .where(eq(sessions.tokenHash, sha256(cookie)));
    if (!row) throw new Error('No session for that cookie');
    return row.id;
  };

  /** What a request with the cookie gets: 200 with the viewer's id, or 401. */
  const viewerWith = async (cookie: string | undefined) => {
    const response = await api.gqlWithCookie<{ viewer: { id: string } }>(cookie, VIEWER);
    return response.status === 200 ? dataOf(response).viewer.id : response.status;
  };

  const call = async <T>(cookie: string, query: string, variables: Record<string, unknown> = {}) =>
    dataOf(await api.gqlWithCookie<{ result: T }>(cookie, query, variables)).result;

  /** Every row of every table, as text, that contains the given text. */
  const rowsContaining = async (text: string) => {
    const tables = (
      (await api.db.execute(
        sql`select table_name from information_schema.tables
            where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
      )) as { rows: { table_name: string }[] }
    ).rows.map((row) => row.table_name);
    expect(tables).toContain('sessions');
    const found: string[] = [];
    for (const table of tables) {
      const { rows } = (await api.db.execute(
        sql`select t::text as row from ${sql.identifier(table)} t where strpos(t::text, ${text}) > 0`,
      )) as { rows: { row: string }[] };
      found.push(...rows.map((row) => `${table}: ${row.row}`));
    }
    return found;
  };

  beforeAll(async () => {
    api = await startTestApi({ now: BASE });
  });
  beforeEach(async () => {
    api.setNow(BASE);
    // Every request comes from 127.0.0.1: each test starts with no sign-in attempts counted.
    await api.db.delete(rateLimits);
  });
  afterAll(() => api.close());

  describe('sign-up', () => {
    it('rejects bad input naming the field, and writes nothing', async () => {
      await newAccount();
      const accountsBefore = await api.db.$count(accounts);
      const sessionsBefore = await api.db.$count(sessions);
      const attempts = [
        [
          { email: 'not-an-email', password: TEST_PASSWORD },
          badRequest('email', 'Enter a valid e-mail address'),
        ],
        [
          { email: 'short@example.com', password: 'nine char' },
          badRequest('password', 'Use at least 10 characters'),
        ],
        [
          { email: 'Same.As@Example.com', password: 'same.as@example.com' },
          badRequest('password', 'Choose a password that is not your e-mail address'),
        ],
        [
          { email: 'PERSON1@example.COM', password: TEST_PASSWORD },
          badRequest('email', 'An account with this e-mail already exists'),
        ],
      ] as const;
      for (const [body, expected] of attempts) {
        const response = await api.http('/auth/sign-up', { body });
        expect({ status: response.status, body: response.body }).toEqual({
          status: 400,
          body: expected,
        });
        expect(response.sessionCookie).toBeUndefined();
      }
      expect(await api.db.$count(accounts)).toBe(accountsBefore);
      expect(await api.db.$count(sessions)).toBe(sessionsBefore);
    });

    it('stores an argon2id hash (m=19456, t=2, p=1) and never the password', async () => {
      const password = 'a Distinctive passphrase 42';
      const email = nextEmail();
      const { accountId } = await api.signUp(email, password);
      const [account] = await api.db.select().from(accounts).where(eq(accounts.id, accountId));
      expect(account?.passwordHash?.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
      expect(await rowsContaining(password)).toEqual([]);
      expect(await rowsContaining('Distinctive')).toEqual([]);
    });

    it('sets an httpOnly, Lax session cookie for 30 days, and stores only its sha256', async () => {
      const response = await api.http('/auth/sign-up', {
        body: { email: nextEmail(), password: TEST_PASSWORD },
      });
      expect(response.status).toBe(201);
      const token = response.sessionCookie ?? '';
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      // Plain http here: no Secure, or the browser would drop the cookie.
      expect(response.headers.getSetCookie()).toEqual([
        `tend_session=${token}; Path=/; Expires=Sun, 20 Dec 2026 10:00:00 GMT; HttpOnly; SameSite=Lax`,
      ]);
      const rows = await api.db
        .select()
        .from(sessions)
        .where(eq(sessions.tokenHash, sha256(token)));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        createdAt: BASE,
        lastSeenAt: BASE,
        expiresAt: new Date('2026-12-20T10:00:00Z'),
      });
      expect(await rowsContaining(token)).toEqual([]);
    });
  });

  describe('sign-in', () => {
    it('answers a wrong password and an unknown e-mail alike, and opens a new session', async () => {
      const { email, accountId, cookie } = await newAccount();
      const wrongPassword = await signIn(email, 'not the password');
      const unknownEmail = await signIn('nobody@example.com', TEST_PASSWORD);
      for (const response of [wrongPassword, unknownEmail]) {
        expect({ status: response.status, body: response.body }).toEqual({
          status: 401,
          body: WRONG_CREDENTIALS,
        });
        expect(response.sessionCookie).toBeUndefined();
      }
      expect(await api.db.$count(sessions, eq(sessions.accountId, accountId))).toBe(1);

      const success = await signIn(email.toUpperCase(), TEST_PASSWORD);
      expect(success.status).toBe(200);
      expect(success.body).toEqual({
        account: { id: accountId, email, name: email, isOwner: false },
      });
      expect(success.sessionCookie).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(success.sessionCookie).not.toBe(cookie);
      expect(await viewerWith(success.sessionCookie)).toBe(accountId);
      expect(await viewerWith(cookie)).toBe(accountId);
      expect(await api.db.$count(sessions, eq(sessions.accountId, accountId))).toBe(2);
    });

    it('allows 5 attempts per e-mail in 15 minutes, then 429 even with the right password', async () => {
      const { email, accountId } = await newAccount();
      const other = await newAccount();
      for (let attempt = 0; attempt < 5; attempt += 1) {
        api.setNow(at(attempt * MINUTE));
        expect((await signIn(email, `wrong password ${attempt}`)).status).toBe(401);
      }
      api.setNow(at(10 * MINUTE));
      const limited = await signIn(email, TEST_PASSWORD);
      expect({ status: limited.status, body: limited.body }).toEqual({
        status: 429,
        body: { error: { message: 'Too many attempts. Try again in 5 minutes.' } },
      });
      // The window opened with the first attempt, at BASE: it ends in 5 minutes.
      expect(limited.headers.get('retry-after')).toBe('300');
      expect(limited.sessionCookie).toBeUndefined();
      // The same e-mail in other capitals is the same account.
      expect((await signIn(email.toUpperCase(), TEST_PASSWORD)).status).toBe(429);
      // Another account from the same IP is not held up.
      expect((await signIn(other.email, TEST_PASSWORD)).status).toBe(200);
      expect(await api.db.$count(sessions, eq(sessions.accountId, accountId))).toBe(1);

      api.setNow(at(16 * MINUTE));
      const afterWindow = await signIn(email, TEST_PASSWORD);
      expect(afterWindow.status).toBe(200);
      expect(await viewerWith(afterWindow.sessionCookie)).toBe(accountId);
    });

    it('starts the per-e-mail count again after a successful sign-in', async () => {
      const { email } = await newAccount();
      for (let attempt = 0; attempt < 4; attempt += 1) {
        expect((await signIn(email, 'wrong password')).status).toBe(401);
      }
      expect((await signIn(email, TEST_PASSWORD)).status).toBe(200);
      // Without the reset the next attempt would be the 6th in the window.
      for (let attempt = 0; attempt < 5; attempt += 1) {
        expect((await signIn(email, 'wrong password')).status).toBe(401);
      }
      const sixth = await signIn(email, TEST_PASSWORD);
      expect(sixth.status).toBe(429);
      expect(sixth.headers.get('retry-after')).toBe('900');
    });

    it('allows 20 attempts per IP in 15 minutes, across e-mails', async () => {
      const { email, accountId } = await newAccount();
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const response = await signIn(`stranger${attempt}@example.com`, 'any password at all');
        expect(response.status).toBe(401);
      }
      api.setNow(at(5 * MINUTE));
      const limited = await signIn(email, TEST_PASSWORD);
      expect({ status: limited.status, body: limited.body }).toEqual({
        status: 429,
        body: { error: { message: 'Too many attempts. Try again in 10 minutes.' } },
      });
      expect(limited.headers.get('retry-after')).toBe('600');
      expect(limited.sessionCookie).toBeUndefined();

      api.setNow(at(15 * MINUTE));
      const afterWindow = await signIn(email, TEST_PASSWORD);
      expect(afterWindow.status).toBe(200);
      expect(await viewerWith(afterWindow.sessionCookie)).toBe(accountId);
    });
  });

  it('counts only failed sign-ins per IP, so an office behind one address is not locked out', async () => {
    const { email } = await newAccount();
    for (let attempt = 0; attempt < 25; attempt += 1) {
      expect((await signIn(email, TEST_PASSWORD)).status).toBe(200);
    }
  });

  describe('sessions', () => {
    it('signing out clears the cookie and ends only that session', async () => {
      const { email, accountId, cookie } = await newAccount();
      const other = await anotherSession(email);
      const response = await api.http('/auth/sign-out', { body: {}, cookie });
      expect({ status: response.status, body: response.body }).toEqual({
        status: 200,
        body: { signedIn: false },
      });
      expect(response.sessionCookie).toBe('');
      expect(response.headers.getSetCookie()).toEqual([
        'tend_session=; Max-Age=0; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax',
      ]);
      expect(await api.gqlWithCookie(cookie, VIEWER)).toEqual({ status: 401, ...UNAUTHENTICATED });
      expect(await viewerWith(other)).toBe(accountId);
      expect(await api.db.$count(sessions, eq(sessions.tokenHash, sha256(cookie)))).toBe(0);
    });

    it('end after 7 days without use', async () => {
      const { accountId, cookie } = await newAccount();
      api.setNow(at(7 * DAY - MINUTE));
      expect(await viewerWith(cookie)).toBe(accountId);
      // Seven days from that last use: still in.
      api.setNow(at(14 * DAY - 2 * MINUTE));
      expect(await viewerWith(cookie)).toBe(accountId);
      api.setNow(at(21 * DAY - MINUTE));
      expect(await api.gqlWithCookie(cookie, VIEWER)).toEqual({ status: 401, ...UNAUTHENTICATED });
      expect(await api.db.$count(sessions, eq(sessions.tokenHash, sha256(cookie)))).toBe(0);
      // Going back in time does not bring it back.
      api.setNow(at(14 * DAY));
      expect(await viewerWith(cookie)).toBe(401);
    });

    it('end 30 days after sign-in even when used every day', async () => {
      const { accountId, cookie } = await newAccount();
      for (let day = 1; day < 30; day += 1) {
        api.setNow(at(day * DAY));
        expect(await viewerWith(cookie)).toBe(accountId);
      }
      api.setNow(at(30 * DAY - MINUTE));
      expect(await viewerWith(cookie)).toBe(accountId);
      api.setNow(at(30 * DAY));
      expect(await api.gqlWithCookie(cookie, VIEWER)).toEqual({ status: 401, ...UNAUTHENTICATED });
    });

    it('/graphql without a valid session is 401 and writes nothing', async () => {
      await newAccount();
      const peopleBefore = await api.db.$count(people);
      const create = {
        query: 'mutation { createPerson(input: { name: "Intruder" }) { __typename } }',
      };
      for (const cookie of [undefined, 'not-a-real-session-token']) {
        const response = await api.http('/graphql', { body: create, cookie });
        expect({ status: response.status, body: response.body }).toEqual({
          status: 401,
          body: UNAUTHENTICATED,
        });
      }
      const get = await api.http(`/graphql?query=${encodeURIComponent(VIEWER)}`);
      expect({ status: get.status, body: get.body }).toEqual({
        status: 401,
        body: UNAUTHENTICATED,
      });
      expect(await api.db.$count(people)).toBe(peopleBefore);
      expect(await api.db.$count(people, eq(people.name, 'Intruder'))).toBe(0);
    });
  });

  describe('account operations over GraphQL', () => {
    it('lists the account’s sessions, most recently used first, marking the current one', async () => {
      const email = nextEmail();
      const signUp = await api.http('/auth/sign-up', {
        body: { email, password: TEST_PASSWORD },
        headers: { 'user-agent': 'Browser One' },
      });
      const first = signUp.sessionCookie ?? '';
      api.setNow(at(HOUR));
      const second = await anotherSession(email, 'Browser Two');
      api.setNow(at(2 * HOUR));
      const third = await anotherSession(email, 'Phone');
      const stranger = await newAccount();

      api.setNow(at(3 * HOUR));
      const listed = dataOf(await api.gqlWithCookie<{ sessions: SessionView[] }>(second, SESSIONS));
      const session = (cookie: string, userAgent: string, createdAt: Date, lastSeenAt: Date) =>
        sessionIdOf(cookie).then((id) => ({
          id,
          current: cookie === second,
          createdAt: createdAt.toISOString(),
          lastSeenAt: lastSeenAt.toISOString(),
          expiresAt: new Date(createdAt.getTime() + 30 * DAY).toISOString(),
          userAgent,
          ip: '127.0.0.1',
        }));
      expect(listed.sessions).toEqual([
        await session(second, 'Browser Two', at(HOUR), at(3 * HOUR)),
        await session(third, 'Phone', at(2 * HOUR), at(2 * HOUR)),
        await session(first, 'Browser One', BASE, BASE),
      ]);
      const ofStranger = dataOf(
        await api.gqlWithCookie<{ sessions: SessionView[] }>(stranger.cookie, SESSIONS),
      );
      expect(ofStranger.sessions.map((s) => [s.id, s.current])).toEqual([
        [await sessionIdOf(stranger.cookie), true],
      ]);
    });

    it('changes the password only with the current one, and signs out every other session', async () => {
      const { email, accountId, cookie } = await newAccount();
      const other = await anotherSession(email);
      const newPassword = 'a brand new passphrase';
      const [before] = await api.db.select().from(accounts).where(eq(accounts.id, accountId));

      const change = (body: unknown) => api.http('/auth/change-password', { body, cookie });
      const wrong = await change({ currentPassword: 'not my password', newPassword });
      expect({ status: wrong.status, body: wrong.body }).toEqual({
        status: 400,
        body: badRequest('currentPassword', 'That is not your current password'),
      });
      const short = await change({ currentPassword: TEST_PASSWORD, newPassword: 'too short' });
      expect({ status: short.status, body: short.body }).toEqual({
        status: 400,
        body: badRequest('newPassword', 'Use at least 10 characters'),
      });
      const [unchanged] = await api.db.select().from(accounts).where(eq(accounts.id, accountId));
      expect(unchanged?.passwordHash).toBe(before?.passwordHash);
      expect(await viewerWith(other)).toBe(accountId);

      const changed = await change({ currentPassword: TEST_PASSWORD, newPassword });
      expect({ status: changed.status, body: changed.body }).toEqual({
        status: 200,
        body: { changed: true },
      });
      expect(await viewerWith(other)).toBe(401);
      // This browser goes on, with a new session token (auth-limits.int.test.ts).
      expect(await viewerWith(changed.sessionCookie)).toBe(accountId);
      expect(await api.db.$count(sessions, eq(sessions.accountId, accountId))).toBe(1);
      const oldPassword = await signIn(email, TEST_PASSWORD);
      expect({ status: oldPassword.status, body: oldPassword.body }).toEqual({
        status: 401,
        body: WRONG_CREDENTIALS,
      });
      const withNew = await signIn(email, newPassword);
      expect(withNew.status).toBe(200);
      expect(await viewerWith(withNew.sessionCookie)).toBe(accountId);
    });

    it('revokes another session of the account, but not another account’s', async () => {
      const { email, accountId, cookie } = await newAccount();
      const other = await anotherSession(email);
      const stranger = await newAccount();
      const otherId = await sessionIdOf(other);
      const strangersId = await sessionIdOf(stranger.cookie);

      const revoked = await api.http('/graphql', {
        body: { query: REVOKE_SESSION, variables: { id: otherId } },
        cookie,
      });
      expect(revoked.body).toEqual({
        data: { result: { __typename: 'MutationRevokeSessionSuccess', data: true } },
      });
      expect(revoked.sessionCookie).toBeUndefined();
      expect(await viewerWith(other)).toBe(401);
      expect(await viewerWith(cookie)).toBe(accountId);

      expect(await call(cookie, REVOKE_SESSION, { id: strangersId })).toEqual({
        __typename: 'NotFoundError',
        message: `No session with id ${strangersId}`,
      });
      expect(await viewerWith(stranger.cookie)).toBe(stranger.accountId);

      // Revoking the current session signs this browser out too.
      const own = await api.http('/graphql', {
        body: { query: REVOKE_SESSION, variables: { id: await sessionIdOf(cookie) } },
        cookie,
      });
      expect(own.body).toEqual({
        data: { result: { __typename: 'MutationRevokeSessionSuccess', data: true } },
      });
      expect(own.sessionCookie).toBe('');
      expect(await viewerWith(cookie)).toBe(401);
    });

    it('signs out everywhere: every session of the account ends, this one included', async () => {
      const { email, accountId, cookie } = await newAccount();
      const second = await anotherSession(email);
      const third = await anotherSession(email);
      const stranger = await newAccount();

      const response = await api.http('/graphql', { body: { query: SIGN_OUT_EVERYWHERE }, cookie });
      expect(response.body).toEqual({ data: { result: 3 } });
      expect(response.sessionCookie).toBe('');
      for (const ended of [cookie, second, third]) expect(await viewerWith(ended)).toBe(401);
      expect(await api.db.$count(sessions, eq(sessions.accountId, accountId))).toBe(0);
      expect(await viewerWith(stranger.cookie)).toBe(stranger.accountId);
    });

    describe('deleting the account', () => {
      /** Every public table with an account_id column, with that account's rows in it. */
      const rowsPerTable = async (accountId: string) => {
        const tables = (
          (await api.db.execute(
            sql`select table_name from information_schema.columns
                where table_schema = 'public' and column_name = 'account_id'
                order by table_name`,
          )) as { rows: { table_name: string }[] }
        ).rows.map((row) => row.table_name);
        const counts: Record<string, number> = {};
        for (const table of tables) {
          const { rows } = (await api.db.execute(
            sql`select count(*)::int as n from ${sql.identifier(table)} where account_id = ${accountId}`,
          )) as { rows: { n: number }[] };
          counts[table] = rows[0]?.n ?? -1;
        }
        counts.accounts = await api.db.$count(accounts, eq(accounts.id, accountId));
        return counts;
      };

      /** Demo data and a person with a depth change and a touch, then one row in every other table. */
      const fillAccount = async (accountId: string, cookie: string) => {
        api.setNow(BASE);
        await api.db.update(accounts).set({ onboardedAt: null }).where(eq(accounts.id, accountId));
        const result = async (query: string, variables: Record<string, unknown> = {}) =>
          dataOf(
            await api.gqlWithCookie<{ result: { __typename?: string; id?: string } }>(
              cookie,
              query,
              variables,
            ),
          ).result;
        expect(
          await result('mutation { result: finishOnboarding(choice: DEMO) { hasDemoData } }'),
        ).toEqual({ hasDemoData: true });
        const created = await result(
          'mutation($input: PersonInput!) { result: createPerson(input: $input) { __typename ... on Person { id } } }',
          { input: { name: 'Own person' } },
        );
        const person = created.id ?? '';
        expect(created).toEqual({ __typename: 'Person', id: person });
        expect(
          await result(
            'mutation($id: ID!) { result: setDepthLevel(personId: $id, input: { dimension: trust, level: 2 }) { __typename } }',
            { id: person },
          ),
        ).toEqual({ __typename: 'Person' });
        expect(
          await result(
            'mutation($input: LogInteractionInput!) { result: logInteraction(input: $input) { __typename } }',
            { input: { kind: 'CALL', occurredAt: '2026-11-19T15:00:00Z', personIds: [person] } },
          ),
        ).toEqual({ __typename: 'Interaction' });
        // Tables the API does not write yet, filled directly so that none is empty.
        await api.db.execute(sql`
          with buyer as (
            insert into target_buyers (account_id, name) values (${accountId}, 'Head of ops')
            returning id
          ), week as (
            insert into weekly_lists (account_id, week_starts_on) values (${accountId}, '2026-11-16')
            returning id
          ), meeting as (
            insert into group_meetings (account_id, group_id, held_on)
            select ${accountId}, id, '2026-11-19' from groups
            where account_id = ${accountId} limit 1
          ), enjoyment as (
            insert into group_enjoyment_ratings (account_id, group_id, rated_on, rating)
            select ${accountId}, id, '2026-11-18', 4 from groups
            where account_id = ${accountId} limit 1
          ), prompt as (
            insert into prompts (account_id, person_id, due_at, anchor_kind, anchor_at,
              cadence_days, readiness)
            values (${accountId}, ${person}, '2026-11-20T00:00:00Z', 'ADDED',
              '2026-10-21T00:00:00Z', 30, 0)
          ), digest as (
            insert into digest_deliveries (account_id, week_starts_on)
            values (${accountId}, '2026-11-16')
          ), one_to_one as (
            insert into one_to_ones (account_id, person_id, starts_at)
            values (${accountId}, ${person}, '2026-11-25T09:00:00Z')
          ), import_batch as (
            insert into import_batches (account_id, file_name, format, rows, create_count,
              merge_count, reject_count)
            values (${accountId}, 'contacts.csv', 'CSV', '[]', 0, 0, 0)
          ), feed as (
            insert into calendar_feeds (account_id, token_hash)
            values (${accountId}, ${`feed-of-${accountId}`})
          ), referral as (
            insert into referrals (account_id, direction, person_id, referred_on, target_buyer_id)
            select ${accountId}, 'GIVEN', ${person}, '2026-11-19', id from buyer
            returning id
          ), referral_status as (
            insert into referral_status_changes (account_id, referral_id, status, changed_on)
            select ${accountId}, id, 'INTRODUCED', '2026-11-19' from referral
          ), ask as (
            insert into introduction_asks (account_id, person_id, target_buyer_id, message, asked_at)
            select ${accountId}, ${person}, id, 'Could you introduce me?', '2026-11-19T10:00:00Z'
            from buyer
          ), knows as (
            insert into knows (account_id, person_id, target_buyer_id, strength)
            select ${accountId}, ${person}, id, 'KNOWS_OF' from buyer
          )
          insert into weekly_list_items (account_id, weekly_list_id, person_id, position,
            anchor_kind, anchor_at, cadence_days, readiness, dormant)
          select ${accountId}, id, ${person}, 1, 'ADDED', '2026-10-21T00:00:00Z', 30, 0, false
            from week
        `);
      };

      it('needs the password and the e-mail typed again, and then leaves nothing behind', async () => {
        const doomed = await newAccount();
        const other = await anotherSession(doomed.email);
        const survivor = await newAccount();
        await fillAccount(doomed.accountId, doomed.cookie);
        await fillAccount(survivor.accountId, survivor.cookie);

        const doomedRows = await rowsPerTable(doomed.accountId);
        const tables = await accountTables(api);
        const doomedContent = await fingerprintOf(api, doomed.accountId, tables);
        const survivorContent = await fingerprintOf(api, survivor.accountId, tables);
        // Every table holds something of the account, so "nothing left" below means something.
        // A new table with an account_id fails here until fillAccount puts a row in it.
        expect(Object.keys(doomedRows).length).toBeGreaterThanOrEqual(16);
        for (const [table, count] of Object.entries(doomedRows)) {
          expect({ table, some: count > 0 }).toEqual({ table, some: true });
        }
        expect(doomedRows.sessions).toBe(2);

        for (const [input, expected] of [
          [
            { password: 'not my password', confirmEmail: doomed.email },
            badRequest('password', 'That is not your password'),
          ],
          [
            { password: TEST_PASSWORD, confirmEmail: survivor.email },
            badRequest('confirmEmail', 'Type your account’s e-mail to confirm'),
          ],
        ] as const) {
          const refused = await api.http('/auth/delete-account', {
            body: input,
            cookie: doomed.cookie,
          });
          expect({ status: refused.status, body: refused.body }).toEqual({
            status: 400,
            body: expected,
          });
          expect(refused.sessionCookie).toBeUndefined();
          expect(await fingerprintOf(api, doomed.accountId, tables)).toEqual(doomedContent);
        }

        const deleted = await api.http('/auth/delete-account', {
          body: { password: TEST_PASSWORD, confirmEmail: doomed.email.toUpperCase() },
          cookie: doomed.cookie,
        });
        expect({ status: deleted.status, body: deleted.body }).toEqual({
          status: 200,
          body: { deleted: true },
        });
        expect(deleted.sessionCookie).toBe('');

        const left = await rowsPerTable(doomed.accountId);
        expect(left).toEqual(
          Object.fromEntries(Object.keys(doomedRows).map((table) => [table, 0])),
        );
        // Another account's rows are untouched, down to their content.
        expect(await fingerprintOf(api, survivor.accountId, tables)).toEqual(survivorContent);
        expect(await viewerWith(doomed.cookie)).toBe(401);
        expect(await viewerWith(other)).toBe(401);
        expect(await viewerWith(survivor.cookie)).toBe(survivor.accountId);
        const signIn = await api.http('/auth/sign-in', {
          body: { email: doomed.email, password: TEST_PASSWORD },
        });
        expect({ status: signIn.status, body: signIn.body }).toEqual({
          status: 401,
          body: WRONG_CREDENTIALS,
        });
      });
    });
  });
});
