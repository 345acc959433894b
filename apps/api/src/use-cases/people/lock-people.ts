import type { DbExecutor } from '@tend/db';
import { people } from '@tend/db';
import { and, asc, eq, sql } from 'drizzle-orm';

/**
 * Locks the account's people with these ids for the caller's transaction and returns them.
 * Always in id order, so two transactions locking overlapping sets cannot deadlock. The ids go as
 * one array parameter: a whole network is more than a statement's 65,535 parameters.
 */
export const lockPeople = async (
  db: DbExecutor,
  accountId: string,
  personIds: readonly string[],
) =>
  personIds.length === 0
    ? []
    : db
        .select()
        .from(people)
        .where(ofAccount(accountId, personIds))
        .orderBy(asc(people.id))
        .for('update');

/** As `lockPeople`, returning only the ids: a whole network's rows are much to send for a lock. */
export const lockPeopleIds = async (
  db: DbExecutor,
  accountId: string,
  personIds: readonly string[],
) =>
  personIds.length === 0
    ? []
    : db
        .select({ id: people.id })
        .from(people)
        .where(ofAccount(accountId, personIds))
        .orderBy(asc(people.id))
        .for('update');

const ofAccount = (accountId: string, personIds: readonly string[]) =>
  and(
    eq(people.accountId, accountId),
    sql`${people.id} = any(${sql.param([...personIds])}::uuid[])`,
  );
