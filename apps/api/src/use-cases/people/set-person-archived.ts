import { people } from '@tend/db';
import { and, eq } from 'drizzle-orm';
import { syncPrompts } from '../prompts/sync-prompts.ts';
import { loadAccountSettings, type Scope } from '../scope.ts';
import { findPerson } from './find-person.ts';

/**
 * Archiving hides a person from lists and prompts without losing their history: their prompt
 * closes, and opens again on unarchiving if they are still due.
 */
export const setPersonArchived = async (
  { db, accountId, now }: Scope,
  personId: string,
  archived: boolean,
) =>
  db.transaction(async (tx) => {
    const current = await findPerson(tx, accountId, personId, { forUpdate: true });
    const [person] = await tx
      .update(people)
      .set({ archivedAt: archived ? (current.archivedAt ?? now) : null, updatedAt: now })
      .where(and(eq(people.accountId, accountId), eq(people.id, current.id)))
      .returning();
    if (!person) throw new Error('Update returned no person');
    await syncPrompts(tx, accountId, [person], await loadAccountSettings(tx, accountId), now);
    return person;
  });
