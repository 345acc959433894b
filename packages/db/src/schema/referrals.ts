import { sql } from 'drizzle-orm';
import { check, date, index, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { targetBuyers } from './buyers.ts';
import {
  accountId,
  createdAt,
  id,
  isDemo,
  optionalSameAccountReference,
  sameAccountReference,
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
    value: numeric('value', { precision: 14, scale: 2 }),
    currency: text('currency').notNull().default('GBP'),
    notes: text('notes'),
    isDemo: isDemo(),
    createdAt: createdAt(),
  },
  (t) => [
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
    check('referrals_direction', sql`${t.direction} in ('GIVEN','RECEIVED')`),
    check('referrals_status', sql`${t.status} in ('INTRODUCED','MET','PROPOSAL','WON','LOST')`),
  ],
);
