import { referrals } from '@tend/db';
import {
  isUuid,
  moneyOf,
  type ReferralDirection,
  type ReferralStatus,
  referralTotals,
} from '@tend/domain';
import { and, desc, eq, gte, inArray, lte, or } from 'drizzle-orm';
import type { Scope } from '../scope.ts';

export type ReferralFilter = {
  direction?: ReferralDirection | null;
  statuses?: ReferralStatus[] | null;
  /** Who gave or received it, or who was referred. */
  personId?: string | null;
  targetBuyerId?: string | null;
  /** The period, on the referral's day, both ends included (YYYY-MM-DD). */
  from?: string | null;
  to?: string | null;
};

/**
 * The account's referrals that match, newest first, with their totals per currency and the
 * count at each status. An id that is no uuid names nothing: the list is empty.
 */
export const listReferrals = async ({ db, accountId }: Scope, filter: ReferralFilter) => {
  const ids = [filter.personId, filter.targetBuyerId].filter((id) => id != null);
  const rows = ids.every(isUuid)
    ? await db
        .select()
        .from(referrals)
        .where(
          and(
            eq(referrals.accountId, accountId),
            filter.direction ? eq(referrals.direction, filter.direction) : undefined,
            filter.statuses ? inArray(referrals.status, filter.statuses) : undefined,
            filter.personId
              ? or(
                  eq(referrals.personId, filter.personId),
                  eq(referrals.referredPersonId, filter.personId),
                )
              : undefined,
            filter.targetBuyerId ? eq(referrals.targetBuyerId, filter.targetBuyerId) : undefined,
            filter.from ? gte(referrals.referredOn, filter.from) : undefined,
            filter.to ? lte(referrals.referredOn, filter.to) : undefined,
          ),
        )
        .orderBy(desc(referrals.referredOn), desc(referrals.createdAt), desc(referrals.id))
    : [];
  const totals = referralTotals(
    rows.map((row) => ({ ...row, value: moneyOf(row.value, row.currency) })),
  );
  return { items: rows, ...totals };
};
