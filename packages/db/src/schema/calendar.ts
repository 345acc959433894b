import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { accountId, createdAt, id } from './columns.ts';

/**
 * The secret address a calendar app subscribes to, one per account: a new one replaces the
 * old. Only a hash of the token in the address is stored, so it is shown once.
 */
export const calendarFeeds = pgTable('calendar_feeds', {
  id: id(),
  accountId: accountId().unique('calendar_feeds_account_unique'),
  tokenHash: text('token_hash').notNull().unique('calendar_feeds_token_hash_unique'),
  createdAt: createdAt(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
});
