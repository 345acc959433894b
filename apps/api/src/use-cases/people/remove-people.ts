import type { DbExecutor } from '@tend/db';
import { interactionParticipants, people } from '@tend/db';
import { and, eq, sql } from 'drizzle-orm';
import { deleteEmptyTouches } from '../interactions/delete-empty-touches.ts';
import { clearOrigins } from './clear-origins.ts';
import { lockPeopleIds } from './lock-people.ts';

/**
 * Deletes the account's people with these ids for good, in the caller's transaction, and
 * returns the ids deleted. Their depth history, one-to-ones, prompts, weekly list items,
 * referrals, group memberships and knows tags go with them (the foreign keys cascade), and so
 * do the touches only they were in; shared touches keep the others. People they introduced
 * stay, with no origin.
 */
export const removePeople = async (
  tx: DbExecutor,
  accountId: string,
  personIds: readonly string[],
  now: Date,
): Promise<string[]> => {
  if (personIds.length === 0) return [];
  // One array parameter: an import's people are more than a statement's parameters.
  const ids = sql`${sql.param([...personIds])}::uuid[]`;
  const introduced = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.accountId, accountId), sql`${people.originPersonId} = any(${ids})`));
  // Locked together in id order, as touch edits lock people, so the two cannot deadlock.
  await lockPeopleIds(tx, accountId, [...personIds, ...introduced.map(({ id }) => id)]);
  await clearOrigins(tx, accountId, { personIds: sql`(select unnest(${ids}))` }, now);
  const touches = await tx
    .selectDistinct({ id: interactionParticipants.interactionId })
    .from(interactionParticipants)
    .where(
      and(
        eq(interactionParticipants.accountId, accountId),
        sql`${interactionParticipants.personId} = any(${ids})`,
      ),
    );
  const removed = await tx
    .delete(people)
    .where(and(eq(people.accountId, accountId), sql`${people.id} = any(${ids})`))
    .returning({ id: people.id });
  if (touches.length > 0) {
    await deleteEmptyTouches(
      tx,
      accountId,
      touches.map(({ id }) => id),
    );
  }
  return removed.map(({ id }) => id);
};
