import { calendarFeeds } from '@tend/db';
import { eq } from 'drizzle-orm';
import type { Scope } from '../scope.ts';

/** The account's calendar feed, if it has one (never its token: only the hash is kept). */
export const findCalendarFeed = async ({ db, accountId }: Scope) => {
  const [feed] = await db
    .select()
    .from(calendarFeeds)
    .where(eq(calendarFeeds.accountId, accountId));
  return feed ?? null;
};
