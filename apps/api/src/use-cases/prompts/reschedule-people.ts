import type { DbExecutor } from '@tend/db';
import { interactionParticipants, interactions, people } from '@tend/db';
import { nextDueFor } from '@tend/domain';
import { and, eq, inArray, max } from 'drizzle-orm';
import { lockPeople } from '../people/lock-people.ts';
import type { AccountSettings } from '../scope.ts';
import { syncPrompts } from './sync-prompts.ts';

/**
 * Recomputes the last depth touch and next due date of some people from their touches, after a
 * touch is edited or deleted or the settings change what counts, then syncs their prompts.
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
  const current = await lockPeople(db, accountId, personIds);
  const latest = await db
    .select({ personId: interactionParticipants.personId, at: max(interactions.occurredAt) })
    .from(interactionParticipants)
    .innerJoin(interactions, eq(interactions.id, interactionParticipants.interactionId))
    .where(
      and(
        eq(interactionParticipants.accountId, accountId),
        inArray(interactionParticipants.personId, [...personIds]),
        inArray(interactions.kind, settings.depthTouchKinds),
      ),
    )
    .groupBy(interactionParticipants.personId);
  const lastTouch = new Map(latest.map((row) => [row.personId, row.at]));
  const updated = [];
  for (const person of current) {
    const lastDepthTouchAt = lastTouch.get(person.id) ?? null;
    const nextDueAt = nextDueFor({ ...person, lastDepthTouchAt }, settings);
    const [row] = await db
      .update(people)
      .set({ lastDepthTouchAt, nextDueAt, updatedAt: now })
      .where(and(eq(people.accountId, accountId), eq(people.id, person.id)))
      .returning();
    if (row) updated.push(row);
  }
  await syncPrompts(db, accountId, updated, settings, now);
};
