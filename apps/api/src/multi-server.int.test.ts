import { accounts, digestDeliveries, rateLimits, weeklyListItems, weeklyLists } from '@tend/db';
import { eq } from 'drizzle-orm';
import { TestClock } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueDatabaseFor } from './jobs/job-queue.ts';
import { startWeeklyDigests } from './jobs/weekly-digest-job.ts';
import { createSmtpMailer } from './mail/mailer.ts';
import { startTestApi, TEST_PASSWORD, type TestApi } from './test/harness.ts';
import { clientFor, dataOf } from './test/operations.ts';
import { type SmtpSink, startSmtpSink } from './test/smtp-sink.ts';
import { at, createLongLivedAccount, loopClientFor } from './test/weekly-loop.ts';
import type { DigestRunResult } from './use-cases/weekly/send-weekly-digests.ts';
import { sendWeeklyDigests } from './use-cases/weekly/send-weekly-digests.ts';

/** People are added on Monday 2 November on a 10-day cadence: all overdue three weeks later. */
const PEOPLE_ADDED = at('2026-11-02T10:00:00Z');
/** Monday 23 November 2026, 09:00 in London (GMT): the week's list is new. */
const MONDAY_NINE = at('2026-11-23T09:00:00Z');
const SETTINGS = { publicUrl: 'https://tend.example.test', hour: 7 };

type Replica = Awaited<ReturnType<TestApi['startReplica']>>;

// Two servers on one database is what replicas behind a proxy are; PGlite has one server only.
describe.skipIf(!process.env.DATABASE_URL)(
  'two servers on one Postgres database (Postgres only: PGlite cannot be shared)',
  () => {
    let a: TestApi;
    let b: Replica;
    /** Server A's harness with its requests sent to server B, for the shared test clients. */
    let onB: TestApi;
    let sink: SmtpSink;

    beforeAll(async () => {
      // One proxy in front: each request says which client address it comes from.
      [a, sink] = await Promise.all([
        startTestApi({ now: PEOPLE_ADDED, trustProxy: 1 }),
        startSmtpSink(),
      ]);
      b = await a.startReplica();
      onB = { ...a, ...b };
    });
    afterAll(async () => {
      await Promise.all([a?.close(), sink?.close()]);
    });

    const viewerOn = async (server: TestApi | Replica, cookie: string) => {
      const response = await server.gqlWithCookie<{ viewer: { id: string } }>(
        cookie,
        '{ viewer { id } }',
      );
      return response.status === 200 ? dataOf(response).viewer.id : response.status;
    };

    it('a session made on A works on B, and signing out on A ends it on B', async () => {
      a.setNow(PEOPLE_ADDED);
      const { accountId, cookie } = await a.signUp('sessions@example.com');
      expect(await viewerOn(b, cookie)).toBe(accountId);
      const out = await a.http('/auth/sign-out', { body: {}, cookie });
      expect(out.status).toBe(200);
      expect(await viewerOn(b, cookie)).toBe(401);
      expect(await viewerOn(a, cookie)).toBe(401);
    });

    it('counts sign-in attempts for one e-mail across both servers', async () => {
      a.setNow(PEOPLE_ADDED);
      await a.db.delete(rateLimits);
      await a.signUp('limits@example.com');
      // Alternating servers, from one address: the lock on an e-mail from one address binds.
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 10; attempt += 1) {
        const server = attempt % 2 === 0 ? a : b;
        const response = await server.http('/auth/sign-in', {
          body: { email: 'limits@example.com', password: `wrong ${attempt}` },
          headers: { 'x-forwarded-for': '10.9.0.1' },
        });
        statuses.push(response.status);
      }
      // Five wrong passwords, on whichever server; then both refuse, the right one too.
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
      const right = await a.http('/auth/sign-in', {
        body: { email: 'limits@example.com', password: TEST_PASSWORD },
        headers: { 'x-forwarded-for': '10.9.0.1' },
      });
      expect(right.status).toBe(429);
    });

    it('concurrent first looks at the weekly list on both servers make one list', async () => {
      for (let round = 0; round < 5; round += 1) {
        a.setNow(PEOPLE_ADDED);
        const accountId = await createLongLivedAccount(a);
        const client = clientFor(a, accountId);
        for (const name of ['Ada Byron', 'Ben Okafor', 'Cleo Park']) {
          const person = await client.addPerson(`${name} ${round}`);
          await loopClientFor(a, accountId).setCadence(person.id, { mode: 'CUSTOM', days: 10 });
        }
        a.setNow(MONDAY_NINE);
        const [onA, onOther] = await Promise.all([
          loopClientFor(a, accountId).weeklyList(),
          loopClientFor(onB, accountId).weeklyList(),
        ]);
        expect(onOther.id).toBe(onA.id);
        expect(onOther.items.map((item) => item.id)).toEqual(onA.items.map((item) => item.id));
        expect(onA.items).toHaveLength(3);
        const lists = await a.db
          .select({ id: weeklyLists.id })
          .from(weeklyLists)
          .where(eq(weeklyLists.accountId, accountId));
        expect(lists).toEqual([{ id: onA.id }]);
        expect(await a.db.$count(weeklyListItems, eq(weeklyListItems.accountId, accountId))).toBe(
          3,
        );
      }
    });

    /** A London account whose weekly list for 23 November holds one overdue person. */
    const dueAccount = async (name: string) => {
      a.setNow(PEOPLE_ADDED);
      const accountId = await createLongLivedAccount(a);
      const person = await clientFor(a, accountId).addPerson(name);
      await loopClientFor(a, accountId).setCadence(person.id, { mode: 'CUSTOM', days: 10 });
      return accountId;
    };

    const deliveriesOf = (accountId: string) =>
      a.db
        .select({ weekStartsOn: digestDeliveries.weekStartsOn })
        .from(digestDeliveries)
        .where(eq(digestDeliveries.accountId, accountId));

    it('two digest runs at once e-mail an account once', async () => {
      await a.db.update(accounts).set({ weeklyDigest: false });
      sink.clear();
      const accountId = await dueAccount('Dara Quinn');
      const mailers = [0, 1].map(() =>
        createSmtpMailer({ smtpUrl: sink.url, from: 'Tend <tend@example.test>' }),
      );
      try {
        const results = await Promise.all(
          mailers.map((mailer) =>
            sendWeeklyDigests(a.serverDb, mailer, at('2026-11-23T07:15:00Z'), SETTINGS),
          ),
        );
        expect(results.map((result) => result.sent).sort()).toEqual([0, 1]);
      } finally {
        for (const mailer of mailers) mailer.close();
      }
      expect(sink.messages).toHaveLength(1);
      expect(await deliveriesOf(accountId)).toEqual([{ weekStartsOn: '2026-11-23' }]);
    });

    it('with the digest job on both servers, the quarter hour’s run e-mails an account once', async () => {
      await a.db.update(accounts).set({ weeklyDigest: false });
      sink.clear();
      const accountId = await dueAccount('Eli Novak');
      const queue = queueDatabaseFor({ db: a.serverDb, kind: 'postgres' }, a.serverUrl);
      // Each server's pg-boss with its own clock, both just before 07:15 and moved on together.
      const clocks = [0, 1].map(() => new TestClock('2026-11-23T07:14:30Z'));
      const runs: DigestRunResult[] = [];
      // Started one after the other: a test clock's first start creates its table, and two
      // CREATE TABLE IF NOT EXISTS at once can still collide in Postgres.
      const digests = [];
      for (const clock of clocks) {
        digests.push(
          await startWeeklyDigests({
            db: a.serverDb,
            queue,
            smtpUrl: sink.url,
            mailFrom: 'Tend <tend@example.test>',
            settings: SETTINGS,
            clock,
            onRun: (result) => runs.push(result),
          }),
        );
      }
      try {
        for (let step = 0; step < 40 && sink.messages.length === 0; step += 1) {
          await Promise.all(clocks.map((clock) => clock.tick(2_000)));
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await sink.waitFor(1);
        // Time for a second run or e-mail, if either server were to make one.
        for (let step = 0; step < 10; step += 1) {
          await Promise.all(clocks.map((clock) => clock.tick(2_000)));
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      } finally {
        // One after the other: each test clock's release rewrites the same pg-boss row.
        for (const digest of digests) await digest?.stop();
      }
      expect(sink.messages).toHaveLength(1);
      expect(runs.reduce((sent, result) => sent + result.sent, 0)).toBe(1);
      expect(await deliveriesOf(accountId)).toEqual([{ weekStartsOn: '2026-11-23' }]);
    });
  },
);
