import type { Db } from '@tend/db';
import { accounts, sessions, withAccount } from '@tend/db';
import { invalid, PASSWORD_CHECK_PER_ACCOUNT, parseChangePasswordInput } from '@tend/domain';
import { eq } from 'drizzle-orm';
import { RateLimitedError } from './auth-errors.ts';
import { countAttempt, forgiveAttempt } from './count-attempt.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import type { ActiveSession } from './resolve-session.ts';
import { createSession, type NewSession } from './session-tokens.ts';
import type { ClientInfo } from './sign-in.ts';

/** The key counting one account's password checks, shared by changing it and deleting. */
export const passwordCheckKey = (accountId: string) => `password-check:account:${accountId}`;

/**
 * Checks the account's password, counted per account before it is checked (so parallel or
 * repeated guesses meet one limit), with no transaction open: argon2 takes a while, and a
 * connection held meanwhile is one fewer for every other account.
 */
export const checkAccountPassword = async (
  db: Db,
  accountId: string,
  password: string,
  now: Date,
  wrong: { field: string; message: string },
): Promise<void> => {
  const key = passwordCheckKey(accountId);
  const wait = await countAttempt(db, [{ key, rule: PASSWORD_CHECK_PER_ACCOUNT }], now);
  if (wait !== null) throw new RateLimitedError(wait);
  const passwordHash = await withAccount(db, accountId, async (tx) => {
    const [account] = await tx
      .select({ passwordHash: accounts.passwordHash })
      .from(accounts)
      .where(eq(accounts.id, accountId));
    return account?.passwordHash ?? null;
  });
  if (!(await verifyPassword(passwordHash, password))) {
    throw invalid([{ path: [wrong.field], message: wrong.message }]);
  }
  await forgiveAttempt(db, { reset: [key], uncount: [] });
};

/**
 * A new password signs out every session, this one too, and opens a new one for this browser:
 * whoever knew the old password, or holds an old cookie, is out.
 */
export const changePassword = async (
  db: Db,
  session: ActiveSession,
  now: Date,
  rawInput: unknown,
  client: ClientInfo,
): Promise<NewSession> => {
  const { accountId } = session;
  const [account] = await withAccount(db, accountId, (tx) =>
    tx.select({ email: accounts.email }).from(accounts).where(eq(accounts.id, accountId)),
  );
  const input = parseChangePasswordInput(rawInput, account?.email ?? null);
  await checkAccountPassword(db, accountId, input.currentPassword, now, {
    field: 'currentPassword',
    message: 'That is not your current password',
  });
  const passwordHash = await hashPassword(input.newPassword);
  await withAccount(db, accountId, async (tx) => {
    await tx.update(accounts).set({ passwordHash }).where(eq(accounts.id, accountId));
    await tx.delete(sessions).where(eq(sessions.accountId, accountId));
  });
  // Opened as the server, which alone may create sessions.
  return createSession(db, accountId, now, client);
};
