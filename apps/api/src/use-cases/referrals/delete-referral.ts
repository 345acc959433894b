import { referrals } from '@tend/db';
import { and, eq } from 'drizzle-orm';
import type { Scope } from '../scope.ts';
import { lockReferral } from './find-referral.ts';

/** Deletes a referral with its history; a touch logged to thank for it stays, as it happened. */
export const deleteReferral = async ({ db, accountId }: Scope, referralId: string) =>
  db.transaction(async (tx) => {
    const referral = await lockReferral(tx, accountId, referralId);
    await tx
      .delete(referrals)
      .where(and(eq(referrals.accountId, accountId), eq(referrals.id, referral.id)));
    return referral;
  });
