import { calendarFeeds } from '@tend/db';
import { eq } from 'drizzle-orm';
import type { Scope } from '../scope.ts';

/** Stops the account's feed address working; false when there was none. */
export const revokeCalendarFeed = async ({ db, accountId }: Scope): Promise<boolean> => {
  const revoked = await db
    .delete(calendarFeeds)
    .where(eq(calendarFeeds.accountId, accountId))
    .returning({ id: calendarFeeds.id });
  return revoked.length > 0;
};
