import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { accountId, createdAt, id, sameAccountReference } from './columns.ts';
import { people } from './people.ts';

export const KNOWS_STRENGTHS = [
  'KNOWS_OF',
  'KNOWS_PERSONALLY',
  'WORKS_WITH',
  'CAN_INTRODUCE',
] as const;

export const targetBuyers = pgTable(
  'target_buyers',
  {
    id: id(),
    accountId: accountId(),
    name: text('name').notNull(),
    roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
    industries: text('industries').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    createdAt: createdAt(),
  },
  (t) => [unique('target_buyers_account_id_id_unique').on(t.accountId, t.id)],
);

/** A person who can reach a target buyer profile, and how well. */
export const knows = pgTable(
  'knows',
  {
    accountId: accountId(),
    personId: uuid('person_id').notNull(),
    targetBuyerId: uuid('target_buyer_id').notNull(),
    strength: text('strength').$type<(typeof KNOWS_STRENGTHS)[number]>().notNull(),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'knows_pk', columns: [t.personId, t.targetBuyerId] }),
    sameAccountReference('knows_person_fk', [t.accountId, t.personId], () => [
      people.accountId,
      people.id,
    ]),
    sameAccountReference('knows_target_buyer_fk', [t.accountId, t.targetBuyerId], () => [
      targetBuyers.accountId,
      targetBuyers.id,
    ]),
    index('knows_account_buyer_idx').on(t.accountId, t.targetBuyerId),
    check(
      'knows_strength',
      sql`${t.strength} in ('KNOWS_OF','KNOWS_PERSONALLY','WORKS_WITH','CAN_INTRODUCE')`,
    ),
  ],
);
