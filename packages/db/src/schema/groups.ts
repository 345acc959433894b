import type { FeePeriod, GroupKind } from '@tend/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
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
import { interactions } from './interactions.ts';
import { people } from './people.ts';

export const groups = pgTable(
  'groups',
  {
    id: id(),
    accountId: accountId(),
    name: text('name').notNull(),
    kind: text('kind').$type<GroupKind>().notNull().default('OTHER'),
    /** Only one member per profession (a referral club's rule). */
    onePerProfession: boolean('one_per_profession').notNull().default(false),
    // Money: exact decimals, all in the group's ISO 4217 currency.
    fee: numeric('fee', { precision: 12, scale: 2, mode: 'string' }),
    feePeriod: text('fee_period').$type<FeePeriod>().notNull().default('YEAR'),
    currency: text('currency').notNull().default('GBP'),
    meetingCadenceDays: integer('meeting_cadence_days'),
    /** The usual spend at a meeting (meal, room). */
    costPerMeeting: numeric('cost_per_meeting', { precision: 12, scale: 2, mode: 'string' }),
    travelCost: numeric('travel_cost', { precision: 12, scale: 2, mode: 'string' }),
    prepMinutes: integer('prep_minutes').notNull().default(0),
    travelMinutes: integer('travel_minutes').notNull().default(0),
    meetingMinutes: integer('meeting_minutes').notNull().default(0),
    chatMinutes: integer('chat_minutes').notNull().default(0),
    joinedOn: date('joined_on'),
    leftOn: date('left_on'),
    isDemo: isDemo(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('groups_account_id_id_unique').on(t.accountId, t.id),
    index('groups_account_name_idx').on(t.accountId, t.name),
    check(
      'groups_kind',
      sql`${t.kind} in ('REFERRAL_CLUB','CHAMBER','ONLINE_COMMUNITY','MASTERMIND','ASSOCIATION','OTHER')`,
    ),
    check('groups_fee_period', sql`${t.feePeriod} in ('YEAR','MONTH')`),
    check('groups_currency', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check(
      'groups_amounts_non_negative',
      // A check that comes out null passes, so a missing amount is fine.
      sql`${t.fee} >= 0 and ${t.costPerMeeting} >= 0 and ${t.travelCost} >= 0`,
    ),
    check(
      'groups_minutes_range',
      sql`${t.prepMinutes} between 0 and 1440 and ${t.travelMinutes} between 0 and 1440 and ${t.meetingMinutes} between 0 and 1440 and ${t.chatMinutes} between 0 and 1440`,
    ),
    check('groups_cadence_range', sql`${t.meetingCadenceDays} between 1 and 366`),
    check('groups_left_after_joined', sql`${t.leftOn} >= ${t.joinedOn}`),
  ],
);

export const groupMemberships = pgTable(
  'group_memberships',
  {
    accountId: accountId(),
    groupId: uuid('group_id').notNull(),
    personId: uuid('person_id').notNull(),
    /** What they do, as the group sees it (in a one-per-profession club, their seat). */
    profession: text('profession'),
    joinedOn: date('joined_on'),
    leftOn: date('left_on'),
    isDemo: isDemo(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'group_memberships_pk', columns: [t.groupId, t.personId] }),
    index('group_memberships_account_group_idx').on(t.accountId, t.groupId),
    check('group_memberships_left_after_joined', sql`${t.leftOn} >= ${t.joinedOn}`),
    sameAccountReference('group_memberships_group_fk', [t.accountId, t.groupId], () => [
      groups.accountId,
      groups.id,
    ]),
    sameAccountReference('group_memberships_person_fk', [t.accountId, t.personId], () => [
      people.accountId,
      people.id,
    ]),
    index('group_memberships_account_person_idx').on(t.accountId, t.personId),
  ],
);

export const groupMeetings = pgTable(
  'group_meetings',
  {
    id: id(),
    accountId: accountId(),
    groupId: uuid('group_id').notNull(),
    /** The calendar day in the account's zone; one meeting a day per group. */
    heldOn: date('held_on').notNull(),
    attended: boolean('attended').notNull().default(true),
    // What this meeting actually cost, in the group's currency; null: the group's usual cost.
    mealCost: numeric('meal_cost', { precision: 12, scale: 2, mode: 'string' }),
    travelCost: numeric('travel_cost', { precision: 12, scale: 2, mode: 'string' }),
    /** The group-meeting touch with the people I spoke to; null when I spoke to nobody. */
    interactionId: uuid('interaction_id'),
    notes: text('notes'),
    isDemo: isDemo(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('group_meetings_account_id_id_unique').on(t.accountId, t.id),
    unique('group_meetings_group_day_unique').on(t.accountId, t.groupId, t.heldOn),
    sameAccountReference('group_meetings_group_fk', [t.accountId, t.groupId], () => [
      groups.accountId,
      groups.id,
    ]),
    optionalSameAccountReference(
      'group_meetings_interaction_fk',
      [t.accountId, t.interactionId],
      () => [interactions.accountId, interactions.id],
    ),
    check('group_meetings_costs_non_negative', sql`${t.mealCost} >= 0 and ${t.travelCost} >= 0`),
  ],
);

/** How much I enjoy a group, dated so it can change; the latest rating is the current one. */
export const groupEnjoymentRatings = pgTable(
  'group_enjoyment_ratings',
  {
    id: id(),
    accountId: accountId(),
    groupId: uuid('group_id').notNull(),
    ratedOn: date('rated_on').notNull(),
    rating: integer('rating').notNull(),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [
    sameAccountReference('group_enjoyment_ratings_group_fk', [t.accountId, t.groupId], () => [
      groups.accountId,
      groups.id,
    ]),
    index('group_enjoyment_ratings_account_group_idx').on(t.accountId, t.groupId, t.ratedOn),
    check('group_enjoyment_ratings_rating_range', sql`${t.rating} between 1 and 5`),
  ],
);
