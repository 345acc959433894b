import type { DbExecutor } from '@tend/db';
import { weeklyListItems, weeklyLists } from '@tend/db';
import { weekContaining } from '@tend/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { AccountSettings } from '../scope.ts';

/** A touch with someone on this week's list ticks them off it. */
export const markWeeklyItemsDone = async (
  db: DbExecutor,
  accountId: string,
  personIds: readonly string[],
  settings: AccountSettings,
  now: Date,
): Promise<void> => {
  const week = weekContaining(now, settings.timezone, settings.weekStart);
  const [list] = await db
    .select({ id: weeklyLists.id })
    .from(weeklyLists)
    .where(and(eq(weeklyLists.accountId, accountId), eq(weeklyLists.weekStartsOn, week.startsOn)));
  if (!list || personIds.length === 0) return;
  await db
    .update(weeklyListItems)
    .set({ status: 'DONE', actedAt: now })
    .where(
      and(
        eq(weeklyListItems.accountId, accountId),
        eq(weeklyListItems.weeklyListId, list.id),
        inArray(weeklyListItems.personId, [...personIds]),
        eq(weeklyListItems.status, 'PENDING'),
      ),
    );
};
