import { type Money, sumByCurrency } from '../shared/money.ts';
import {
  REFERRAL_STATUSES,
  type ReferralDirection,
  type ReferralStatus,
} from './referral-input.ts';

/** What the sums need of a referral. */
export type ReferralFigures = {
  direction: ReferralDirection;
  status: ReferralStatus;
  value: Money | null;
};

export type StatusCount = { status: ReferralStatus; count: number };

export type ReferralTotals = {
  /** Every referral's value, per currency. */
  value: Money[];
  /** The value of the won ones, per currency. */
  won: Money[];
  /** How many referrals are at each status, in pipeline order (zeros included). */
  byStatus: StatusCount[];
};

const valuesOf = (referrals: readonly ReferralFigures[]): Money[] =>
  referrals.flatMap(({ value }) => (value ? [value] : []));

const wonValue = (referrals: readonly ReferralFigures[]): Money[] =>
  sumByCurrency(valuesOf(referrals.filter(({ status }) => status === 'WON')));

/** Exact totals per currency (never two currencies added) and the pipeline's counts. */
export const referralTotals = (referrals: readonly ReferralFigures[]): ReferralTotals => ({
  value: sumByCurrency(valuesOf(referrals)),
  won: wonValue(referrals),
  byStatus: REFERRAL_STATUSES.map((status) => ({
    status,
    count: referrals.filter((referral) => referral.status === status).length,
  })),
});

export type ReferralBalance = {
  givenCount: number;
  receivedCount: number;
  givenWon: Money[];
  receivedWon: Money[];
};

/**
 * Given against received with one person: how many each way, and the won value each way per
 * currency. `referrals` are those the person gave me or I gave them.
 */
export const referralBalance = (referrals: readonly ReferralFigures[]): ReferralBalance => {
  const given = referrals.filter(({ direction }) => direction === 'GIVEN');
  const received = referrals.filter(({ direction }) => direction === 'RECEIVED');
  return {
    givenCount: given.length,
    receivedCount: received.length,
    givenWon: wonValue(given),
    receivedWon: wonValue(received),
  };
};
