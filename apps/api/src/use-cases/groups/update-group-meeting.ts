import { type DbExecutor, groupMeetings, interactionParticipants, interactions } from '@tend/db';
import { isUuid, meetingTouchAt, notFound, parseGroupMeetingInput } from '@tend/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { deleteInteraction } from '../interactions/delete-interaction.ts';
import { findInteraction } from '../interactions/find-interaction.ts';
import { recordTouch } from '../interactions/log-interaction.ts';
import { lockPeople } from '../people/lock-people.ts';
import { reschedulePeople } from '../prompts/reschedule-people.ts';
import { type AccountSettings, loadAccountSettings, type Scope } from '../scope.ts';
import { markWeeklyItemsDone } from '../weekly/mark-weekly-items-done.ts';
import {
  ensureNoMeetingOn,
  lockGroupMeeting,
  meetingColumns,
  meetingTouch,
} from './meeting-rows.ts';

/**
 * Gives the meeting's touch these people, keeping the touch (and any edit of it): those added or
 * removed are rescheduled from their touches, and those added are ticked off this week's list,
 * as they would be by a touch logged with them.
 */
const changeTouchPeople = async (
  tx: DbExecutor,
  { accountId, now }: Omit<Scope, 'db'>,
  interactionId: string,
  personIds: string[],
  settings: AccountSettings,
  occurredAt: Date | null,
) => {
  const badId = personIds.find((id) => !isUuid(id));
  if (badId !== undefined) throw notFound('person', badId);
  const { interaction, personIds: before } = await findInteraction(tx, accountId, interactionId);
  const found = await lockPeople(tx, accountId, personIds);
  const missing = personIds.find((id) => !found.some((person) => person.id === id));
  if (missing) throw notFound('person', missing);
  if (occurredAt) {
    await tx
      .update(interactions)
      .set({ occurredAt })
      .where(and(eq(interactions.accountId, accountId), eq(interactions.id, interaction.id)));
  }
  const added = personIds.filter((id) => !before.includes(id));
  const removed = before.filter((id) => !personIds.includes(id));
  if (removed.length > 0) {
    await tx
      .delete(interactionParticipants)
      .where(
        and(
          eq(interactionParticipants.accountId, accountId),
          eq(interactionParticipants.interactionId, interaction.id),
          inArray(interactionParticipants.personId, removed),
        ),
      );
  }
  if (added.length > 0) {
    await tx
      .insert(interactionParticipants)
      .values(added.map((personId) => ({ accountId, interactionId: interaction.id, personId })));
  }
  await reschedulePeople(tx, accountId, [...new Set([...before, ...personIds])], settings, now);
  await markWeeklyItemsDone(tx, accountId, added, settings, now);
};

/**
 * Replaces a meeting's details. The touch with the people I spoke to follows: made when there
 * were none, given the new people (and the new day) when there were, deleted (through the usual
 * delete, which reschedules them) when there are none now.
 */
export const updateGroupMeeting = async (
  { db, accountId, now }: Scope,
  meetingId: string,
  rawInput: unknown,
) =>
  db.transaction(async (tx) => {
    const { meeting, group } = await lockGroupMeeting(tx, accountId, meetingId);
    const settings = await loadAccountSettings(tx, accountId);
    const clock = { now, timezone: settings.timezone };
    const input = parseGroupMeetingInput(rawInput, { clock, currency: group.currency });
    const dayChanged = input.heldOn !== meeting.heldOn;
    if (dayChanged) await ensureNoMeetingOn(tx, accountId, group.id, input.heldOn, meeting.id);

    let interactionId = meeting.interactionId;
    const scope = { accountId, now };
    if (interactionId && input.spokeTo.length === 0) {
      await deleteInteraction({ db: tx, ...scope }, interactionId);
      interactionId = null;
    } else if (interactionId) {
      const occurredAt = dayChanged ? meetingTouchAt(input.heldOn, clock) : null;
      await changeTouchPeople(tx, scope, interactionId, input.spokeTo, settings, occurredAt);
    } else if (input.spokeTo.length > 0) {
      const touchAt = meetingTouchAt(input.heldOn, clock);
      interactionId = (await recordTouch(tx, scope, meetingTouch(group.id, input.spokeTo, touchAt)))
        .id;
    }

    const [updated] = await tx
      .update(groupMeetings)
      .set({ ...meetingColumns(input), interactionId, updatedAt: now })
      .where(and(eq(groupMeetings.accountId, accountId), eq(groupMeetings.id, meeting.id)))
      .returning();
    if (!updated) throw new Error('Update returned no group meeting');
    return updated;
  });
