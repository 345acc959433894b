import { accounts } from '@tend/db';
import { invalid, parseDeleteAccountInput } from '@tend/domain';
import { eq } from 'drizzle-orm';
import type { Scope } from '../scope.ts';
import { verifyPassword } from './passwords.ts';

/**
 * Deletes the account and, through the foreign keys' cascades, every row it owns: one
 * statement, so nothing is left half-deleted.
 */
export const deleteAccount = async (
  { db, accountId }: Scope,
  rawInput: unknown,
): Promise<boolean> => {
  const input = parseDeleteAccountInput(rawInput);
  const [account] = await db.select().from(accounts).where(eq(accounts.id, accountId));
  if (!account || !(await verifyPassword(account.passwordHash, input.password))) {
    throw invalid([{ path: ['password'], message: 'That is not your password' }]);
  }
  if (account.email?.toLowerCase() !== input.confirmEmail) {
    throw invalid([{ path: ['confirmEmail'], message: 'Type your account’s e-mail to confirm' }]);
  }
  await db.delete(accounts).where(eq(accounts.id, accountId));
  return true;
};
