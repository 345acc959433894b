import { ensureCanMeet, parseRescheduleOneToOneInput, stepOneToOne } from '@tend/domain';
import { findPerson } from '../people/find-person.ts';
import type { Scope } from '../scope.ts';
import { findClashes } from './find-clashes.ts';
import { findOneToOneForUpdate, updateOneToOne } from './one-to-one-rows.ts';

/**
 * Gives a planned one-to-one with a person who is not archived a new start, checked as a new
 * one is; what the input leaves out stays as stored. Returns the meeting and the account's
 * planned ones it now clashes with.
 */
export const rescheduleOneToOne = async (
  { db, accountId, now }: Scope,
  id: string,
  rawInput: unknown,
) => {
  const changes = parseRescheduleOneToOneInput(rawInput, now);
  return db.transaction(async (tx) => {
    const current = await findOneToOneForUpdate(tx, accountId, id);
    const next = stepOneToOne(current, 'RESCHEDULE', now);
    // Locked, so the person cannot be archived while the meeting is being moved.
    ensureCanMeet(await findPerson(tx, accountId, current.personId, { forUpdate: true }), 'id');
    const oneToOne = await updateOneToOne(tx, accountId, id, {
      ...next,
      ...changes,
      updatedAt: now,
    });
    return { oneToOne, clashes: await findClashes(tx, accountId, oneToOne) };
  });
};
