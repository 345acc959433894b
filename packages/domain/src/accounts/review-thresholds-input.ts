import { z } from 'zod';
import type { ReviewThresholds } from '../groups/review-facts.ts';

/** Each verdict threshold's range, as the database checks it. */
export const REVIEW_THRESHOLD_RANGES: Record<keyof ReviewThresholds, { min: number; max: number }> =
  {
    minReferralsPerYear: { min: 0, max: 1000 },
    // 31 days of 24 hours: no month has more.
    maxHoursPerMonth: { min: 0, max: 744 },
    minBuyerReachPercent: { min: 0, max: 100 },
    maxCompetitorPercent: { min: 0, max: 100 },
    minGivenPerYear: { min: 0, max: 1000 },
    // Enjoyment is rated 1 to 5.
    minEnjoyment: { min: 1, max: 5 },
    minDepthCoveragePercent: { min: 0, max: 100 },
  };

const whole = (field: keyof ReviewThresholds, tooLow: string, tooHigh: string) =>
  z
    .number({ error: 'Enter a whole number' })
    .int('Enter a whole number')
    .min(REVIEW_THRESHOLD_RANGES[field].min, tooLow)
    .max(REVIEW_THRESHOLD_RANGES[field].max, tooHigh);

const percent = (field: keyof ReviewThresholds) =>
  whole(field, 'A share cannot be below 0 %', 'A share cannot be above 100 %');

/** The thresholds sent; each is checked on its own, the others stay as they are. */
export const reviewThresholdsSchema = z
  .object(
    {
      minReferralsPerYear: whole(
        'minReferralsPerYear',
        'Cannot be negative',
        'At most 1000 referrals a year',
      ),
      maxHoursPerMonth: whole(
        'maxHoursPerMonth',
        'Cannot be negative',
        'At most 744 hours: no month has more',
      ),
      minBuyerReachPercent: percent('minBuyerReachPercent'),
      maxCompetitorPercent: percent('maxCompetitorPercent'),
      minGivenPerYear: whole(
        'minGivenPerYear',
        'Cannot be negative',
        'At most 1000 referrals a year',
      ),
      minEnjoyment: whole(
        'minEnjoyment',
        'Enjoyment is rated 1 to 5: at least 1',
        'Enjoyment is rated 1 to 5: at most 5',
      ),
      minDepthCoveragePercent: percent('minDepthCoveragePercent'),
    },
    { error: 'Send the thresholds as an object' },
  )
  .partial();
