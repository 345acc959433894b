import { targetBuyers } from '@tend/db';
import { parseTargetBuyerInput } from '@tend/domain';
import { and, eq } from 'drizzle-orm';
import type { Scope } from '../scope.ts';
import { lockTargetBuyer } from './find-target-buyer.ts';

/** Replaces a profile's details (archived or not); who knows it is kept. */
export const updateTargetBuyer = async (
  { db, accountId, now }: Scope,
  targetBuyerId: string,
  rawInput: unknown,
) => {
  const input = parseTargetBuyerInput(rawInput);
  return db.transaction(async (tx) => {
    const current = await lockTargetBuyer(tx, accountId, targetBuyerId);
    const [targetBuyer] = await tx
      .update(targetBuyers)
      .set({ ...input, updatedAt: now })
      .where(and(eq(targetBuyers.accountId, accountId), eq(targetBuyers.id, current.id)))
      .returning();
    if (!targetBuyer) throw new Error('Update returned no target buyer');
    return targetBuyer;
  });
};
