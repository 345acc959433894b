import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  accountId,
  anchorKindCheck,
  createdAt,
  id,
  reasonFactColumns,
  sameAccountReference,
} from './columns.ts';
import { people } from './people.ts';

export const WEEKLY_ITEM_STATUSES = ['PENDING', 'DONE', 'SKIPPED'] as const;

/** Made once per account and week, then fixed so it does not reshuffle while worked through. */
export const weeklyLists = pgTable(
  'weekly_lists',
  {
    id: id(),
    accountId: accountId(),
    weekStartsOn: date('week_starts_on').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('weekly_lists_account_week_unique').on(t.accountId, t.weekStartsOn),
    unique('weekly_lists_account_id_id_unique').on(t.accountId, t.id),
  ],
);

export const weeklyListItems = pgTable(
  'weekly_list_items',
  {
    id: id(),
    accountId: accountId(),
    weeklyListId: uuid('weekly_list_id').notNull(),
    personId: uuid('person_id').notNull(),
    position: integer('position').notNull(),
    // Why they were picked (the domain's weeklyReason builds the text).
    ...reasonFactColumns(),
    /** Picked for the place kept for a long-dormant tie worth reviving. */
    dormant: boolean('dormant').notNull(),
    status: text('status')
      .$type<(typeof WEEKLY_ITEM_STATUSES)[number]>()
      .notNull()
      .default('PENDING'),
    actedAt: timestamp('acted_at', { withTimezone: true }),
  },
  (t) => [
    sameAccountReference('weekly_list_items_list_fk', [t.accountId, t.weeklyListId], () => [
      weeklyLists.accountId,
      weeklyLists.id,
    ]),
    sameAccountReference('weekly_list_items_person_fk', [t.accountId, t.personId], () => [
      people.accountId,
      people.id,
    ]),
    unique('weekly_list_items_list_person_unique').on(t.weeklyListId, t.personId),
    index('weekly_list_items_account_person_idx').on(t.accountId, t.personId),
    check('weekly_list_items_status', sql`${t.status} in ('PENDING','DONE','SKIPPED')`),
    anchorKindCheck('weekly_list_items_anchor_kind', t.anchorKind),
  ],
);

/** One digest per account and week, however many replicas run the job. */
export const digestDeliveries = pgTable(
  'digest_deliveries',
  {
    accountId: accountId(),
    weekStartsOn: date('week_starts_on').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'digest_deliveries_pk', columns: [t.accountId, t.weekStartsOn] })],
);
