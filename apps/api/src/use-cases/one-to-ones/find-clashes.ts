import type { DbExecutor } from '@tend/db';
import { oneToOnes } from '@tend/db';
import {
  addMinutes,
  isUuid,
  MAX_ONE_TO_ONE_MINUTES,
  oneToOneEndsAt,
  overlaps,
  type TimeSlot,
} from '@tend/domain';
import { and, asc, eq, gt, lt, ne } from 'drizzle-orm';

/** The stored duration may be longer than a new one may be (the table allows a day). */
const LONGEST_STORED_MINUTES = Math.max(MAX_ONE_TO_ONE_MINUTES, 24 * 60);

/**
 * The account's planned one-to-ones that overlap the slot, soonest first. `id` names the
 * meeting in that slot, which is no clash with itself.
 */
export const findClashes = async (
  db: DbExecutor,
  accountId: string,
  slot: TimeSlot & { id?: string | undefined },
) => {
  const earliest = addMinutes(slot.startsAt, -LONGEST_STORED_MINUTES);
  const nearby = await db
    .select()
    .from(oneToOnes)
    .where(
      and(
        eq(oneToOnes.accountId, accountId),
        eq(oneToOnes.status, 'PLANNED'),
        // An id that is no UUID names no stored meeting (and would not compare with one).
        slot.id !== undefined && isUuid(slot.id) ? ne(oneToOnes.id, slot.id) : undefined,
        gt(oneToOnes.startsAt, earliest),
        lt(oneToOnes.startsAt, oneToOneEndsAt(slot)),
      ),
    )
    .orderBy(asc(oneToOnes.startsAt), asc(oneToOnes.id));
  return nearby.filter((other) => overlaps(slot, other));
};
