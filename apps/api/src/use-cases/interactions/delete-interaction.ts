import { groupMeetings, interactions } from '@tend/db';
import { and, eq } from 'drizzle-orm';
import { reschedulePeople } from '../prompts/reschedule-people.ts';
import { loadAccountSettings, type Scope } from '../scope.ts';
import { findInteraction } from './find-interaction.ts';

/**
 * Deletes a touch; everyone in it gets their last depth touch and due date recomputed. Returns
 * the group meeting it was the touch of, if any, so an undo can give it back.
 */
export const deleteInteraction = async ({ db, accountId, now }: Scope, interactionId: string) =>
  db.transaction(async (tx) => {
    const { interaction, personIds } = await findInteraction(tx, accountId, interactionId);
    const [meeting] = await tx
      .select({ id: groupMeetings.id })
      .from(groupMeetings)
      .where(
        and(
          eq(groupMeetings.accountId, accountId),
          eq(groupMeetings.interactionId, interaction.id),
        ),
      );
    await tx
      .delete(interactions)
      .where(and(eq(interactions.accountId, accountId), eq(interactions.id, interaction.id)));
    await reschedulePeople(tx, accountId, personIds, await loadAccountSettings(tx, accountId), now);
    return { ...interaction, groupMeetingId: meeting?.id ?? null };
  });
