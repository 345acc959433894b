import { groupMeetings } from '@tend/db';
import { and, eq } from 'drizzle-orm';
import { deleteInteraction } from '../interactions/delete-interaction.ts';
import type { Scope } from '../scope.ts';
import { lockGroupMeeting } from './meeting-rows.ts';

/**
 * Deletes a meeting logged by mistake, and its touch with the people I spoke to there, through
 * the usual delete of a touch, which recomputes their due dates.
 */
export const deleteGroupMeeting = async ({ db, accountId, now }: Scope, meetingId: string) =>
  db.transaction(async (tx) => {
    const { meeting } = await lockGroupMeeting(tx, accountId, meetingId);
    if (meeting.interactionId) {
      await deleteInteraction({ db: tx, accountId, now }, meeting.interactionId);
    }
    await tx
      .delete(groupMeetings)
      .where(and(eq(groupMeetings.accountId, accountId), eq(groupMeetings.id, meeting.id)));
    return meeting;
  });
