import type { KnowsStrength } from '@tend/domain';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  foreignKey,
  integer,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts.ts';

/** Every row belongs to one account; this is the leading column of the indexes queries use. */
export const accountId = () =>
  uuid('account_id')
    .notNull()
    .references(() => accounts.id, { onDelete: 'cascade' });

export const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);

export const createdAt = () =>
  timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/**
 * Why a prompt was raised or a person put on the week's list, as it was then (the domain's
 * ReasonFacts); the reason's text, with its day count as of when it is read, is built from these.
 */
export const reasonFactColumns = () => ({
  /** LAST_DEPTH_TOUCH: counted from the last depth touch; ADDED: from when they were added. */
  anchorKind: text('anchor_kind').$type<'LAST_DEPTH_TOUCH' | 'ADDED'>().notNull(),
  anchorAt: timestamp('anchor_at', { withTimezone: true }).notNull(),
  cadenceDays: integer('cadence_days').notNull(),
  readiness: integer('readiness').notNull(),
  /** The strongest knows tag the person had to a target buyer profile then; null: none. */
  knowsStrength: text('knows_strength').$type<KnowsStrength>(),
});

export const anchorKindCheck = (name: string, anchorKind: AnyPgColumn) =>
  check(name, sql`${anchorKind} in ('LAST_DEPTH_TOUCH','ADDED')`);

export const isDemo = () => boolean('is_demo').notNull().default(false);

/**
 * A reference that must stay inside the same account: the foreign key covers
 * (account_id, x_id), so a row can never point at another account's row.
 */
export const sameAccountReference = (
  name: string,
  columns: [AnyPgColumn, AnyPgColumn],
  target: () => [AnyPgColumn, AnyPgColumn],
) => foreignKey({ name, columns, foreignColumns: target() }).onDelete('cascade');

/**
 * An optional reference that must stay inside the same account, like `sameAccountReference`.
 * Deleting the target clears only the reference: the migration spells it
 * `ON DELETE SET NULL (x_id)`, which drizzle cannot, so account_id is never cleared.
 */
export const optionalSameAccountReference = (
  name: string,
  columns: [AnyPgColumn, AnyPgColumn],
  target: () => [AnyPgColumn, AnyPgColumn],
) => foreignKey({ name, columns, foreignColumns: target() }).onDelete('set null');
