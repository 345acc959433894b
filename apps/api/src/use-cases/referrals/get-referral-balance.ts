import { referrals } from '@tend/db';
import { moneyOf, referralBalance } from '@tend/domain';
import { and, eq } from 'drizzle-orm';
import type { Scope } from '../scope.ts';

/** Given against received with one person (the caller has checked they are the account's). */
export const getReferralBalance = async ({ db, accountId }: Scope, personId: string) => {
  const rows = await db
    .select({
      direction: referrals.direction,
      status: referrals.status,
      value: referrals.value,
      currency: referrals.currency,
    })
    .from(referrals)
    .where(and(eq(referrals.accountId, accountId), eq(referrals.personId, personId)));
  return referralBalance(rows.map((row) => ({ ...row, value: moneyOf(row.value, row.currency) })));
};
