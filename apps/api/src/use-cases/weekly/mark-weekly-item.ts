import { weeklyListItems } from '@tend/db';
import { isUuid, notFound } from '@tend/domain';
import { and, eq } from 'drizzle-orm';
import type { Scope } from '../scope.ts';

export type WeeklyItemStatus = 'PENDING' | 'DONE' | 'SKIPPED';

/** Done, skipped, or back to pending (an undo). */
export const markWeeklyItem = async (
  { db, accountId, now }: Scope,
  itemId: string,
  status: WeeklyItemStatus,
) => {
  const [item] = isUuid(itemId)
    ? await db
        .update(weeklyListItems)
        .set({ status, actedAt: status === 'PENDING' ? null : now })
        .where(and(eq(weeklyListItems.accountId, accountId), eq(weeklyListItems.id, itemId)))
        .returning()
    : [];
  if (!item) throw notFound('weekly list item', itemId);
  return item;
};
