import { accounts, type Db, withAccount } from '@tend/db';
import { asc, isNull, lt, or } from 'drizzle-orm';
import { raiseDuePrompts } from './raise-due-prompts.ts';

export type PromptSweepResult = {
  /** Accounts not yet checked up to `now`. */
  checked: number;
  /** Left as they were: the next sweep tries them again. */
  failed: { accountId: string; error: string }[];
};

/**
 * Raises the prompts of every account whose people fell due (and reopens snoozes that ended)
 * since its last check. Accounts are listed as the connecting role (accounts is not forced under
 * row-level security); each account is then swept in a transaction of its own, as that account,
 * so one failing account holds up no other.
 */
export const raiseAllDuePrompts = async (
  db: Db,
  now: Date,
  /** Aborted when the job's time is up: accounts not yet reached are left to the next run. */
  signal?: AbortSignal,
): Promise<PromptSweepResult> => {
  const rows = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(or(isNull(accounts.promptsCheckedAt), lt(accounts.promptsCheckedAt, now)))
    .orderBy(asc(accounts.id));
  const result: PromptSweepResult = { checked: 0, failed: [] };
  for (const { id } of rows) {
    if (signal?.aborted) break;
    try {
      await withAccount(db, id, (tx) => raiseDuePrompts(tx, id, now));
      result.checked += 1;
    } catch (error) {
      result.failed.push({
        accountId: id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return result;
};
