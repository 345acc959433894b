import type { DbExecutor } from '@tend/db';
import { accounts, people } from '@tend/db';
import { and, eq, gt, isNull, lte } from 'drizzle-orm';
import { type AccountSettings, loadAccountSettings } from '../scope.ts';
import { syncPrompts } from './sync-prompts.ts';

/**
 * Raises prompts for the people who fell due since the last check. It reads only that slice
 * of the (account_id, next_due_at) index, so it stays cheap however large the network is.
 */
export const raiseDuePrompts = async (
  db: DbExecutor,
  accountId: string,
  now: Date,
  settings?: AccountSettings,
): Promise<void> => {
  const [account] = await db
    .select({ checkedAt: accounts.promptsCheckedAt })
    .from(accounts)
    .where(eq(accounts.id, accountId))
    .for('update');
  if (!account || (account.checkedAt && account.checkedAt >= now)) return;
  const newlyDue = await db
    .select()
    .from(people)
    .where(
      and(
        eq(people.accountId, accountId),
        isNull(people.archivedAt),
        lte(people.nextDueAt, now),
        account.checkedAt ? gt(people.nextDueAt, account.checkedAt) : undefined,
      ),
    );
  await syncPrompts(
    db,
    accountId,
    newlyDue,
    settings ?? (await loadAccountSettings(db, accountId)),
    now,
  );
  await db.update(accounts).set({ promptsCheckedAt: now }).where(eq(accounts.id, accountId));
};
