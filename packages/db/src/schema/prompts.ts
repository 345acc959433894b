import { sql } from 'drizzle-orm';
import {
  check,
  index,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  accountId,
  anchorKindCheck,
  id,
  reasonFactColumns,
  sameAccountReference,
} from './columns.ts';
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
    // Why it was raised (the domain's promptReason builds the text).
    ...reasonFactColumns(),
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
    anchorKindCheck('prompts_anchor_kind', t.anchorKind),
  ],
);
