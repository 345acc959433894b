import type { DbExecutor } from '@tend/db';
import { interactionParticipants, interactions } from '@tend/db';
import { isUuid, notFound } from '@tend/domain';
import { and, eq } from 'drizzle-orm';
import { lockPeople } from '../people/lock-people.ts';

/**
 * The account's touch with this id and the ids of the people in it, the touch and those
 * people locked: before the touch changes, so that concurrent edits of the same people's
 * touches recompute their schedules one after the other, each seeing the others' changes.
 */
export const findInteraction = async (db: DbExecutor, accountId: string, interactionId: string) => {
  if (!isUuid(interactionId)) throw notFound('touch', interactionId);
  const [interaction] = await db
    .select()
    .from(interactions)
    .where(and(eq(interactions.accountId, accountId), eq(interactions.id, interactionId)))
    .for('update');
  if (!interaction) throw notFound('touch', interactionId);
  const participants = await db
    .select({ personId: interactionParticipants.personId })
    .from(interactionParticipants)
    .where(
      and(
        eq(interactionParticipants.accountId, accountId),
        eq(interactionParticipants.interactionId, interaction.id),
      ),
    );
  const personIds = participants.map((p) => p.personId);
  await lockPeople(db, accountId, personIds);
  return { interaction, personIds };
};
