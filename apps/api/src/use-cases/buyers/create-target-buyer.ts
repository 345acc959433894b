import { targetBuyers } from '@tend/db';
import { parseTargetBuyerInput } from '@tend/domain';
import type { Scope } from '../scope.ts';

export const createTargetBuyer = async ({ db, accountId, now }: Scope, rawInput: unknown) => {
  const input = parseTargetBuyerInput(rawInput);
  const [targetBuyer] = await db
    .insert(targetBuyers)
    .values({ ...input, accountId, createdAt: now, updatedAt: now })
    .returning();
  if (!targetBuyer) throw new Error('Insert returned no target buyer');
  return targetBuyer;
};
