import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accountId, id, sameAccountReference } from './columns.ts';
import { people } from './people.ts';

export const PROMPT_STATUSES = ['OPEN', 'SNOOZED', 'DISMISSED', 'DONE'] as const;

export const prompts = pgTable(
  'prompts',
  {
    id: id(),
    accountId: accountId(),
    personId: uuid('person_id').notNull(),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
    /** The due date the prompt was raised for: one prompt per person and due date. */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    // Why it was raised, as it was then; the reason's text, with its day count as of when it is
    // read, is built from these (the domain's promptReason).
    /** LAST_DEPTH_TOUCH: counted from the last depth touch; ADDED: from when they were added. */
    anchorKind: text('anchor_kind').$type<'LAST_DEPTH_TOUCH' | 'ADDED'>().notNull(),
    anchorAt: timestamp('anchor_at', { withTimezone: true }).notNull(),
    cadenceDays: integer('cadence_days').notNull(),
    readiness: integer('readiness').notNull(),
    knowsTargetBuyer: boolean('knows_target_buyer').notNull(),
    status: text('status').$type<(typeof PROMPT_STATUSES)[number]>().notNull().default('OPEN'),
    snoozedUntil: timestamp('snoozed_until', { withTimezone: true }),
    dismissedReason: text('dismissed_reason'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    sameAccountReference('prompts_person_fk', [t.accountId, t.personId], () => [
      people.accountId,
      people.id,
    ]),
    index('prompts_account_status_idx').on(t.accountId, t.status, t.dueAt, t.id),
    index('prompts_account_person_idx').on(t.accountId, t.personId),
    unique('prompts_person_due_unique').on(t.accountId, t.personId, t.dueAt),
    uniqueIndex('prompts_one_active_per_person')
      .on(t.accountId, t.personId)
      .where(sql`${t.status} in ('OPEN', 'SNOOZED')`),
    check('prompts_status', sql`${t.status} in ('OPEN','SNOOZED','DISMISSED','DONE')`),
    check('prompts_anchor_kind', sql`${t.anchorKind} in ('LAST_DEPTH_TOUCH','ADDED')`),
  ],
);
