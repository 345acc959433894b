import { referralStatusChanges, referrals } from '@tend/db';
import { parseRecordReferralInput } from '@tend/domain';
import { loadAccountSettings, type Scope } from '../scope.ts';
import { referralColumns } from './referral-columns.ts';

/** Records a referral given or received, and starts its history on the referral's day. */
export const recordReferral = async ({ db, accountId, now }: Scope, rawInput: unknown) => {
  const { timezone } = await loadAccountSettings(db, accountId);
  const input = parseRecordReferralInput(rawInput, { now, timezone });
  return db.transaction(async (tx) => {
    const columns = await referralColumns(tx, accountId, input);
    const [referral] = await tx
      .insert(referrals)
      .values({ accountId, ...columns, status: input.status, createdAt: now, updatedAt: now })
      .returning();
    if (!referral) throw new Error('Insert returned no referral');
    await tx.insert(referralStatusChanges).values({
      accountId,
      referralId: referral.id,
      status: input.status,
      changedOn: input.referredOn,
      createdAt: now,
    });
    return referral;
  });
};
