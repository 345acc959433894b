import type { DbExecutor } from '@tend/db';
import { interactionParticipants, interactions, people } from '@tend/db';
import { nextDueFor } from '@tend/domain';
import { and, eq, inArray, max } from 'drizzle-orm';
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
  const current = await db
    .select()
    .from(people)
    .where(and(eq(people.accountId, accountId), inArray(people.id, [...personIds])));
  const updated = [];
  for (const person of current) {
    const lastDepthTouchAt = lastTouch.get(person.id) ?? null;
    const nextDueAt = nextDueFor({ ...person, lastDepthTouchAt }, settings.cadenceDefaults);
    const [row] = await db
      .update(people)
      .set({ lastDepthTouchAt, nextDueAt, updatedAt: now })
      .where(and(eq(people.accountId, accountId), eq(people.id, person.id)))
      .returning();
    if (row) updated.push(row);
  }
  await syncPrompts(db, accountId, updated, settings, now);
};
