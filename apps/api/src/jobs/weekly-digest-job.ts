import type { Db } from '@tend/db';
import { type Clock, type PgBoss, systemClock } from 'pg-boss';
import { createSmtpMailer, type Mailer } from '../mail/mailer.ts';
import {
  type DigestRunResult,
  type DigestSettings,
  sendWeeklyDigests,
} from '../use-cases/weekly/send-weekly-digests.ts';
import { type QueueDatabase, startScheduledJob } from './job-queue.ts';

export const DIGEST_QUEUE = 'weekly-digest';
/**
 * Every quarter hour, in UTC. Zones are offset from UTC by whole, half and quarter hours
 * (Kolkata +5:30, Kathmandu +5:45), so a run falls within 15 minutes of the digest hour in every
 * zone. A run finds the accounts whose week-start morning it is; deliveries make repeats harmless.
 */
export const DIGEST_CRON = '*/15 * * * *';
/**
 * How long one run may take before pg-boss fails it and frees the queue: under the quarter hour,
 * so a run stuck on a mail server that never answers ends before the next one is due. The
 * mailer's timeouts bound each message far below this.
 */
export const DIGEST_JOB_EXPIRE_SECONDS = 10 * 60;
export type WeeklyDigestsOptions = {
  db: Db;
  queue: QueueDatabase;
  /** Unset: no digest, and nothing is scheduled. */
  smtpUrl: string | undefined;
  mailFrom: string;
  settings: DigestSettings;
  /** pg-boss's clock, which the job also reads as "now"; a test passes pg-boss's TestClock. */
  clock?: Clock;
  /** A test's own mailer; by default one over `smtpUrl`. */
  mailer?: Mailer;
  log?: (message: string) => void;
  onRun?: (result: DigestRunResult) => void;
};

export type WeeklyDigests = { boss: PgBoss; stop: () => Promise<void> };

const summary = (result: DigestRunResult) =>
  `${result.sent} sent, ${result.empty} with an empty list, ${result.alreadyDelivered} already delivered, ${result.failed.length + result.claimKept.length} failed`;

/**
 * Schedules the weekly digest when SMTP is configured; returns null (and creates nothing) when it
 * is not. The deliveries table makes each account's e-mail once per week whichever replica runs it.
 */
export const startWeeklyDigests = async (
  options: WeeklyDigestsOptions,
): Promise<WeeklyDigests | null> => {
  if (!options.smtpUrl) return null;
  const log = options.log ?? (() => {});
  const clock = options.clock ?? systemClock;
  const mailer =
    options.mailer ?? createSmtpMailer({ smtpUrl: options.smtpUrl, from: options.mailFrom });
  const boss = await startScheduledJob({
    queue: options.queue,
    clock,
    name: DIGEST_QUEUE,
    cron: DIGEST_CRON,
    expireInSeconds: DIGEST_JOB_EXPIRE_SECONDS,
    // A job every quarter hour needs no quick polling (on PGlite each poll takes the one connection).
    pollingIntervalSeconds: 10,
    maxConnections: 3,
    runAtStart: false,
    log,
    run: async (signal) => {
      const result = await sendWeeklyDigests(
        options.db,
        mailer,
        new Date(clock.now()),
        options.settings,
        signal,
      );
      if (result.due > 0) log(`Weekly digest: ${summary(result)}`);
      for (const failure of result.failed) {
        log(`Weekly digest for account ${failure.accountId} not sent: ${failure.error}`);
      }
      for (const failure of result.claimKept) {
        log(
          `Weekly digest for account ${failure.accountId} may not have been sent, and is not sent again this week: ${failure.error}`,
        );
      }
      options.onRun?.(result);
    },
  });
  return {
    boss,
    stop: async () => {
      await boss.stop({ graceful: true, timeout: 30_000 });
      if (!options.mailer) mailer.close();
    },
  };
};
