import type { DbExecutor } from '@tend/db';
import { interactionParticipants, interactions, people } from '@tend/db';
import { MAX_LEVEL, resolveCadence } from '@tend/domain';
import { and, eq, getColumns, sql } from 'drizzle-orm';
import { lockPeopleIds } from '../people/lock-people.ts';
import type { AccountSettings } from '../scope.ts';
import { syncPrompts } from './sync-prompts.ts';

/**
 * Recomputes the last depth touch and next due date of some people from their touches, after a
 * touch is edited or deleted or the settings change what counts, then syncs their prompts.
 *
 * One UPDATE computes both: a settings change reschedules the whole network, and the
 * domain's `nextDueFor` costs ~0.1 ms a person in JS (zone conversions), 10 s at 100k. The SQL
 * is the same rule: the ideal gap of the person's cadence (`resolveCadence`: none, custom days,
 * or the account's default for their depth tier, the tiers taken from the domain below), due
 * from the start of the calendar day that many days after the last depth touch (or their
 * creation) in the account's zone. due-agreement.int.test.ts holds the two to each other.
 */
export const reschedulePeople = async (
  db: DbExecutor,
  accountId: string,
  personIds: readonly string[],
  settings: AccountSettings,
  now: Date,
): Promise<void> => {
  if (personIds.length === 0) return;
  // Locked before the touches are read: under READ COMMITTED the read then sees every touch
  // change committed by a transaction that held these rows before, so the last one wins whole.
  const locked = await lockPeopleIds(db, accountId, personIds);
  const ids = locked.map((person) => person.id);
  // The ids go as one array parameter: a network has more people than a statement takes. One
  // statement for them all: the last touches of many people are one pass over the touches.
  const idArray = sql.param(ids);
  const lastTouch = db
    .select({
      personId: sql<string>`person_ids.id`.as('person_id'),
      at: sql<Date | null>`max(${interactions.occurredAt})`.as('last_depth_touch_at'),
    })
    .from(sql`unnest(${idArray}::uuid[]) as person_ids(id)`)
    .leftJoin(
      interactionParticipants,
      and(
        eq(interactionParticipants.accountId, accountId),
        sql`${interactionParticipants.personId} = person_ids.id`,
        // Lets a few people's touches be read from the (account, person) index.
        sql`${interactionParticipants.personId} = any(${idArray}::uuid[])`,
      ),
    )
    .leftJoin(
      interactions,
      and(
        eq(interactions.id, interactionParticipants.interactionId),
        sql`${interactions.kind} = any(${sql.param(settings.depthTouchKinds)}::text[])`,
      ),
    )
    .groupBy(sql`person_ids.id`)
    .as('scheduled');
  const tierDays = sql`(${sql.param(defaultDaysByLevels(settings))}::int[])[${people.trust} * ${LEVELS} + ${people.theirUnderstanding} + 1]`;
  const days = sql`case ${people.cadenceMode} when 'NONE' then null
    when 'CUSTOM' then coalesce(${people.cadenceDays}, ${tierDays}) else ${tierDays} end`;
  const zone = sql.param(settings.timezone);
  const nextDueAt = sql`((coalesce(${lastTouch.at}, ${people.createdAt}) at time zone ${zone})::date
    + ${days})::timestamp at time zone ${zone}`;
  // Only the people whose schedule moves are written: a row written is a new row version, its
  // indexes and its tags' ranking (a trigger) updated, and a settings change moves only some.
  const changed = await db
    .update(people)
    .set({ lastDepthTouchAt: sql`${lastTouch.at}`, nextDueAt, updatedAt: now })
    .from(lastTouch)
    .where(
      and(
        eq(people.accountId, accountId),
        eq(people.id, lastTouch.personId),
        sql`(${people.lastDepthTouchAt} is distinct from ${lastTouch.at}
          or ${people.nextDueAt} is distinct from ${nextDueAt})`,
      ),
    )
    .returning(getColumns(people));
  // A person whose schedule did not move keeps the prompt it has.
  await syncPrompts(db, accountId, changed, settings, now);
};

const LEVELS = MAX_LEVEL + 1;

/**
 * The default cadence's ideal gap for every trust and their-understanding level, as an array
 * indexed by trust × LEVELS + understanding (+1: SQL arrays count from 1).
 */
const defaultDaysByLevels = (settings: AccountSettings): number[] =>
  Array.from({ length: LEVELS * LEVELS }, (_, index) => {
    const depth = { trust: Math.floor(index / LEVELS), theirUnderstanding: index % LEVELS };
    const cadence = resolveCadence(
      { cadenceMode: 'DEFAULT', cadenceDays: null },
      depth,
      settings.cadenceDefaults,
    );
    if (!cadence) throw new Error('A default cadence always has days');
    return cadence.idealDays;
  });
