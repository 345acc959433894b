import { notFound } from '@tend/domain';
import type { Scope } from '../scope.ts';
import { findPerson } from './find-person.ts';
import { removePeople } from './remove-people.ts';

/**
 * Deletes a person for good, in one transaction, by the rules of `removePeople`: what is only
 * theirs goes with them, shared touches keep the others, people they introduced lose only that
 * origin. Archiving is the reversible way.
 */
export const deletePerson = async ({ db, accountId, now }: Scope, personId: string) =>
  db.transaction(async (tx) => {
    const person = await findPerson(tx, accountId, personId);
    const removed = await removePeople(tx, accountId, [person.id], now);
    if (!removed.includes(person.id)) throw notFound('person', personId);
    return { id: person.id, name: person.name };
  });
