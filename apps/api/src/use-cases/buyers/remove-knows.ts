import { knows } from '@tend/db';
import { isUuid, notFound } from '@tend/domain';
import { and, eq } from 'drizzle-orm';
import { findPerson } from '../people/find-person.ts';
import type { Scope } from '../scope.ts';

/** Removes the person's tag for a profile and returns the person, to show what is left. */
export const removeKnows = async (
  { db, accountId }: Scope,
  personId: string,
  targetBuyerId: string,
) => {
  const person = await findPerson(db, accountId, personId);
  if (!isUuid(targetBuyerId)) throw notFound('target buyer profile', targetBuyerId);
  const removed = await db
    .delete(knows)
    .where(
      and(
        eq(knows.accountId, accountId),
        eq(knows.personId, person.id),
        eq(knows.targetBuyerId, targetBuyerId),
      ),
    )
    .returning({ personId: knows.personId });
  if (removed.length === 0) throw notFound('knows tag for target buyer', targetBuyerId);
  return person;
};
