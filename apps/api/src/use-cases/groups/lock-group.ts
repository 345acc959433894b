import type { DbExecutor } from '@tend/db';
import { groups } from '@tend/db';
import { isUuid, notFound } from '@tend/domain';
import { and, eq } from 'drizzle-orm';

/** The account's group with this id, locked for the caller's transaction. */
export const lockGroup = async (db: DbExecutor, accountId: string, groupId: string) => {
  if (!isUuid(groupId)) throw notFound('group', groupId);
  const [group] = await db
    .select()
    .from(groups)
    .where(and(eq(groups.accountId, accountId), eq(groups.id, groupId)))
    .for('update');
  if (!group) throw notFound('group', groupId);
  return group;
};
