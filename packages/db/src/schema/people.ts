import type { CadenceMode, OriginKind } from '@tend/domain';
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
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
  updatedAt,
} from './columns.ts';
import { groups } from './groups.ts';

export const people = pgTable(
  'people',
  {
    id: id(),
    accountId: accountId(),
    name: text('name').notNull(),
    emails: text('emails').array().notNull().default(sql`'{}'::text[]`),
    phones: text('phones').array().notNull().default(sql`'{}'::text[]`),
    company: text('company'),
    role: text('role'),
    profession: text('profession'),
    location: text('location'),
    notes: text('notes'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    originKind: text('origin_kind').$type<OriginKind>().notNull().default('OTHER'),
    originGroupId: uuid('origin_group_id'),
    originPersonId: uuid('origin_person_id'),
    originNote: text('origin_note'),
    trust: smallint('trust').notNull().default(0),
    theirUnderstanding: smallint('their_understanding').notNull().default(0),
    myUnderstanding: smallint('my_understanding').notNull().default(0),
    cadenceMode: text('cadence_mode').$type<CadenceMode>().notNull().default('DEFAULT'),
    cadenceDays: integer('cadence_days'),
    /** Kept in the same transaction as every touch, so lists never derive it per request. */
    lastDepthTouchAt: timestamp('last_depth_touch_at', { withTimezone: true }),
    nextDueAt: timestamp('next_due_at', { withTimezone: true }),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    /**
     * What search looks in, accent- and case-folded by the database (see the migration that
     * made it), so every write keeps it right and the query is folded the same way.
     */
    searchText: text('search_text')
      .notNull()
      .generatedAlwaysAs(sql`people_search_text(name, company, profession, emails, tags)`),
    isDemo: isDemo(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('people_account_id_id_unique').on(t.accountId, t.id),
    // Origins stay inside the account; deleting one only clears the origin.
    optionalSameAccountReference('people_origin_group_fk', [t.accountId, t.originGroupId], () => [
      groups.accountId,
      groups.id,
    ]),
    optionalSameAccountReference('people_origin_person_fk', [t.accountId, t.originPersonId], () => [
      t.accountId,
      t.id,
    ]),
    index('people_account_next_due_idx').on(t.accountId, t.nextDueAt),
    index('people_account_name_idx').on(t.accountId, sql`lower(${t.name})`),
    index('people_origin_person_idx').on(t.originPersonId),
    index('people_account_origin_group_idx').on(t.accountId, t.originGroupId),
    // Trigrams keep a contains-search fast at 100k people.
    index('people_search_text_idx').using('gin', t.searchText.op('gin_trgm_ops')),
    check('people_trust_range', sql`${t.trust} between 0 and 5`),
    check('people_their_understanding_range', sql`${t.theirUnderstanding} between 0 and 5`),
    check('people_my_understanding_range', sql`${t.myUnderstanding} between 0 and 5`),
    check('people_origin_kind', sql`${t.originKind} in ('GROUP','PERSON','OTHER')`),
    check('people_cadence_mode', sql`${t.cadenceMode} in ('DEFAULT','CUSTOM','NONE')`),
    check(
      'people_cadence_days_range',
      sql`${t.cadenceDays} is null or ${t.cadenceDays} between 1 and 730`,
    ),
  ],
);
