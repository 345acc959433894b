import { accounts } from '@tend/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, TEST_PASSWORD, TEST_SETUP_CODE, type TestApi } from '../test/harness.ts';
import { dataOf } from '../test/operations.ts';

const NOW = new Date('2026-11-20T10:00:00Z');
const HOUR = 3_600_000;
const TIMEZONE = '{ viewer { timezone } }';
const TAKEN = 'An account with this e-mail already exists';

let api: TestApi;

beforeAll(async () => {
  // Each request says its own address (X-Forwarded-For), as behind one proxy.
  api = await startTestApi({ now: NOW, trustProxy: 1 });
  // The owner, so every sign-up below makes a plain account.
  await api.signUp('owner@example.com');
});
afterAll(() => api.close());

const signUp = (body: Record<string, unknown>, ip = '203.0.113.1') =>
  api.http('/auth/sign-up', {
    body: { password: TEST_PASSWORD, ...body },
    headers: { 'x-forwarded-for': ip },
  });

const zoneOf = async (cookie: string | undefined) =>
  dataOf(await api.gqlWithCookie<{ viewer: { timezone: string } }>(cookie, TIMEZONE)).viewer
    .timezone;

describe('sign-up', () => {
  it('takes the time zone the browser sends, and UTC for none or one the server does not know', async () => {
    const cases = [
      ['auckland@example.com', 'Pacific/Auckland', 'Pacific/Auckland'],
      ['lower@example.com', 'america/new_york', 'America/New_York'],
      ['none@example.com', undefined, 'UTC'],
      ['mars@example.com', 'Mars/Olympus_Mons', 'UTC'],
      ['number@example.com', 42, 'UTC'],
    ] as const;
    for (const [email, timezone, stored] of cases) {
      const response = await signUp({ email, timezone });
      expect(response.status).toBe(201);
      expect(await zoneOf(response.sessionCookie)).toBe(stored);
    }
  });
});

describe('an empty password', () => {
  const ENTER = 'Enter a password';

  it('says "Enter a password" on sign-up, sign-in and change of password', async () => {
    const signingUp = await signUp({ email: 'empty@example.com', password: '' });
    expect({ status: signingUp.status, body: signingUp.body }).toEqual({
      status: 400,
      body: {
        error: { message: `password: ${ENTER}`, issues: [{ path: ['password'], message: ENTER }] },
      },
    });
    const signingIn = await api.http('/auth/sign-in', {
      body: { email: 'owner@example.com', password: '' },
    });
    expect(signingIn.status).toBe(400);
    expect(signingIn.body).toMatchObject({
      error: { issues: [{ path: ['password'], message: ENTER }] },
    });

    const { cookie } = await api.signUp('changing@example.com');
    const changing = await api.http('/auth/change-password', {
      body: { currentPassword: '', newPassword: '' },
      cookie,
    });
    expect(changing.status).toBe(400);
    expect(changing.body).toMatchObject({
      error: {
        issues: [
          { path: ['currentPassword'], message: ENTER },
          { path: ['newPassword'], message: ENTER },
        ],
      },
    });
  });
});

describe('sign-up telling that an e-mail has an account', () => {
  it('does so a few times an hour per address, then signs nothing up from it', async () => {
    const probe = '198.51.100.7';
    await signUp({ email: 'known@example.com' });
    for (let answer = 1; answer <= 3; answer += 1) {
      const taken = await signUp({ email: 'Known@Example.com' }, probe);
      expect(taken.status).toBe(400);
      expect(taken.body).toMatchObject({
        error: { issues: [{ path: ['email'], message: TAKEN }] },
      });
    }
    // Until the hour is over, a new e-mail and a known one get the same answer.
    for (const email of ['new-one@example.com', 'known@example.com']) {
      const refused = await signUp({ email }, probe);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('3600');
    }
    expect(await api.db.$count(accounts, eq(accounts.email, 'new-one@example.com'))).toBe(0);
    // Another address is not held up.
    expect((await signUp({ email: 'elsewhere@example.com' }, '198.51.100.8')).status).toBe(201);

    api.setNow(new Date(NOW.getTime() + HOUR));
    try {
      expect((await signUp({ email: 'new-one@example.com' }, probe)).status).toBe(201);
    } finally {
      api.setNow(NOW);
    }
  });
});

describe('the owner’s sign-up', () => {
  it('gives the unused local account the browser’s zone, and keeps the zone of one in use', async () => {
    for (const [onboardedAt, stored] of [
      [null, 'Pacific/Auckland'],
      [new Date('2026-01-05T09:00:00Z'), 'Europe/Paris'],
    ] as const) {
      const fresh = await startTestApi({ now: NOW });
      try {
        await fresh.db
          .insert(accounts)
          .values({ name: 'My account', timezone: 'Europe/Paris', onboardedAt });
        const owner = await fresh.http('/auth/sign-up', {
          body: {
            email: 'owner@example.com',
            password: TEST_PASSWORD,
            setupCode: TEST_SETUP_CODE,
            timezone: 'Pacific/Auckland',
          },
        });
        expect(owner.status).toBe(201);
        expect(
          dataOf(
            await fresh.gqlWithCookie<{ viewer: { timezone: string } }>(
              owner.sessionCookie,
              TIMEZONE,
            ),
          ).viewer.timezone,
        ).toBe(stored);
      } finally {
        await fresh.close();
      }
    }
  });
});
