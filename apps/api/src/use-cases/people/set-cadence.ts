import { people } from '@tend/db';
import { nextDueFor, parseCadenceInput } from '@tend/domain';
import { and, eq } from 'drizzle-orm';
import { syncPrompts } from '../prompts/sync-prompts.ts';
import { loadAccountSettings, type Scope } from '../scope.ts';
import { findPerson } from './find-person.ts';

/** A person's own cadence (or the tier's default, or none), with the due date moved to match. */
export const setCadence = async (
  { db, accountId, now }: Scope,
  personId: string,
  rawInput: unknown,
) => {
  const cadence = parseCadenceInput(rawInput);
  return db.transaction(async (tx) => {
    const current = await findPerson(tx, accountId, personId, { forUpdate: true });
    const settings = await loadAccountSettings(tx, accountId);
    const [person] = await tx
      .update(people)
      .set({
        ...cadence,
        nextDueAt: nextDueFor({ ...current, ...cadence }, settings),
        updatedAt: now,
      })
      .where(and(eq(people.accountId, accountId), eq(people.id, current.id)))
      .returning();
    if (!person) throw new Error('Update returned no person');
    await syncPrompts(tx, accountId, [person], settings, now);
    return person;
  });
};
