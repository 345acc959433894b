import type { DbExecutor } from '@tend/db';
import { people } from '@tend/db';
import { and, asc, eq, inArray } from 'drizzle-orm';

/**
 * Locks the account's people with these ids for the caller's transaction and returns them.
 * Always in id order, so two transactions locking overlapping sets cannot deadlock.
 */
export const lockPeople = async (
  db: DbExecutor,
  accountId: string,
  personIds: readonly string[],
) => {
  if (personIds.length === 0) return [];
  return db
    .select()
    .from(people)
    .where(and(eq(people.accountId, accountId), inArray(people.id, [...personIds])))
    .orderBy(asc(people.id))
    .for('update');
};
