import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { targetBuyers } from './buyers.ts';
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

export const REFERRAL_DIRECTIONS = ['GIVEN', 'RECEIVED'] as const;
export const REFERRAL_STATUSES = ['INTRODUCED', 'MET', 'PROPOSAL', 'WON', 'LOST'] as const;

export const referrals = pgTable(
  'referrals',
  {
    id: id(),
    accountId: accountId(),
    direction: text('direction').$type<(typeof REFERRAL_DIRECTIONS)[number]>().notNull(),
    /** Who gave me the referral, or to whom I gave one. */
    personId: uuid('person_id').notNull(),
    /** The contact being referred, when they are in the network. */
    referredPersonId: uuid('referred_person_id'),
    referredName: text('referred_name'),
    targetBuyerId: uuid('target_buyer_id'),
    referredOn: date('referred_on').notNull(),
    status: text('status')
      .$type<(typeof REFERRAL_STATUSES)[number]>()
      .notNull()
      .default('INTRODUCED'),
    // Money: an exact decimal (never a float) and its ISO 4217 currency, both or neither.
    value: numeric('value', { precision: 14, scale: 2, mode: 'string' }),
    currency: text('currency'),
    notes: text('notes'),
    /** When "thank them" logged a touch for it. */
    thankedAt: timestamp('thanked_at', { withTimezone: true }),
    isDemo: isDemo(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('referrals_account_id_id_unique').on(t.accountId, t.id),
    sameAccountReference('referrals_person_fk', [t.accountId, t.personId], () => [
      people.accountId,
      people.id,
    ]),
    optionalSameAccountReference(
      'referrals_referred_person_fk',
      [t.accountId, t.referredPersonId],
      () => [people.accountId, people.id],
    ),
    optionalSameAccountReference(
      'referrals_target_buyer_fk',
      [t.accountId, t.targetBuyerId],
      () => [targetBuyers.accountId, targetBuyers.id],
    ),
    index('referrals_account_person_idx').on(t.accountId, t.personId, t.referredOn),
    index('referrals_account_referred_person_idx').on(t.accountId, t.referredPersonId),
    index('referrals_account_referred_on_idx').on(t.accountId, t.referredOn),
    check('referrals_direction', sql`${t.direction} in ('GIVEN','RECEIVED')`),
    check('referrals_status', sql`${t.status} in ('INTRODUCED','MET','PROPOSAL','WON','LOST')`),
    check(
      'referrals_value_money',
      // A check that comes out null passes, so each side says "is not null" outright.
      sql`(${t.value} is null and ${t.currency} is null) or (${t.value} is not null and ${t.value} >= 0 and ${t.currency} is not null and ${t.currency} ~ '^[A-Z]{3}$')`,
    ),
  ],
);

/** Every status a referral has had, with the day it moved there: the history is kept. */
export const referralStatusChanges = pgTable(
  'referral_status_changes',
  {
    id: id(),
    accountId: accountId(),
    referralId: uuid('referral_id').notNull(),
    status: text('status').$type<(typeof REFERRAL_STATUSES)[number]>().notNull(),
    changedOn: date('changed_on').notNull(),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [
    sameAccountReference('referral_status_changes_referral_fk', [t.accountId, t.referralId], () => [
      referrals.accountId,
      referrals.id,
    ]),
    index('referral_status_changes_referral_idx').on(t.accountId, t.referralId, t.changedOn),
    check(
      'referral_status_changes_status',
      sql`${t.status} in ('INTRODUCED','MET','PROPOSAL','WON','LOST')`,
    ),
  ],
);
