import type { Db } from '@tend/db';
import { type Clock, type PgBoss, systemClock } from 'pg-boss';
import {
  type PromptSweepResult,
  raiseAllDuePrompts,
} from '../use-cases/prompts/raise-all-due-prompts.ts';
import { createQueueBoss, type QueueDatabase } from './job-queue.ts';

export const PROMPTS_QUEUE = 'raise-due-prompts';
/** Every minute: a prompt is raised at most about a minute after its person fell due. */
export const PROMPTS_CRON = '* * * * *';
/** A sweep stuck longer than this is failed, which frees the queue for the next minute's. */
export const PROMPTS_JOB_EXPIRE_SECONDS = 5 * 60;
/** Set on the queue at every start, as creating an existing queue changes nothing. */
export const PROMPTS_QUEUE_OPTIONS = {
  retryLimit: 0,
  expireInSeconds: PROMPTS_JOB_EXPIRE_SECONDS,
};

export type PromptsJobOptions = {
  db: Db;
  queue: QueueDatabase;
  /** pg-boss's clock, for its cron and workers; a test passes pg-boss's TestClock. */
  clock?: Clock;
  /** The server's "now" for the sweep (a fixed clock under TEND_TEST_NOW); pg-boss's by default. */
  now?: () => Date;
  log?: (message: string) => void;
  onRun?: (result: PromptSweepResult) => void;
};

export type PromptsJob = { boss: PgBoss; stop: () => Promise<void> };

/**
 * Raises due prompts for every account each minute, and once at start, through pg-boss; reads
 * never do. pg-boss's cron sends one job per minute across all replicas, and the 'stately'
 * queue keeps at most one run waiting and one running, so slow sweeps never pile up. Were two
 * sweeps to meet, each account's row lock in raiseDuePrompts puts them one after the other.
 */
export const startPromptsJob = async (options: PromptsJobOptions): Promise<PromptsJob> => {
  const log = options.log ?? (() => {});
  const clock = options.clock ?? systemClock;
  const now = options.now ?? (() => new Date(clock.now()));
  const boss = createQueueBoss(options.queue, clock, 2);
  boss.on('error', (error) => log(`Prompts queue: ${error.message}`));
  await boss.start();
  await boss.createQueue(PROMPTS_QUEUE, { policy: 'stately', ...PROMPTS_QUEUE_OPTIONS });
  await boss.updateQueue(PROMPTS_QUEUE, PROMPTS_QUEUE_OPTIONS);
  await boss.work(PROMPTS_QUEUE, { pollingIntervalSeconds: 5 }, async ([job]) => {
    const result = await raiseAllDuePrompts(options.db, now(), job?.signal);
    for (const failure of result.failed) {
      log(`Prompts for account ${failure.accountId} not raised: ${failure.error}`);
    }
    options.onRun?.(result);
  });
  await boss.schedule(PROMPTS_QUEUE, PROMPTS_CRON, null, { tz: 'UTC', missed: 'once' });
  // At start: what fell due while no server ran is raised now, not at the next minute. With a
  // run already waiting, 'stately' drops this one.
  await boss.send(PROMPTS_QUEUE, null);
  return { boss, stop: () => boss.stop({ graceful: true, timeout: 30_000 }) };
};
