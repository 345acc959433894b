import type { DbExecutor } from '@tend/db';
import { rateLimits } from '@tend/db';
import { decideAttempt, type LimitRule, RATE_LIMIT_RETENTION_MS } from '@tend/domain';
import { and, eq, inArray, lt, sql } from 'drizzle-orm';

export type Limit = { key: string; rule: LimitRule };

// Each count removes at most this many ended rows, so no request pays for a long backlog.
const PRUNE_BATCH = 100;

/**
 * Checks and counts one attempt against every key at once, in Postgres so every replica shares
 * the count. The rows are locked (in key order, so two attempts never deadlock) before they
 * are read: parallel attempts queue and each sees the one before, so a burst meets the same
 * limit as attempts one after another. Allowed: every key counts it, and null is returned.
 * Refused by any key: nothing is counted, and the seconds to wait are returned.
 */
export const countAttempt = async (
  db: DbExecutor,
  limits: readonly Limit[],
  now: Date,
): Promise<number | null> =>
  db.transaction(async (tx) => {
    const sorted = [...limits].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const keys = sorted.map((limit) => limit.key);
    // A key seen for the first time needs a row to lock; an empty one changes no decision.
    await tx
      .insert(rateLimits)
      .values(keys.map((key) => ({ key, windowStartedAt: now, attempts: 0 })))
      .onConflictDoNothing();
    const rows = await tx
      .select()
      .from(rateLimits)
      .where(inArray(rateLimits.key, keys))
      .orderBy(rateLimits.key)
      .for('update');
    const decisions = sorted.map((limit) =>
      decideAttempt(rows.find((row) => row.key === limit.key) ?? null, limit.rule, now),
    );
    const waits = decisions.flatMap((d) => (d.allowed ? [] : [d.retryAfterSeconds]));
    if (waits.length > 0) return Math.max(...waits);
    for (const [index, limit] of sorted.entries()) {
      const decision = decisions[index];
      if (decision?.allowed) {
        await tx.update(rateLimits).set(decision.next).where(eq(rateLimits.key, limit.key));
      }
    }
    await pruneEnded(tx, now);
    return null;
  });

/**
 * The seconds to wait before an attempt any of the keys would refuse, or null; counts nothing,
 * for keys counted only on some outcomes of an attempt.
 */
export const waitBefore = async (
  db: DbExecutor,
  limits: readonly Limit[],
  now: Date,
): Promise<number | null> => {
  const rows = await db
    .select()
    .from(rateLimits)
    .where(
      inArray(
        rateLimits.key,
        limits.map((limit) => limit.key),
      ),
    );
  const waits = limits.flatMap((limit) => {
    const decision = decideAttempt(
      rows.find((row) => row.key === limit.key) ?? null,
      limit.rule,
      now,
    );
    return decision.allowed ? [] : [decision.retryAfterSeconds];
  });
  return waits.length > 0 ? Math.max(...waits) : null;
};

/**
 * Deletes a batch of rows no rule reads any more. Rows another attempt holds are skipped, so
 * pruning never waits for one nor deletes a count it has just made.
 */
const pruneEnded = async (tx: DbExecutor, now: Date) => {
  const cutoff = new Date(now.getTime() - RATE_LIMIT_RETENTION_MS);
  await tx.delete(rateLimits).where(
    and(
      lt(rateLimits.windowStartedAt, cutoff),
      inArray(
        rateLimits.key,
        sql`(select ${rateLimits.key} from ${rateLimits}
             where ${rateLimits.windowStartedAt} < ${cutoff}
             limit ${PRUNE_BATCH} for update skip locked)`,
      ),
    ),
  );
};

/**
 * After the right password: `reset` keys start again (the lock on that account), `uncount`
 * keys take the attempt back (an address's count is of failures only).
 */
export const forgiveAttempt = async (
  db: DbExecutor,
  { reset, uncount }: { reset: readonly string[]; uncount: readonly string[] },
) => {
  if (reset.length > 0) await db.delete(rateLimits).where(inArray(rateLimits.key, [...reset]));
  if (uncount.length > 0) {
    await db
      .update(rateLimits)
      .set({ attempts: sql`greatest(${rateLimits.attempts} - 1, 0)` })
      .where(inArray(rateLimits.key, [...uncount]));
  }
};
