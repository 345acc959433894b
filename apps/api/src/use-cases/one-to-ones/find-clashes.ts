import type { DbExecutor } from '@tend/db';
import { oneToOnes } from '@tend/db';
import { MAX_ONE_TO_ONE_MINUTES, overlaps, type TimeSlot } from '@tend/domain';
import { and, asc, eq, gt, lt, ne } from 'drizzle-orm';

const MINUTE_MS = 60_000;
/** The stored duration may be longer than a new one may be (the table allows a day). */
const LONGEST_STORED_MINUTES = Math.max(MAX_ONE_TO_ONE_MINUTES, 24 * 60);

/** The account's other planned one-to-ones that overlap this one, soonest first. */
export const findClashes = async (
  db: DbExecutor,
  accountId: string,
  oneToOne: TimeSlot & { id: string },
) => {
  const end = new Date(oneToOne.startsAt.getTime() + oneToOne.durationMinutes * MINUTE_MS);
  const earliest = new Date(oneToOne.startsAt.getTime() - LONGEST_STORED_MINUTES * MINUTE_MS);
  const nearby = await db
    .select()
    .from(oneToOnes)
    .where(
      and(
        eq(oneToOnes.accountId, accountId),
        eq(oneToOnes.status, 'PLANNED'),
        ne(oneToOnes.id, oneToOne.id),
        gt(oneToOnes.startsAt, earliest),
        lt(oneToOnes.startsAt, end),
      ),
    )
    .orderBy(asc(oneToOnes.startsAt), asc(oneToOnes.id));
  return nearby.filter((other) => overlaps(oneToOne, other));
};
