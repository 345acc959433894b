import type { OneToOneAgenda } from '@tend/domain';
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import {
  accountId,
  createdAt,
  id,
  optionalSameAccountReference,
  sameAccountReference,
  updatedAt,
} from './columns.ts';
import { interactions } from './interactions.ts';
import { people } from './people.ts';

export const ONE_TO_ONE_STATUSES = ['PLANNED', 'DONE', 'CANCELLED', 'NO_SHOW'] as const;

export const oneToOnes = pgTable(
  'one_to_ones',
  {
    id: id(),
    accountId: accountId(),
    personId: uuid('person_id').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull().default(60),
    place: text('place'),
    videoLink: text('video_link'),
    agenda: jsonb('agenda').$type<OneToOneAgenda>(),
    status: text('status')
      .$type<(typeof ONE_TO_ONE_STATUSES)[number]>()
      .notNull()
      .default('PLANNED'),
    /** iCalendar SEQUENCE: raised on every reschedule or cancellation of the invite. */
    sequence: integer('sequence').notNull().default(0),
    interactionId: uuid('interaction_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    sameAccountReference('one_to_ones_person_fk', [t.accountId, t.personId], () => [
      people.accountId,
      people.id,
    ]),
    optionalSameAccountReference(
      'one_to_ones_interaction_fk',
      [t.accountId, t.interactionId],
      () => [interactions.accountId, interactions.id],
    ),
    index('one_to_ones_account_starts_idx').on(t.accountId, t.startsAt),
    index('one_to_ones_account_person_idx').on(t.accountId, t.personId, t.startsAt),
    check('one_to_ones_status', sql`${t.status} in ('PLANNED','DONE','CANCELLED','NO_SHOW')`),
    check('one_to_ones_duration_range', sql`${t.durationMinutes} between 5 and 1440`),
  ],
);
