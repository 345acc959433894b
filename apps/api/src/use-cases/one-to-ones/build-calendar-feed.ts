import { APP_ROLE, accounts, calendarFeeds, type Db, withAccount } from '@tend/db';
import { addElapsedDays, reconnectTitle } from '@tend/domain';
import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import { ICalCalendarMethod } from 'ical-generator';
import { addOneToOneEvent, tendCalendar } from '../../calendar/one-to-one-invite.ts';
import { hashToken } from '../accounts/session-tokens.ts';
import { getWeeklyList } from '../weekly/get-weekly-list.ts';

/**
 * Meetings this far back stay in the feed, so last week's are still there to look back on:
 * done ones, and planned ones still awaiting word of how they went.
 */
const PAST_DAYS = 30;
/** Plenty for any calendar; a bound on the work one fetch can cause. */
const MOST_EVENTS = 500;
const HOUR_MS = 3_600_000;

/**
 * The account a feed token belongs to. Read as the app role with only the token's hash set:
 * the table's policy then shows that one row, before any account is known.
 */
const findFeed = (db: Db, token: string) =>
  db.transaction(async (tx) => {
    const tokenHash = hashToken(token);
    await tx.execute(sql.raw(`set local role ${APP_ROLE}`));
    await tx.execute(sql`select set_config('tend.feed_token_hash', ${tokenHash}, true)`);
    const [feed] = await tx
      .select({ id: calendarFeeds.id, accountId: calendarFeeds.accountId })
      .from(calendarFeeds)
      .where(eq(calendarFeeds.tokenHash, tokenHash));
    return feed ?? null;
  });

/**
 * The subscription calendar behind a feed token: the account's planned and done one-to-ones
 * (the same events as their invites) and this week's reconnect list as all-day items on the week's first
 * day. Null for a token that is unknown or revoked.
 */
export const buildCalendarFeed = async (db: Db, token: string, now: Date) => {
  const feed = await findFeed(db, token);
  if (!feed) return null;
  return withAccount(db, feed.accountId, async (tx) => {
    // Calendar apps poll often; the last use is kept to the hour.
    await tx
      .update(calendarFeeds)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(calendarFeeds.id, feed.id),
          or(
            isNull(calendarFeeds.lastUsedAt),
            lte(calendarFeeds.lastUsedAt, new Date(now.getTime() - HOUR_MS)),
          ),
        ),
      );
    const [account] = await tx.select().from(accounts).where(eq(accounts.id, feed.accountId));
    if (!account) throw new Error(`Account ${feed.accountId} is missing`);
    // Done meetings stay where they happened; cancelled ones and no-shows did not happen.
    const meetings = await tx.query.oneToOnes.findMany({
      where: {
        accountId: account.id,
        status: { in: ['PLANNED', 'DONE'] },
        startsAt: { gte: addElapsedDays(now, -PAST_DAYS) },
      },
      with: { person: true },
      orderBy: { startsAt: 'asc', id: 'asc' },
      limit: MOST_EVENTS,
    });
    const week = await getWeeklyList(tx, account.id, now);
    const items = await tx.query.weeklyListItems.findMany({
      where: { accountId: account.id, weeklyListId: week.id, status: { ne: 'SKIPPED' } },
      with: { person: true },
      orderBy: { position: 'asc' },
    });

    const calendar = tendCalendar({
      method: ICalCalendarMethod.PUBLISH,
      name: 'Tend one-to-ones',
      ttl: HOUR_MS / 1000,
    });
    for (const { person, ...oneToOne } of meetings) {
      addOneToOneEvent(calendar, { oneToOne, person, account }, now);
    }
    // All-day dates are no instant: the week's first day as written, in no zone.
    const day = new Date(`${week.weekStartsOn}T00:00:00Z`);
    for (const item of items) {
      calendar.createEvent({
        id: `${item.id}@tend`,
        stamp: now,
        allDay: true,
        timezone: null,
        start: day,
        end: addElapsedDays(day, 1),
        summary: reconnectTitle(item.person.name, item.status === 'DONE'),
      });
    }
    return calendar.toString();
  });
};
