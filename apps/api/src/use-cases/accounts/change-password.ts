import { accounts, sessions } from '@tend/db';
import { invalid, parseChangePasswordInput } from '@tend/domain';
import { and, eq, ne } from 'drizzle-orm';
import type { Scope } from '../scope.ts';
import { hashPassword, verifyPassword } from './passwords.ts';

/** A new password signs out every other session: whoever knew the old one is out. */
export const changePassword = async (
  { db, accountId }: Scope,
  currentSessionId: string,
  rawInput: unknown,
): Promise<boolean> => {
  const input = parseChangePasswordInput(rawInput);
  const [account] = await db.select().from(accounts).where(eq(accounts.id, accountId));
  if (!account || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw invalid([{ path: ['currentPassword'], message: 'That is not your current password' }]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(accounts).set({ passwordHash }).where(eq(accounts.id, accountId));
    await tx
      .delete(sessions)
      .where(and(eq(sessions.accountId, accountId), ne(sessions.id, currentSessionId)));
  });
  return true;
};
