import type { Db } from '@tend/db';
import { accounts, rateLimits } from '@tend/db';
import { parseSignInInput, SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_IP } from '@tend/domain';
import { eq, sql } from 'drizzle-orm';
import { InvalidCredentialsError, RateLimitedError } from './auth-errors.ts';
import { checkAttempt, countAttempt } from './count-attempt.ts';
import { verifyPassword } from './passwords.ts';
import { createSession } from './session-tokens.ts';

export type ClientInfo = { ip: string; userAgent?: string | undefined };

/**
 * Checks the password and opens a session. Failed attempts are counted per IP and per e-mail;
 * over either limit no password is checked at all until the window ends.
 */
export const signIn = async (db: Db, now: Date, rawInput: unknown, client: ClientInfo) => {
  const input = parseSignInInput(rawInput);
  const accountKey = `sign-in:account:${input.email}`;
  const limits = [
    [`sign-in:ip:${client.ip}`, SIGN_IN_PER_IP],
    [accountKey, SIGN_IN_PER_ACCOUNT],
  ] as const;
  for (const [key, rule] of limits) {
    const wait = await checkAttempt(db, key, rule, now);
    if (wait !== null) throw new RateLimitedError(wait);
  }
  const [account] = await db
    .select()
    .from(accounts)
    .where(sql`lower(${accounts.email}) = ${input.email}`);
  if (!(await verifyPassword(account?.passwordHash ?? null, input.password)) || !account) {
    for (const [key, rule] of limits) await countAttempt(db, key, rule, now);
    throw new InvalidCredentialsError();
  }
  await db.delete(rateLimits).where(eq(rateLimits.key, accountKey));
  const session = await createSession(db, account.id, now, client);
  return { account, session };
};
