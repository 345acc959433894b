import type { Db } from '@tend/db';
import { accounts } from '@tend/db';
import {
  parseSignInInput,
  SIGN_IN_PACE,
  SIGN_IN_PER_ACCOUNT,
  SIGN_IN_PER_ACCOUNT_AND_IP,
  SIGN_IN_PER_IP,
} from '@tend/domain';
import { sql } from 'drizzle-orm';
import { InvalidCredentialsError, RateLimitedError } from './auth-errors.ts';
import { countAttempt, forgiveAttempt } from './count-attempt.ts';
import { verifyPassword } from './passwords.ts';
import { createSession } from './session-tokens.ts';

export type ClientInfo = { ip: string; userAgent?: string | undefined };

/**
 * Checks the password and opens a session. Each attempt is counted before the password is
 * checked, per address, per e-mail and address (the lock), and per e-mail across addresses
 * (a softer cap, with growing waits); over any limit no password is checked at all. The right
 * password takes the attempt back.
 */
export const signIn = async (db: Db, now: Date, rawInput: unknown, client: ClientInfo) => {
  const input = parseSignInInput(rawInput);
  const ipKey = `sign-in:ip:${client.ip}`;
  const accountKeys = [
    `sign-in:account-ip:${JSON.stringify([input.email, client.ip])}`,
    `sign-in:account:${input.email}`,
    `sign-in:pace:${input.email}`,
  ] as const;
  const wait = await countAttempt(
    db,
    [
      { key: ipKey, rule: SIGN_IN_PER_IP },
      { key: accountKeys[0], rule: SIGN_IN_PER_ACCOUNT_AND_IP },
      { key: accountKeys[1], rule: SIGN_IN_PER_ACCOUNT },
      { key: accountKeys[2], rule: SIGN_IN_PACE },
    ],
    now,
  );
  if (wait !== null) throw new RateLimitedError(wait);
  const [account] = await db
    .select()
    .from(accounts)
    .where(sql`lower(${accounts.email}) = ${input.email}`);
  if (!(await verifyPassword(account?.passwordHash ?? null, input.password)) || !account) {
    throw new InvalidCredentialsError();
  }
  await forgiveAttempt(db, { reset: accountKeys, uncount: [ipKey] });
  const session = await createSession(db, account.id, now, client);
  return { account, session };
};
