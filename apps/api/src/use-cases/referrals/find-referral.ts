import type { DbExecutor } from '@tend/db';
import { referrals } from '@tend/db';
import { isUuid, notFound } from '@tend/domain';
import { and, eq } from 'drizzle-orm';

/** The account's referral with this id, locked for the caller's transaction. */
export const lockReferral = async (db: DbExecutor, accountId: string, referralId: string) => {
  if (!isUuid(referralId)) throw notFound('referral', referralId);
  const [referral] = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.accountId, accountId), eq(referrals.id, referralId)))
    .for('update');
  if (!referral) throw notFound('referral', referralId);
  return referral;
};

export type ReferralRow = Awaited<ReturnType<typeof lockReferral>>;
