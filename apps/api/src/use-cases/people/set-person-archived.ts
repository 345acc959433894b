import { people } from '@tend/db';
import { and, eq } from 'drizzle-orm';
import type { Scope } from '../scope.ts';
import { findPerson } from './find-person.ts';

/** Archiving hides a person from lists and prompts without losing their history. */
export const setPersonArchived = async (
  { db, accountId, now }: Scope,
  personId: string,
  archived: boolean,
) => {
  const current = await findPerson(db, accountId, personId);
  const [person] = await db
    .update(people)
    .set({ archivedAt: archived ? (current.archivedAt ?? now) : null, updatedAt: now })
    .where(and(eq(people.accountId, accountId), eq(people.id, current.id)))
    .returning();
  if (!person) throw new Error('Update returned no person');
  return person;
};
