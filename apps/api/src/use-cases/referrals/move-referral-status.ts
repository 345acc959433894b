import { referralStatusChanges, referrals } from '@tend/db';
import { checkStatusMove, parseMoveStatusInput } from '@tend/domain';
import { and, eq } from 'drizzle-orm';
import { loadAccountSettings, type Scope } from '../scope.ts';
import { lockReferral } from './find-referral.ts';
import { statusHistory } from './status-history.ts';

/** Moves a referral along its pipeline (or, said so, back): the change is added to its history. */
export const moveReferralStatus = async (
  { db, accountId, now }: Scope,
  referralId: string,
  rawInput: unknown,
) => {
  const { timezone } = await loadAccountSettings(db, accountId);
  const move = parseMoveStatusInput(rawInput, { now, timezone });
  return db.transaction(async (tx) => {
    const current = await lockReferral(tx, accountId, referralId);
    const last = (await statusHistory(tx, accountId, current.id)).at(-1);
    checkStatusMove(
      {
        status: current.status,
        referredOn: current.referredOn,
        lastChangedOn: last?.changedOn ?? current.referredOn,
      },
      move,
    );
    await tx.insert(referralStatusChanges).values({
      accountId,
      referralId: current.id,
      status: move.status,
      changedOn: move.changedOn,
      note: move.note,
      createdAt: now,
    });
    const [referral] = await tx
      .update(referrals)
      .set({ status: move.status, updatedAt: now })
      .where(and(eq(referrals.accountId, accountId), eq(referrals.id, current.id)))
      .returning();
    if (!referral) throw new Error('Update returned no referral');
    return referral;
  });
};
