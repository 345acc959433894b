import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { accountId, createdAt, id } from './columns.ts';

/**
 * Sign-in sessions, in Postgres so every API replica sees the same ones and a sign-out
 * anywhere is a sign-out everywhere. Only a hash of the cookie's token is stored.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    accountId: accountId(),
    tokenHash: text('token_hash').notNull().unique('sessions_token_hash_unique'),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    userAgent: text('user_agent'),
    ip: text('ip'),
  },
  (t) => [index('sessions_account_idx').on(t.accountId, t.lastSeenAt)],
);

/**
 * Fixed-window attempt counters (sign-in per IP and per e-mail), shared by all replicas.
 * Keyed before any account is known, so they carry no account.
 */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  attempts: integer('attempts').notNull(),
});
