import type { DbExecutor } from '@tend/db';
import { groupMeetings } from '@tend/db';
import {
  type GroupMeetingInput,
  invalid,
  isUuid,
  type LogInteractionInput,
  notFound,
} from '@tend/domain';
import { and, eq, ne } from 'drizzle-orm';
import { lockGroup } from './lock-group.ts';

/**
 * The account's group meeting with this id and its group, both locked for the caller's
 * transaction: the group, so that two changes of its meetings' days run one after the other.
 */
export const lockGroupMeeting = async (db: DbExecutor, accountId: string, meetingId: string) => {
  if (!isUuid(meetingId)) throw notFound('group meeting', meetingId);
  const [found] = await db
    .select({ groupId: groupMeetings.groupId })
    .from(groupMeetings)
    .where(and(eq(groupMeetings.accountId, accountId), eq(groupMeetings.id, meetingId)));
  if (!found) throw notFound('group meeting', meetingId);
  const group = await lockGroup(db, accountId, found.groupId);
  const [meeting] = await db
    .select()
    .from(groupMeetings)
    .where(and(eq(groupMeetings.accountId, accountId), eq(groupMeetings.id, meetingId)))
    .for('update');
  // Deleted while the group was awaited.
  if (!meeting) throw notFound('group meeting', meetingId);
  return { meeting, group };
};

/** A group meets once a day at most: another meeting on `heldOn` is a field error. */
export const ensureNoMeetingOn = async (
  db: DbExecutor,
  accountId: string,
  groupId: string,
  heldOn: string,
  exceptMeetingId?: string,
) => {
  const [other] = await db
    .select({ id: groupMeetings.id })
    .from(groupMeetings)
    .where(
      and(
        eq(groupMeetings.accountId, accountId),
        eq(groupMeetings.groupId, groupId),
        eq(groupMeetings.heldOn, heldOn),
        exceptMeetingId ? ne(groupMeetings.id, exceptMeetingId) : undefined,
      ),
    )
    .limit(1);
  if (other) {
    throw invalid([{ path: ['heldOn'], message: `A meeting on ${heldOn} is already logged` }]);
  }
};

/**
 * The touch with the people I spoke to at a group's meeting: a group meeting, which by default
 * is a visibility touch (the account's depth kinds decide). Its costs and time are the
 * meeting's, not the touch's, so nothing is counted twice.
 */
export const meetingTouch = (
  groupId: string,
  personIds: string[],
  occurredAt: Date,
): LogInteractionInput & { groupId: string } => ({
  kind: 'GROUP_MEETING',
  occurredAt,
  durationMinutes: null,
  cost: null,
  notes: null,
  personIds,
  groupId,
});

/** A parsed meeting as its columns: actual costs in the group's currency, or null (the usual). */
export const meetingColumns = (input: GroupMeetingInput) => ({
  heldOn: input.heldOn,
  attended: input.attended,
  mealCost: input.mealCost?.amount ?? null,
  travelCost: input.travelCost?.amount ?? null,
  notes: input.notes,
});
