import { interactionParticipants, people } from '@tend/db';
import { notFound } from '@tend/domain';
import { and, eq } from 'drizzle-orm';
import { deleteEmptyTouches } from '../interactions/delete-empty-touches.ts';
import type { Scope } from '../scope.ts';
import { clearOrigins } from './clear-origins.ts';
import { findPerson } from './find-person.ts';
import { lockPeople } from './lock-people.ts';

/**
 * Deletes a person for good, in one transaction. Their depth history, one-to-ones, prompts,
 * weekly list items, referrals, group memberships and target buyers they know go with them
 * (the foreign keys cascade), and so do the touches only they were in; shared touches keep the
 * others. People they introduced stay, with no origin. Archiving is the reversible way.
 */
export const deletePerson = async ({ db, accountId, now }: Scope, personId: string) =>
  db.transaction(async (tx) => {
    const person = await findPerson(tx, accountId, personId);
    const introduced = await tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.accountId, accountId), eq(people.originPersonId, person.id)));
    // Locked together in id order, as touch edits lock people, so the two cannot deadlock.
    const locked = await lockPeople(tx, accountId, [person.id, ...introduced.map(({ id }) => id)]);
    if (!locked.some(({ id }) => id === person.id)) throw notFound('person', personId);
    await clearOrigins(tx, accountId, { personIds: [person.id] }, now);
    const touches = await tx
      .select({ id: interactionParticipants.interactionId })
      .from(interactionParticipants)
      .where(
        and(
          eq(interactionParticipants.accountId, accountId),
          eq(interactionParticipants.personId, person.id),
        ),
      );
    await tx.delete(people).where(and(eq(people.accountId, accountId), eq(people.id, person.id)));
    await deleteEmptyTouches(
      tx,
      accountId,
      touches.map(({ id }) => id),
    );
    return { id: person.id, name: person.name };
  });
