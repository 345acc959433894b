import { groupMemberships } from '@tend/db';
import { isUuid, notFound } from '@tend/domain';
import { and, eq } from 'drizzle-orm';
import type { Scope } from '../scope.ts';
import { lockGroup } from './lock-group.ts';

/**
 * Deletes a membership added by mistake. Someone who really was a member leaves instead (a
 * left date), which keeps the history.
 */
export const removeGroupMember = async (
  { db, accountId }: Scope,
  groupId: string,
  personId: string,
) =>
  db.transaction(async (tx) => {
    const group = await lockGroup(tx, accountId, groupId);
    const removed = isUuid(personId)
      ? await tx
          .delete(groupMemberships)
          .where(
            and(
              eq(groupMemberships.accountId, accountId),
              eq(groupMemberships.groupId, group.id),
              eq(groupMemberships.personId, personId),
            ),
          )
          .returning({ personId: groupMemberships.personId })
      : [];
    if (removed.length === 0) throw notFound('group member', personId);
    return group;
  });
