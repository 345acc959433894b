import type { AccountRow } from '@tend/db';
import type { ReviewThresholds } from '@tend/domain';

/** The account column that holds each verdict threshold: the one mapping, both ways. */
const COLUMNS = {
  minReferralsPerYear: 'reviewMinReferralsPerYear',
  maxHoursPerMonth: 'reviewMaxHoursPerMonth',
  minBuyerReachPercent: 'reviewMinBuyerReachPercent',
  maxCompetitorPercent: 'reviewMaxCompetitorPercent',
  minGivenPerYear: 'reviewMinGivenPerYear',
  minEnjoyment: 'reviewMinEnjoyment',
  minDepthCoveragePercent: 'reviewMinDepthCoveragePercent',
} as const satisfies Record<keyof ReviewThresholds, keyof AccountRow>;

type ThresholdColumn = (typeof COLUMNS)[keyof ReviewThresholds];

const KEYS = Object.keys(COLUMNS) as (keyof ReviewThresholds)[];

/** The account's verdict thresholds, as the group review takes them. */
export const reviewThresholdsOf = (account: Pick<AccountRow, ThresholdColumn>): ReviewThresholds =>
  Object.fromEntries(KEYS.map((key) => [key, account[COLUMNS[key]]])) as ReviewThresholds;

/** The columns to set for the thresholds sent; those not sent are left out. */
export const reviewThresholdColumns = (
  thresholds: Partial<ReviewThresholds> | undefined,
): Partial<Pick<AccountRow, ThresholdColumn>> =>
  Object.fromEntries(
    KEYS.filter((key) => thresholds?.[key] !== undefined).map((key) => [
      COLUMNS[key],
      thresholds?.[key],
    ]),
  );
