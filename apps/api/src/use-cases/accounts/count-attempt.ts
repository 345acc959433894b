import type { DbExecutor } from '@tend/db';
import { rateLimits } from '@tend/db';
import {
  countAttempt as nextWindow,
  type RateLimitRule,
  retryAfterSeconds,
  waitBeforeAttempt,
} from '@tend/domain';
import { eq } from 'drizzle-orm';

/**
 * Counts one attempt against a key (an IP, an e-mail) in Postgres, so every replica shares
 * the count. Returns the seconds to wait when over the limit, or null.
 */
export const countAttempt = async (
  db: DbExecutor,
  key: string,
  rule: RateLimitRule,
  now: Date,
): Promise<number | null> =>
  db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(rateLimits)
      .where(eq(rateLimits.key, key))
      .for('update');
    const window = nextWindow(current ?? null, rule, now);
    await tx
      .insert(rateLimits)
      .values({ key, ...window })
      .onConflictDoUpdate({ target: rateLimits.key, set: window });
    return retryAfterSeconds(window, rule, now);
  });

/** Whether one more attempt may go ahead, without counting it: seconds to wait, or null. */
export const checkAttempt = async (
  db: DbExecutor,
  key: string,
  rule: RateLimitRule,
  now: Date,
): Promise<number | null> => {
  const [current] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
  return waitBeforeAttempt(current ?? null, rule, now);
};
