import { accounts, digestDeliveries } from '@tend/db';
import { eq, type SQL, sql } from 'drizzle-orm';
import { TestClock } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor } from '../test/operations.ts';
import { type SmtpSink, startSmtpSink } from '../test/smtp-sink.ts';
import { at, createLongLivedAccount, loopClientFor } from '../test/weekly-loop.ts';
import type { DigestRunResult } from '../use-cases/weekly/send-weekly-digests.ts';
import {
  DIGEST_CRON,
  DIGEST_QUEUE,
  QUEUE_SCHEMA,
  type QueueDatabase,
  queueDatabaseFor,
  startWeeklyDigests,
} from './weekly-digest-job.ts';

const PEOPLE_ADDED = at('2026-11-02T10:00:00Z');
const SETTINGS = { publicUrl: 'https://tend.example.test', hour: 7 };

let api: TestApi;
let sink: SmtpSink;
let queue: QueueDatabase;

const rowsOf = async <T>(statement: SQL): Promise<T[]> =>
  ((await api.db.execute(statement)) as { rows: T[] }).rows;

/** pg-boss on the test's own database: its Postgres database, or the PGlite instance. */
const queueDatabase = async (): Promise<QueueDatabase> => {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) return queueDatabaseFor({ db: api.db, kind: 'pglite' }, undefined);
  const [row] = await rowsOf<{ name: string }>(sql`select current_database() as name`);
  const url = new URL(adminUrl);
  url.pathname = `/${row?.name}`;
  return queueDatabaseFor({ db: api.db, kind: 'postgres' }, url.toString());
};

const queueSchemaExists = async () => {
  const [row] = await rowsOf<{ found: boolean }>(
    sql`select exists (select 1 from pg_namespace where nspname = ${QUEUE_SCHEMA}) as found`,
  );
  return row?.found;
};

beforeAll(async () => {
  [api, sink] = await Promise.all([startTestApi({ now: PEOPLE_ADDED }), startSmtpSink()]);
  queue = await queueDatabase();
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
      db: api.db,
      queue,
      smtpUrl: undefined,
      mailFrom: 'Tend <tend@example.test>',
      settings: SETTINGS,
    });
    expect(digests).toBeNull();
    // pg-boss never started: it made no schema and holds no schedule.
    expect(await queueSchemaExists()).toBe(false);
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
      db: api.db,
      queue,
      smtpUrl: sink.url,
      mailFrom: 'Tend <tend@example.test>',
      settings: SETTINGS,
      clock,
      onRun: (result) => runs.push({ at: new Date(clock.now()).toISOString(), result }),
    });
    if (!digests) throw new Error('SMTP is configured: the digest must be scheduled');
    try {
      expect(await queueSchemaExists()).toBe(true);
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
          result: { due: 1, sent: 1, empty: 0, alreadyDelivered: 0, failed: [] },
        },
      ]);
      expect(await deliveriesOf(accountId)).toEqual([{ weekStartsOn: '2026-11-23' }]);
    } finally {
      await digests.stop();
    }
    expect(sink.messages).toHaveLength(1);
  });
});
