import type { KnowsStrength } from '../buyers/knows-input.ts';
import type { ReferralDirection, ReferralStatus } from '../referrals/referral-input.ts';
import type { Money } from '../shared/money.ts';
import type { FeePeriod } from './group-input.ts';

/**
 * What a group review is computed from, as the database holds it; every date is a calendar day
 * (YYYY-MM-DD) in the account's zone. The review is a pure function of these facts.
 */

/** Both ends included. */
export type ReviewPeriod = { from: string; to: string };

/** The verdict's thresholds (the readings' checklist), as set in Settings. */
export type ReviewThresholds = {
  /** Fewer referrals received than this, per 12 months: no business. */
  minReferralsPerYear: number;
  /** More hours than this per month: too much time. */
  maxHoursPerMonth: number;
  /** A smaller share (%) of members who know one of my target buyers: wrong people. */
  minBuyerReachPercent: number;
  /** This share (%) of members or more in my profession or my competitors': too many competitors. */
  maxCompetitorPercent: number;
  /** Fewer referrals given to members than this, per 12 months: nothing given back. */
  minGivenPerYear: number;
  /** A latest enjoyment rating below this: no enjoyment. */
  minEnjoyment: number;
  /** A smaller share (%) of members met one-to-one outside the meetings: the depth is missing. */
  minDepthCoveragePercent: number;
};

export const DEFAULT_REVIEW_THRESHOLDS: ReviewThresholds = {
  minReferralsPerYear: 2,
  maxHoursPerMonth: 10,
  minBuyerReachPercent: 25,
  maxCompetitorPercent: 30,
  minGivenPerYear: 1,
  minEnjoyment: 3,
  minDepthCoveragePercent: 50,
};

export type ReviewGroupFacts = {
  /** Every amount of the group is in this currency. */
  currency: string;
  fee: Money | null;
  feePeriod: FeePeriod;
  /** The usual spend at a meeting (meal, room) and the usual travel cost. */
  costPerMeeting: Money | null;
  travelCost: Money | null;
  prepMinutes: number;
  travelMinutes: number;
  meetingMinutes: number;
  chatMinutes: number;
  joinedOn: string | null;
  leftOn: string | null;
  /** Every enjoyment rating; the latest on or before the period's end is the one judged. */
  enjoyment: { rating: number; ratedOn: string }[];
};

export type ReviewMeetingFacts = {
  heldOn: string;
  attended: boolean;
  /** What it actually cost, in the group's currency; null: the group's usual cost. */
  mealCost: Money | null;
  travelCost: Money | null;
};

export type ReviewMemberFacts = {
  personId: string;
  name: string;
  /** The membership's profession, else the person's. */
  profession: string | null;
  joinedOn: string | null;
  leftOn: string | null;
  trust: number;
  theirUnderstanding: number;
  /** Their strongest knows tag to an active target buyer profile; null: none. */
  strongestKnows: KnowsStrength | null;
  /** Days of one-to-ones with them (ONE_TO_ONE touches not at a group meeting). */
  oneToOneDays: string[];
  /** Days of depth touches with them outside any group meeting (the account's depth kinds). */
  depthTouchDaysOutsideGroup: string[];
};

/**
 * A referral that concerns the group: received from a member (MEMBER), received from someone
 * whose origin is a member or this group and who is not a member (NETWORK), or given to a
 * member (MEMBER, direction GIVEN).
 */
export type ReviewReferralFacts = {
  direction: ReferralDirection;
  via: 'MEMBER' | 'NETWORK';
  status: ReferralStatus;
  value: Money | null;
  referredOn: string;
};

export type ReviewAccountFacts = {
  profession: string | null;
  competitorProfessions: string[];
  powerPartnerProfessions: string[];
  /** Whether I have a working target buyer profile: without one, who reaches them is not judged. */
  hasTargetBuyers: boolean;
  /** What an hour is worth, in the account's currency; null: not set (time is not costed). */
  hourlyRate: Money | null;
};

export type GroupReviewFacts = {
  period: ReviewPeriod;
  group: ReviewGroupFacts;
  meetings: ReviewMeetingFacts[];
  members: ReviewMemberFacts[];
  referrals: ReviewReferralFacts[];
  account: ReviewAccountFacts;
  thresholds: ReviewThresholds;
};
