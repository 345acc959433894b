import { parseRescheduleOneToOneInput } from '@tend/domain';
import type { Scope } from '../scope.ts';
import { findClashes } from './find-clashes.ts';
import { stepStoredOneToOne } from './one-to-one-rows.ts';

/**
 * Gives a planned one-to-one a new plan, checked as a new one is; the agenda stays unless a new
 * one is given. Returns the meeting and the account's planned ones it now clashes with.
 */
export const rescheduleOneToOne = async (
  { db, accountId, now }: Scope,
  id: string,
  rawInput: unknown,
) => {
  const { agenda, ...plan } = parseRescheduleOneToOneInput(rawInput, now);
  return db.transaction(async (tx) => {
    const oneToOne = await stepStoredOneToOne(tx, accountId, id, 'RESCHEDULE', now, {
      ...plan,
      ...(agenda ? { agenda } : {}),
    });
    return { oneToOne, clashes: await findClashes(tx, accountId, oneToOne) };
  });
};
