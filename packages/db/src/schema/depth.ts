import type { DepthDimension } from '@tend/domain';
import { sql } from 'drizzle-orm';
import { check, index, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accountId, id, sameAccountReference } from './columns.ts';
import { people } from './people.ts';

/** Every change of a depth level, so a person's page can show how the relationship grew. */
export const depthChanges = pgTable(
  'depth_changes',
  {
    id: id(),
    accountId: accountId(),
    personId: uuid('person_id').notNull(),
    dimension: text('dimension').$type<DepthDimension>().notNull(),
    fromLevel: smallint('from_level').notNull(),
    toLevel: smallint('to_level').notNull(),
    note: text('note'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    sameAccountReference('depth_changes_person_fk', [t.accountId, t.personId], () => [
      people.accountId,
      people.id,
    ]),
    index('depth_changes_account_person_idx').on(t.accountId, t.personId, t.changedAt),
    check(
      'depth_changes_dimension',
      sql`${t.dimension} in ('trust','theirUnderstanding','myUnderstanding')`,
    ),
    check(
      'depth_changes_levels_range',
      sql`${t.fromLevel} between 0 and 5 and ${t.toLevel} between 0 and 5`,
    ),
  ],
);
