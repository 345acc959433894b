import type { Db } from '@tend/db';
import { sql } from 'drizzle-orm';

/**
 * Whether the database answers `select 1` within `timeoutMs`: a health check must say "no"
 * in time, not wait out the pool's own connection timeout.
 */
export const checkDatabase = async (db: Db, timeoutMs: number): Promise<boolean> => {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([db.execute(sql`select 1`).then(() => true), timedOut]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
};
