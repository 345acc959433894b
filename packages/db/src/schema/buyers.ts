import type { KnowsStrength } from '@tend/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  accountId,
  createdAt,
  id,
  isDemo,
  optionalSameAccountReference,
  sameAccountReference,
  updatedAt,
} from './columns.ts';
import { people } from './people.ts';

export const targetBuyers = pgTable(
  'target_buyers',
  {
    id: id(),
    accountId: accountId(),
    name: text('name').notNull(),
    roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
    industries: text('industries').array().notNull().default(sql`'{}'::text[]`),
    companySizeMin: integer('company_size_min'),
    companySizeMax: integer('company_size_max'),
    regions: text('regions').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    /** Archived profiles leave the working lists but keep who knows them. */
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    isDemo: isDemo(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('target_buyers_account_id_id_unique').on(t.accountId, t.id),
    check(
      'target_buyers_company_size_range',
      sql`(${t.companySizeMin} is null or ${t.companySizeMin} >= 1) and (${t.companySizeMax} is null or ${t.companySizeMax} >= 1) and (${t.companySizeMin} is null or ${t.companySizeMax} is null or ${t.companySizeMin} <= ${t.companySizeMax})`,
    ),
  ],
);

/** A person who can reach a target buyer profile, and how well. */
export const knows = pgTable(
  'knows',
  {
    accountId: accountId(),
    personId: uuid('person_id').notNull(),
    targetBuyerId: uuid('target_buyer_id').notNull(),
    strength: text('strength').$type<KnowsStrength>().notNull(),
    note: text('note'),
    learnedOn: date('learned_on'),
    /*
     * Copies of the person's side, kept by triggers (see the migration knows_ranking), so "who
     * knows this buyer" and the gap list read one index of a profile's tags, whatever the
     * size of the network: their referral readiness, the calendar day (in the account's zone,
     * days since 1970-01-01) of their last depth touch, and whether they are not archived.
     */
    readiness: smallint('readiness').notNull().default(0),
    lastDepthTouchDay: integer('last_depth_touch_day'),
    personActive: boolean('person_active').notNull().default(true),
    /** The domain's ranking (rankWhoKnows) as one number that does not depend on today. */
    rankKey: doublePrecision('rank_key')
      .notNull()
      .generatedAlwaysAs(sql`knows_rank_key(strength, readiness, last_depth_touch_day)`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'knows_pk', columns: [t.personId, t.targetBuyerId] }),
    index('knows_buyer_rank_idx')
      .on(t.accountId, t.targetBuyerId, t.rankKey.desc(), t.personId)
      .where(sql`${t.personActive}`),
    index('knows_buyer_readiness_idx')
      .on(t.accountId, t.targetBuyerId, t.readiness)
      .where(sql`${t.personActive}`),
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

/** An ask for an introduction to someone of a profile, kept on the person's timeline. */
export const introductionAsks = pgTable(
  'introduction_asks',
  {
    id: id(),
    accountId: accountId(),
    personId: uuid('person_id').notNull(),
    targetBuyerId: uuid('target_buyer_id'),
    /** The message as drafted for the ask, so the timeline shows what was asked. */
    message: text('message').notNull(),
    askedAt: timestamp('asked_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    sameAccountReference('introduction_asks_person_fk', [t.accountId, t.personId], () => [
      people.accountId,
      people.id,
    ]),
    optionalSameAccountReference(
      'introduction_asks_target_buyer_fk',
      [t.accountId, t.targetBuyerId],
      () => [targetBuyers.accountId, targetBuyers.id],
    ),
    index('introduction_asks_account_person_idx').on(t.accountId, t.personId, t.askedAt),
  ],
);
