import { randomBytes } from 'node:crypto';
import { calendarFeeds } from '@tend/db';
import { hashToken } from '../accounts/session-tokens.ts';
import type { Scope } from '../scope.ts';

/** Where a feed is served: the token is the whole secret. */
export const calendarFeedPath = (token: string): string => `/calendar/feed/${token}.ics`;

/**
 * A new secret feed address for the account, replacing (so revoking) any earlier one. Only the
 * token's hash is kept, so the address can be shown this once.
 */
export const createCalendarFeed = async ({ db, accountId, now }: Scope, origin: string) => {
  const token = randomBytes(32).toString('base64url');
  const values = { tokenHash: hashToken(token), createdAt: now, lastUsedAt: null };
  const [feed] = await db
    .insert(calendarFeeds)
    .values({ accountId, ...values })
    .onConflictDoUpdate({ target: calendarFeeds.accountId, set: values })
    .returning();
  if (!feed) throw new Error('Saving the calendar feed returned no row');
  const url = `${origin}${calendarFeedPath(token)}`;
  return { url, webcalUrl: url.replace(/^https?:/, 'webcal:'), feed };
};
