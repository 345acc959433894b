import type { Db } from '@tend/db';
import { type Clock, type PgBoss, systemClock } from 'pg-boss';
import {
  type PromptSweepResult,
  raiseAllDuePrompts,
} from '../use-cases/prompts/raise-all-due-prompts.ts';
import { type QueueDatabase, startScheduledJob } from './job-queue.ts';

export const PROMPTS_QUEUE = 'raise-due-prompts';
/** Every minute: a prompt is raised at most about a minute after its person fell due. */
export const PROMPTS_CRON = '* * * * *';
/** A sweep stuck longer than this is failed, which frees the queue for the next minute's. */
export const PROMPTS_JOB_EXPIRE_SECONDS = 5 * 60;

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
 * Raises due prompts for every account each minute, and once at start; reads never do. Were two
 * sweeps to meet, each account's row lock in raiseDuePrompts puts them one after the other.
 */
export const startPromptsJob = async (options: PromptsJobOptions): Promise<PromptsJob> => {
  const log = options.log ?? (() => {});
  const clock = options.clock ?? systemClock;
  const now = options.now ?? (() => new Date(clock.now()));
  const boss = await startScheduledJob({
    queue: options.queue,
    clock,
    name: PROMPTS_QUEUE,
    cron: PROMPTS_CRON,
    expireInSeconds: PROMPTS_JOB_EXPIRE_SECONDS,
    pollingIntervalSeconds: 5,
    maxConnections: 2,
    runAtStart: true,
    log,
    run: async (signal) => {
      const result = await raiseAllDuePrompts(options.db, now(), signal);
      for (const failure of result.failed) {
        log(`Prompts for account ${failure.accountId} not raised: ${failure.error}`);
      }
      options.onRun?.(result);
    },
  });
  return { boss, stop: () => boss.stop({ graceful: true, timeout: 30_000 }) };
};
