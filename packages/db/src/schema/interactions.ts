import type { InteractionKind } from '@tend/domain';
import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { accountId, createdAt, id, isDemo, optionalSameAccountReference } from './columns.ts';
import { groups } from './groups.ts';
import { people } from './people.ts';

export const interactions = pgTable(
  'interactions',
  {
    id: id(),
    accountId: accountId(),
    kind: text('kind').$type<InteractionKind>().notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes'),
    // Money: an exact decimal (never a float) and its ISO 4217 currency, both or neither.
    cost: numeric('cost', { precision: 12, scale: 2, mode: 'string' }),
    costCurrency: text('cost_currency'),
    notes: text('notes'),
    groupId: uuid('group_id'),
    isDemo: isDemo(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('interactions_account_id_id_unique').on(t.accountId, t.id),
    // The group is optional, so only the group id is cleared when a group goes.
    optionalSameAccountReference('interactions_group_fk', [t.accountId, t.groupId], () => [
      groups.accountId,
      groups.id,
    ]),
    index('interactions_account_occurred_idx').on(t.accountId, t.occurredAt),
    check(
      'interactions_kind',
      sql`${t.kind} in ('ONE_TO_ONE','CALL','VIDEO','MESSAGE','EMAIL','SOCIAL','GROUP_MEETING','EVENT')`,
    ),
    check(
      'interactions_cost_money',
      // A check that comes out null passes, so each side says "is not null" outright.
      sql`(${t.cost} is null and ${t.costCurrency} is null) or (${t.cost} is not null and ${t.cost} >= 0 and ${t.costCurrency} is not null and ${t.costCurrency} ~ '^[A-Z]{3}$')`,
    ),
    check(
      'interactions_duration_range',
      sql`${t.durationMinutes} is null or ${t.durationMinutes} between 0 and 1440`,
    ),
  ],
);

export const interactionParticipants = pgTable(
  'interaction_participants',
  {
    accountId: accountId(),
    interactionId: uuid('interaction_id').notNull(),
    personId: uuid('person_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'interaction_participants_pk', columns: [t.interactionId, t.personId] }),
    foreignKey({
      name: 'interaction_participants_interaction_fk',
      columns: [t.accountId, t.interactionId],
      foreignColumns: [interactions.accountId, interactions.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'interaction_participants_person_fk',
      columns: [t.accountId, t.personId],
      foreignColumns: [people.accountId, people.id],
    }).onDelete('cascade'),
    index('interaction_participants_account_person_idx').on(t.accountId, t.personId),
  ],
);
