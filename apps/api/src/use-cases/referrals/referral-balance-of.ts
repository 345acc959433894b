import type { referrals } from '@tend/db';
import { moneyOf, referralBalance } from '@tend/domain';

type ReferralRow = typeof referrals.$inferSelect;

/** Given against received with one person, from their referrals (loaded with the person). */
export const referralBalanceOf = (
  rows: readonly Pick<ReferralRow, 'direction' | 'status' | 'value' | 'currency'>[],
) => referralBalance(rows.map((row) => ({ ...row, value: moneyOf(row.value, row.currency) })));

/**
 * A person's referrals, given, received or as the one referred, once each (one may be both),
 * newest first: the ledger's order.
 */
export const newestReferralsFirst = <
  T extends Pick<ReferralRow, 'id' | 'referredOn' | 'createdAt'>,
>(
  rows: readonly T[],
): T[] =>
  [...new Map(rows.map((row) => [row.id, row])).values()].sort(
    (a, b) =>
      b.referredOn.localeCompare(a.referredOn) ||
      b.createdAt.getTime() - a.createdAt.getTime() ||
      (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
  );
