import { plannableSlot } from '@tend/domain';
import type { Scope } from '../scope.ts';
import { findClashes } from './find-clashes.ts';

/**
 * The account's planned one-to-ones a meeting in this slot would clash with, to warn of before
 * saving; `excludeId` is the meeting being moved. Only a warning: a slot no meeting could be
 * planned in has none, and saving it reports why.
 */
export const findSlotClashes = async (
  { db, accountId }: Scope,
  slot: { startsAt: Date; durationMinutes: number; excludeId?: string | null | undefined },
) => {
  const plannable = plannableSlot(slot.startsAt, slot.durationMinutes);
  if (!plannable) return [];
  return findClashes(db, accountId, { ...plannable, id: slot.excludeId ?? undefined });
};
