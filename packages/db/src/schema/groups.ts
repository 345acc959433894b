import { sql } from 'drizzle-orm';
import {
  check,
  date,
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
import { accountId, createdAt, id, isDemo, sameAccountReference } from './columns.ts';
import { people } from './people.ts';

export const GROUP_KINDS = [
  'REFERRAL_CLUB',
  'CHAMBER',
  'ONLINE_COMMUNITY',
  'MASTERMIND',
  'ASSOCIATION',
  'OTHER',
] as const;

export const groups = pgTable(
  'groups',
  {
    id: id(),
    accountId: accountId(),
    name: text('name').notNull(),
    kind: text('kind').$type<(typeof GROUP_KINDS)[number]>().notNull().default('OTHER'),
    feePerYear: numeric('fee_per_year', { precision: 12, scale: 2 }),
    currency: text('currency').notNull().default('GBP'),
    meetingCadenceDays: integer('meeting_cadence_days'),
    costPerMeeting: numeric('cost_per_meeting', { precision: 12, scale: 2 }),
    prepMinutes: integer('prep_minutes').notNull().default(0),
    travelMinutes: integer('travel_minutes').notNull().default(0),
    meetingMinutes: integer('meeting_minutes').notNull().default(0),
    chatMinutes: integer('chat_minutes').notNull().default(0),
    joinedOn: date('joined_on'),
    leftOn: date('left_on'),
    isDemo: isDemo(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('groups_account_id_id_unique').on(t.accountId, t.id),
    index('groups_account_name_idx').on(t.accountId, t.name),
    check(
      'groups_kind',
      sql`${t.kind} in ('REFERRAL_CLUB','CHAMBER','ONLINE_COMMUNITY','MASTERMIND','ASSOCIATION','OTHER')`,
    ),
  ],
);

export const groupMemberships = pgTable(
  'group_memberships',
  {
    accountId: accountId(),
    groupId: uuid('group_id').notNull(),
    personId: uuid('person_id').notNull(),
    profession: text('profession'),
    joinedOn: date('joined_on'),
    leftOn: date('left_on'),
  },
  (t) => [
    primaryKey({ name: 'group_memberships_pk', columns: [t.groupId, t.personId] }),
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
    heldAt: timestamp('held_at', { withTimezone: true }).notNull(),
    notes: text('notes'),
    createdAt: createdAt(),
  },
  (t) => [
    sameAccountReference('group_meetings_group_fk', [t.accountId, t.groupId], () => [
      groups.accountId,
      groups.id,
    ]),
    index('group_meetings_account_group_idx').on(t.accountId, t.groupId, t.heldAt),
  ],
);
