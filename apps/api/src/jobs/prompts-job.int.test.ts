import { accounts, prompts } from '@tend/db';
import { eq } from 'drizzle-orm';
import { TestClock } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor } from '../test/operations.ts';
import { at, createLongLivedAccount, loopClientFor } from '../test/weekly-loop.ts';
import type { PromptSweepResult } from '../use-cases/prompts/raise-all-due-prompts.ts';
import { queueDatabaseFor } from './job-queue.ts';
import { PROMPTS_CRON, PROMPTS_QUEUE, startPromptsJob } from './prompts-job.ts';

/** A Friday in London (GMT, so local days start at 00:00Z). */
const PEOPLE_ADDED = at('2026-11-20T10:00:00Z');

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: PEOPLE_ADDED });
});
afterAll(() => api?.close());

const promptedNames = async (accountId: string) =>
  (await loopClientFor(api, accountId).openPrompts()).openPrompts.map((p) => p.person.name).sort();

describe('the prompts job', () => {
  it('raises due prompts at start and then each minute, from pg-boss’s cron', async () => {
    const accountId = await createLongLivedAccount(api);
    const me = clientFor(api, accountId);
    const loop = loopClientFor(api, accountId);
    // Due from 25 November, and from 30 November (00:00 in London).
    const early = await me.addPerson('Ada Early');
    await loop.setCadence(early.id, { mode: 'CUSTOM', days: 5 });
    const late = await me.addPerson('Lev Late');
    await loop.setCadence(late.id, { mode: 'CUSTOM', days: 10 });

    // pg-boss's own test clock drives its cron, its workers and the job's idea of now.
    const clock = new TestClock('2026-11-29T23:59:20Z');
    const runs: { at: string; result: PromptSweepResult }[] = [];
    const job = await startPromptsJob({
      db: api.serverDb,
      queue: queueDatabaseFor(
        { db: api.serverDb, kind: api.serverUrl ? 'postgres' : 'pglite' },
        api.serverUrl,
      ),
      clock,
      onRun: (result) => runs.push({ at: new Date(clock.now()).toISOString(), result }),
    });
    /** Moves pg-boss's clock on in 2 s steps until `done`, or at most a minute. */
    const tickUntil = async (done: () => boolean) => {
      for (let step = 0; step < 30 && !done(); step += 1) {
        await clock.tick(2_000);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    try {
      expect(await job.boss.getSchedules(PROMPTS_QUEUE)).toEqual([
        expect.objectContaining({ name: PROMPTS_QUEUE, cron: PROMPTS_CRON, timezone: 'UTC' }),
      ]);
      expect(await job.boss.getQueue(PROMPTS_QUEUE)).toMatchObject({ policy: 'stately' });

      // The run at start, before midnight: only Ada is due.
      await tickUntil(() => runs.length > 0);
      expect(runs[0]).toEqual({
        at: expect.stringMatching(/^2026-11-29T23:59:/),
        result: { checked: 1, failed: [] },
      });
      expect(await promptedNames(accountId)).toEqual(['Ada Early']);

      // Midnight's run: Lev fell due with the new day. (The cron may also run in the minute
      // the job started, before midnight, which raises no more.)
      const afterMidnight = () => runs.filter((run) => run.at >= '2026-11-30T00:00:00');
      await tickUntil(() => afterMidnight().length > 0);
      expect(afterMidnight()).toEqual([
        { at: expect.stringMatching(/^2026-11-30T00:0[01]:/), result: { checked: 1, failed: [] } },
      ]);
      expect(await promptedNames(accountId)).toEqual(['Ada Early', 'Lev Late']);
      const [account] = await api.db
        .select({ checkedAt: accounts.promptsCheckedAt })
        .from(accounts)
        .where(eq(accounts.id, accountId));
      expect(account?.checkedAt?.toISOString()).toMatch(/^2026-11-30T00:0[01]:/);
    } finally {
      await job.stop();
    }
    // Stopped: no more runs, whatever the clock does.
    const before = runs.length;
    await clock.tick(120_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs).toHaveLength(before);
    expect(await api.db.$count(prompts, eq(prompts.accountId, accountId))).toBe(2);
  });
});
