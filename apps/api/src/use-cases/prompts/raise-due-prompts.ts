import type { DbExecutor } from '@tend/db';
import { accounts, people, prompts } from '@tend/db';
import { and, eq, gt, isNull, lte } from 'drizzle-orm';
import { type AccountSettings, loadAccountSettings } from '../scope.ts';
import { syncPrompts } from './sync-prompts.ts';

/**
 * Raises prompts for the people who fell due since the last check, and reopens prompts whose
 * snooze has ended. It reads only the slice of the (account_id, next_due_at) index since the
 * last check, so it stays cheap however large the network is. The prompts job runs it each
 * minute (reads never do); a write that makes people due at once runs it in its transaction.
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
  // Already checked up to now (a run on another replica, or a clock behind): the check never
  // moves back, so no slice is read twice.
  if (!account || (account.checkedAt && account.checkedAt >= now)) return;
  // Snoozes that have run out: the prompt is open again.
  await db
    .update(prompts)
    .set({ status: 'OPEN', snoozedUntil: null })
    .where(
      and(
        eq(prompts.accountId, accountId),
        eq(prompts.status, 'SNOOZED'),
        lte(prompts.snoozedUntil, now),
      ),
    );
  const newlyDue = await db
    .select()
    .from(people)
    .where(
      and(
        eq(people.accountId, accountId),
        isNull(people.archivedAt),
        // Due from the due date on: those not yet due at the last check are checked now.
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
