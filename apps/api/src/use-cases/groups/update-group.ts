import { groups } from '@tend/db';
import { parseGroupInput } from '@tend/domain';
import { and, eq } from 'drizzle-orm';
import type { Scope } from '../scope.ts';
import { groupColumns } from './group-columns.ts';
import { lockGroup } from './lock-group.ts';

/**
 * Replaces a group's details. Leaving a group is giving it a left date: its members, meetings
 * and ratings stay, so its history can still be reviewed.
 */
export const updateGroup = async (
  { db, accountId, now }: Scope,
  groupId: string,
  rawInput: unknown,
) => {
  const input = parseGroupInput(rawInput);
  return db.transaction(async (tx) => {
    const current = await lockGroup(tx, accountId, groupId);
    const [group] = await tx
      .update(groups)
      .set({ ...groupColumns(input), updatedAt: now })
      .where(and(eq(groups.accountId, accountId), eq(groups.id, current.id)))
      .returning();
    if (!group) throw new Error('Update returned no group');
    return group;
  });
};
