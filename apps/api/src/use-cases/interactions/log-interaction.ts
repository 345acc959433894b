import {
  type DbExecutor,
  groupMeetings,
  interactionParticipants,
  interactions,
  people,
} from '@tend/db';
import {
  invalid,
  isUuid,
  type LogInteractionInput,
  lastDepthTouchAfter,
  nextDueFor,
  notFound,
  parseLogInteractionInput,
} from '@tend/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { lockPeople } from '../people/lock-people.ts';
import { syncPrompts } from '../prompts/sync-prompts.ts';
import { loadAccountSettings, type Scope } from '../scope.ts';
import { markWeeklyItemsDone } from '../weekly/mark-weekly-items-done.ts';
import { costColumns } from './cost-columns.ts';

/**
 * Records a checked touch with everyone who took part, in the caller's transaction: a depth
 * touch (by the account's depth kinds) restarts each person's cadence clock from the touch's
 * own date, so lists never scan touches. `groupId` marks a touch at that group's meeting.
 */
export const recordTouch = async (
  tx: DbExecutor,
  { accountId, now }: Omit<Scope, 'db'>,
  input: LogInteractionInput & { groupId?: string | null },
) => {
  const badId = input.personIds.find((id) => !isUuid(id));
  // '' is not a uuid either, though it is falsy.
  if (badId !== undefined) throw notFound('person', badId);
  const participants = await lockPeople(tx, accountId, input.personIds);
  const missing = input.personIds.find((id) => !participants.some((p) => p.id === id));
  if (missing) throw notFound('person', missing);

  const settings = await loadAccountSettings(tx, accountId);
  const { depthTouchKinds } = settings;
  const [interaction] = await tx
    .insert(interactions)
    .values({
      accountId,
      kind: input.kind,
      occurredAt: input.occurredAt,
      durationMinutes: input.durationMinutes,
      ...costColumns(input.cost),
      notes: input.notes,
      groupId: input.groupId ?? null,
      createdAt: now,
    })
    .returning();
  if (!interaction) throw new Error('Insert returned no interaction');
  await tx.insert(interactionParticipants).values(
    participants.map((person) => ({
      accountId,
      interactionId: interaction.id,
      personId: person.id,
    })),
  );

  const rescheduled = [];
  for (const person of participants) {
    const lastDepthTouchAt = lastDepthTouchAfter(person.lastDepthTouchAt, input, depthTouchKinds);
    if (lastDepthTouchAt === person.lastDepthTouchAt) continue;
    const [row] = await tx
      .update(people)
      .set({
        lastDepthTouchAt,
        nextDueAt: nextDueFor({ ...person, lastDepthTouchAt }, settings),
        updatedAt: now,
      })
      .where(and(eq(people.accountId, accountId), eq(people.id, person.id)))
      .returning();
    if (row) rescheduled.push(row);
  }
  await syncPrompts(tx, accountId, rescheduled, settings, now);
  await markWeeklyItemsDone(tx, accountId, input.personIds, settings, now);
  return interaction;
};

/**
 * Logs a touch with everyone who took part (see `recordTouch`), in one transaction. With a
 * group meeting whose touch was deleted, the touch is that meeting's again (undoing a delete).
 */
export const logInteraction = async ({ db, accountId, now }: Scope, rawInput: unknown) => {
  const { groupMeetingId, ...input } = parseLogInteractionInput(rawInput, now);
  return db.transaction(async (tx) => {
    if (!groupMeetingId) return recordTouch(tx, { accountId, now }, input);
    if (!isUuid(groupMeetingId)) throw notFound('group meeting', groupMeetingId);
    const [meeting] = await tx
      .select({ groupId: groupMeetings.groupId, interactionId: groupMeetings.interactionId })
      .from(groupMeetings)
      .where(and(eq(groupMeetings.accountId, accountId), eq(groupMeetings.id, groupMeetingId)))
      .for('update');
    if (!meeting) throw notFound('group meeting', groupMeetingId);
    if (meeting.interactionId) {
      throw invalid([{ path: ['groupMeetingId'], message: 'That meeting already has its touch' }]);
    }
    const interaction = await recordTouch(
      tx,
      { accountId, now },
      { ...input, groupId: meeting.groupId },
    );
    await tx
      .update(groupMeetings)
      .set({ interactionId: interaction.id })
      .where(
        and(
          eq(groupMeetings.accountId, accountId),
          eq(groupMeetings.id, groupMeetingId),
          isNull(groupMeetings.interactionId),
        ),
      );
    return interaction;
  });
};
