import type { Db } from '@tend/db';
import { accounts, withAccount } from '@tend/db';
import { invalid, parseDeleteAccountInput } from '@tend/domain';
import { eq, sql } from 'drizzle-orm';
import { checkAccountPassword } from './change-password.ts';

// deadlock_detected and serialization_failure: Postgres gave up on the delete, not refused it.
const RETRYABLE_SQLSTATES = new Set(['40P01', '40001']);
const DELETE_TRIES = 5;

const isRetryable = (error: unknown): boolean => {
  let current: unknown = error;
  // drizzle keeps pg's error as `cause`; a chain is short.
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth += 1) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    if (typeof code === 'string' && RETRYABLE_SQLSTATES.has(code)) return true;
    current = cause;
  }
  return false;
};

/**
 * Deletes the account and, through the foreign keys' cascades, every row it owns: one
 * transaction, so nothing is left half-deleted. The account row is locked first, so writes
 * still arriving wait for (and then fail on) the delete rather than interleave with its
 * cascades; a deadlock with one of them is tried again.
 */
export const deleteAccount = async (
  db: Db,
  accountId: string,
  now: Date,
  rawInput: unknown,
): Promise<boolean> => {
  const input = parseDeleteAccountInput(rawInput);
  const [account] = await withAccount(db, accountId, (tx) =>
    tx.select({ email: accounts.email }).from(accounts).where(eq(accounts.id, accountId)),
  );
  // Checked before the password, so a typo in the e-mail costs no attempt.
  if (account?.email?.toLowerCase() !== input.confirmEmail) {
    throw invalid([{ path: ['confirmEmail'], message: 'Type your account’s e-mail to confirm' }]);
  }
  await checkAccountPassword(db, accountId, input.password, now, {
    field: 'password',
    message: 'That is not your password',
  });
  for (let attempt = 1; ; attempt += 1) {
    try {
      await withAccount(db, accountId, async (tx) => {
        await tx.execute(sql`select id from accounts where id = ${accountId} for update`);
        await tx.delete(accounts).where(eq(accounts.id, accountId));
      });
      return true;
    } catch (error) {
      if (attempt >= DELETE_TRIES || !isRetryable(error)) throw error;
    }
  }
};
