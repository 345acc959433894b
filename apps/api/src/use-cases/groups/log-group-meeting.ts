import { groupMeetings } from '@tend/db';
import { attendedTodayInput, meetingTouchAt, parseGroupMeetingInput } from '@tend/domain';
import { recordTouch } from '../interactions/log-interaction.ts';
import { loadAccountSettings, type Scope } from '../scope.ts';
import { lockGroup } from './lock-group.ts';
import { ensureNoMeetingOn, meetingColumns, meetingTouch } from './meeting-rows.ts';

/**
 * Logs one meeting of a group (one a day), with the people I spoke to there as one group
 * meeting touch, logged as any touch is, so their cadence follows the account's depth kinds.
 * Without input it is "I went today": today in the account's zone, attended, the usual costs.
 */
export const logGroupMeeting = async (
  { db, accountId, now }: Scope,
  groupId: string,
  rawInput?: unknown,
) =>
  db.transaction(async (tx) => {
    const group = await lockGroup(tx, accountId, groupId);
    const clock = { now, timezone: (await loadAccountSettings(tx, accountId)).timezone };
    const input = parseGroupMeetingInput(rawInput ?? attendedTodayInput(clock), {
      clock,
      currency: group.currency,
    });
    await ensureNoMeetingOn(tx, accountId, group.id, input.heldOn);
    const touch =
      input.spokeTo.length > 0
        ? await recordTouch(
            tx,
            { accountId, now },
            meetingTouch(group.id, input.spokeTo, meetingTouchAt(input.heldOn, clock)),
          )
        : null;
    const [meeting] = await tx
      .insert(groupMeetings)
      .values({
        ...meetingColumns(input),
        accountId,
        groupId: group.id,
        interactionId: touch?.id ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!meeting) throw new Error('Insert returned no group meeting');
    return meeting;
  });
