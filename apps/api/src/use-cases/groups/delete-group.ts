import { groupMeetings, groupMemberships, groups } from '@tend/db';
import { invalid } from '@tend/domain';
import { and, eq } from 'drizzle-orm';
import type { Scope } from '../scope.ts';
import { lockGroup } from './lock-group.ts';

/**
 * Deletes a group entered by mistake. One with members or meetings has history, which a delete
 * would lose: that one is left instead, by giving it a left date.
 */
export const deleteGroup = async ({ db, accountId }: Scope, groupId: string) =>
  db.transaction(async (tx) => {
    const group = await lockGroup(tx, accountId, groupId);
    const inGroup = and(
      eq(groupMemberships.accountId, accountId),
      eq(groupMemberships.groupId, group.id),
    );
    const [member] = await tx
      .select({ id: groupMemberships.personId })
      .from(groupMemberships)
      .where(inGroup)
      .limit(1);
    const [meeting] = await tx
      .select({ id: groupMeetings.id })
      .from(groupMeetings)
      .where(and(eq(groupMeetings.accountId, accountId), eq(groupMeetings.groupId, group.id)))
      .limit(1);
    if (member || meeting) {
      throw invalid([
        {
          path: ['id'],
          message:
            'This group has members or meetings: set a left date instead, which keeps its history',
        },
      ]);
    }
    await tx.delete(groups).where(and(eq(groups.accountId, accountId), eq(groups.id, group.id)));
    return group;
  });
