import { accounts, digestDeliveries } from '@tend/db';
import { eq, type SQL, sql } from 'drizzle-orm';
import { TestClock } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer, type Mailer } from '../mail/mailer.ts';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor } from '../test/operations.ts';
import { type SmtpSink, startSmtpSink } from '../test/smtp-sink.ts';
import { at, createLongLivedAccount, loopClientFor } from '../test/weekly-loop.ts';
import type { DigestRunResult } from '../use-cases/weekly/send-weekly-digests.ts';
import { QUEUE_SCHEMA, type QueueDatabase, queueDatabaseFor } from './job-queue.ts';
import {
  DIGEST_CRON,
  DIGEST_JOB_EXPIRE_SECONDS,
  DIGEST_QUEUE,
  startWeeklyDigests,
} from './weekly-digest-job.ts';

const PEOPLE_ADDED = at('2026-11-02T10:00:00Z');
const SETTINGS = { publicUrl: 'https://tend.example.test', hour: 7 };

let api: TestApi;
let sink: SmtpSink;
let queue: QueueDatabase;

const rowsOf = async <T>(statement: SQL): Promise<T[]> =>
  ((await api.db.execute(statement)) as { rows: T[] }).rows;

/**
 * pg-boss on the test's own database as the server's login (on Postgres a member of tend_server
 * only), or on the PGlite instance.
 */
const queueDatabase = (): QueueDatabase =>
  queueDatabaseFor(
    { db: api.serverDb, kind: api.serverUrl ? 'postgres' : 'pglite' },
    api.serverUrl,
  );

/** The schema comes with the migrations; its tables only once pg-boss has started. */
const queueTablesExist = async () => {
  const [row] = await rowsOf<{ found: boolean }>(
    sql`select exists (select 1 from pg_tables where schemaname = ${QUEUE_SCHEMA}) as found`,
  );
  return row?.found;
};

beforeAll(async () => {
  [api, sink] = await Promise.all([startTestApi({ now: PEOPLE_ADDED }), startSmtpSink()]);
  queue = queueDatabase();
});
afterAll(async () => {
  await Promise.all([api?.close(), sink?.close()]);
});

/** A London account whose weekly list for 23 November holds one overdue person. */
const dueAccount = async (name: string) => {
  api.setNow(PEOPLE_ADDED);
  const accountId = await createLongLivedAccount(api);
  const person = await clientFor(api, accountId).addPerson(name);
  await loopClientFor(api, accountId).setCadence(person.id, { mode: 'CUSTOM', days: 10 });
  return accountId;
};

const deliveriesOf = (accountId: string) =>
  api.db
    .select({ weekStartsOn: digestDeliveries.weekStartsOn })
    .from(digestDeliveries)
    .where(eq(digestDeliveries.accountId, accountId));

describe('scheduling the weekly digest', () => {
  it('schedules nothing and sends nothing without SMTP', async () => {
    const accountId = await dueAccount('Gil Moreno');
    const digests = await startWeeklyDigests({
      db: api.serverDb,
      queue,
      smtpUrl: undefined,
      mailFrom: 'Tend <tend@example.test>',
      settings: SETTINGS,
    });
    expect(digests).toBeNull();
    // pg-boss never started: it made no tables and holds no schedule.
    expect(await queueTablesExist()).toBe(false);
    expect(sink.messages).toEqual([]);
    expect(await deliveriesOf(accountId)).toEqual([]);
  });

  it('runs the digest from pg-boss’s quarter-hourly cron, and stops', async () => {
    await api.db.update(accounts).set({ weeklyDigest: false });
    const accountId = await dueAccount('Hana Sato');
    // pg-boss's own test clock drives its cron, its workers and the job's idea of now.
    const clock = new TestClock('2026-11-23T07:14:30Z');
    const runs: { at: string; result: DigestRunResult }[] = [];
    const digests = await startWeeklyDigests({
      db: api.serverDb,
      queue,
      smtpUrl: sink.url,
      mailFrom: 'Tend <tend@example.test>',
      settings: SETTINGS,
      clock,
      onRun: (result) => runs.push({ at: new Date(clock.now()).toISOString(), result }),
    });
    if (!digests) throw new Error('SMTP is configured: the digest must be scheduled');
    try {
      expect(await queueTablesExist()).toBe(true);
      expect(await digests.boss.getSchedules(DIGEST_QUEUE)).toEqual([
        expect.objectContaining({ name: DIGEST_QUEUE, cron: DIGEST_CRON, timezone: 'UTC' }),
      ]);

      // Until the quarter hour nothing runs, although the digest has been due since 07:00.
      await clock.tick(20_000);
      expect(runs).toEqual([]);
      expect(sink.messages).toEqual([]);

      // 07:15: the cron makes a job, a worker takes it, the digest goes out.
      for (let step = 0; step < 30 && runs.length === 0; step += 1) {
        await clock.tick(2_000);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const [mail] = await sink.waitFor(1);
      expect(mail?.subject).toBe('This week in Tend: 1 person to reconnect with');
      expect(mail?.text).toContain('1. Hana Sato');
      expect(runs).toEqual([
        {
          at: expect.stringMatching(/^2026-11-23T07:15:/),
          result: { due: 1, sent: 1, empty: 0, alreadyDelivered: 0, failed: [], claimKept: [] },
        },
      ]);
      expect(await deliveriesOf(accountId)).toEqual([{ weekStartsOn: '2026-11-23' }]);
    } finally {
      await digests.stop();
    }
    expect(sink.messages).toHaveLength(1);
  });

  it('fails a run stuck on a mail server that never answers before the next quarter hour, which then runs', async () => {
    await api.db.update(accounts).set({ weeklyDigest: false });
    sink.clear();
    const stuckAccount = await dueAccount('Ines Duarte');
    const nextAccount = await dueAccount('Jon Bakker');
    const smtp = createSmtpMailer({ smtpUrl: sink.url, from: 'Tend <tend@example.test>' });
    // The first message never gets an answer; the rest go to the sink.
    let calls = 0;
    let answer: (() => void) | undefined;
    const mailer: Mailer = {
      send: (message) => {
        calls += 1;
        if (calls > 1) return smtp.send(message);
        return new Promise((_resolve, reject) => {
          answer = () => reject(new Error('The mail server never answered'));
        });
      },
      close: () => smtp.close(),
    };
    const clock = new TestClock('2026-11-23T07:29:30Z');
    const runs: { at: string; result: DigestRunResult }[] = [];
    const digests = await startWeeklyDigests({
      db: api.serverDb,
      queue,
      smtpUrl: sink.url,
      mailFrom: 'Tend <tend@example.test>',
      settings: SETTINGS,
      clock,
      mailer,
      onRun: (result) => runs.push({ at: new Date(clock.now()).toISOString(), result }),
    });
    if (!digests) throw new Error('SMTP is configured: the digest must be scheduled');
    /** Moves pg-boss's clock on in 10 s steps until `until`, or until `done`. */
    const tickUntil = async (until: string, done: () => boolean = () => false) => {
      while (clock.now() < Date.parse(until) && !done()) {
        await clock.tick(10_000);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    };
    try {
      expect(DIGEST_JOB_EXPIRE_SECONDS).toBeLessThan(15 * 60);
      // 07:30 (the test before ran at 07:15): the run starts, claims the first account's digest and waits on its message.
      await tickUntil('2026-11-23T07:31:00Z', () => calls > 0);
      expect(calls).toBe(1);
      const active = (await digests.boss.findJobs(DIGEST_QUEUE)).find(
        (job) => job.state === 'active',
      );
      expect(active).toBeDefined();

      // Before the next quarter hour pg-boss has given up on it.
      await tickUntil('2026-11-23T07:44:50Z');
      expect(await digests.boss.getJobById(DIGEST_QUEUE, active?.id ?? '')).toMatchObject({
        state: 'failed',
        output: { message: expect.stringMatching(/exceeded/) },
      });
      expect(runs).toEqual([]);

      // 07:45: the next run is not held up; the stuck digest stays claimed, never sent twice.
      // (A busy machine may let the clock pass the minute before the worker takes the job.)
      await tickUntil('2026-11-23T07:47:00Z', () => runs.length > 0);
      expect(runs).toEqual([
        {
          at: expect.stringMatching(/^2026-11-23T07:4[56]:/),
          result: {
            due: 2,
            sent: 1,
            empty: 0,
            alreadyDelivered: 1,
            failed: [],
            claimKept: [],
          },
        },
      ]);
      const [mail] = await sink.waitFor(1);
      expect(mail?.text).toContain('1. Jon Bakker');
      expect(await deliveriesOf(stuckAccount)).toEqual([{ weekStartsOn: '2026-11-23' }]);
      expect(await deliveriesOf(nextAccount)).toEqual([{ weekStartsOn: '2026-11-23' }]);
    } finally {
      answer?.();
      await digests.stop();
    }
    expect(sink.messages).toHaveLength(1);
  });
});
