import { referralStatusChanges, referrals } from '@tend/db';
import { invalid, parseReferralInput } from '@tend/domain';
import { and, eq } from 'drizzle-orm';
import { loadAccountSettings, type Scope } from '../scope.ts';
import { lockReferral } from './find-referral.ts';
import { referralColumns } from './referral-columns.ts';
import { statusHistory } from './status-history.ts';

/**
 * Replaces a referral's details; its status and history stay. The history starts on the
 * referral's day, so a new date moves that first entry, and cannot pass a later change.
 */
export const updateReferral = async (
  { db, accountId, now }: Scope,
  referralId: string,
  rawInput: unknown,
) => {
  const { timezone } = await loadAccountSettings(db, accountId);
  const input = parseReferralInput(rawInput, { now, timezone });
  return db.transaction(async (tx) => {
    const current = await lockReferral(tx, accountId, referralId);
    const columns = await referralColumns(tx, accountId, input);
    const [first, ...later] = await statusHistory(tx, accountId, current.id);
    const firstChange = later[0];
    if (firstChange && input.referredOn > firstChange.changedOn) {
      throw invalid([
        {
          path: ['referredOn'],
          message: `Date cannot be after the first status change, on ${firstChange.changedOn}`,
        },
      ]);
    }
    if (first && first.changedOn !== input.referredOn) {
      await tx
        .update(referralStatusChanges)
        .set({ changedOn: input.referredOn })
        .where(
          and(
            eq(referralStatusChanges.accountId, accountId),
            eq(referralStatusChanges.id, first.id),
          ),
        );
    }
    const [referral] = await tx
      .update(referrals)
      .set({ ...columns, updatedAt: now })
      .where(and(eq(referrals.accountId, accountId), eq(referrals.id, current.id)))
      .returning();
    if (!referral) throw new Error('Update returned no referral');
    return referral;
  });
};
