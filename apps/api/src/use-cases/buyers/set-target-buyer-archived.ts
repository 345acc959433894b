import { targetBuyers } from '@tend/db';
import { and, eq } from 'drizzle-orm';
import type { Scope } from '../scope.ts';
import { lockTargetBuyer } from './find-target-buyer.ts';

/**
 * Archiving takes a profile off the working list; the row and who knows it stay, so restoring
 * it brings everything back. Archiving twice keeps the first date.
 */
export const setTargetBuyerArchived = async (
  { db, accountId, now }: Scope,
  targetBuyerId: string,
  archived: boolean,
) =>
  db.transaction(async (tx) => {
    const current = await lockTargetBuyer(tx, accountId, targetBuyerId);
    const [targetBuyer] = await tx
      .update(targetBuyers)
      .set({ archivedAt: archived ? (current.archivedAt ?? now) : null, updatedAt: now })
      .where(and(eq(targetBuyers.accountId, accountId), eq(targetBuyers.id, current.id)))
      .returning();
    if (!targetBuyer) throw new Error('Update returned no target buyer');
    return targetBuyer;
  });
