import type { Money } from '../shared/money.ts';
import type { ReviewPeriod } from './review-facts.ts';

/** What a group review shows: every figure of the period, each money line on its own. */

export type ReviewMemberRef = {
  personId: string;
  name: string;
  profession: string | null;
  /** 0–100, from trust and their understanding. */
  readiness: number;
};

export type ReferralCount = {
  count: number;
  /** The won ones' value, per currency, by currency code. */
  won: Money[];
};

export type CoverageMonth = {
  /** YYYY-MM. */
  month: string;
  /** Members during that month (joined by its end, not left before its start). */
  members: number;
  /** Of those, met one-to-one outside the meetings by the month's end. */
  met: number;
  /** met / members as a whole percent (rounded half up); null when there were no members. */
  percent: number | null;
};

/** A ratio of two amounts in one currency: cost per won 1 (e.g. "0.35"), payback in months. */
export type CurrencyRatio = { currency: string; value: string };

export type GroupReview = {
  period: ReviewPeriod;
  /**
   * The period's length in months (see monthsIn: whole months back from its end + the rest's
   * days ÷ that month's days), rounded half up to 2 places: "3.00", "2.48".
   */
  months: string;
  meetings: { held: number; attended: number };
  time: {
    prepMinutes: number;
    travelMinutes: number;
    meetingMinutes: number;
    chatMinutes: number;
    totalMinutes: number;
    /** Total hours ÷ the exact months, one decimal place rounded half up: "6.5". */
    hoursPerMonth: string;
  };
  money: {
    /**
     * The fee per month (a yearly fee ÷ 12) × the months of the period I was a member, rounded
     * half up once to the currency's minor unit; "0.00" when I was not a member; null: no fee.
     */
    fees: Money | null;
    /** Meals (each attended meeting's actual cost, else the usual); null: none recorded. */
    meals: Money | null;
    travel: Money | null;
    /** Total minutes × hourly rate, in the account's currency; null: no hourly rate. */
    time: Money | null;
    /** All lines, per currency (never two currencies added). */
    total: Money[];
  };
  referrals: {
    fromMembers: ReferralCount;
    throughNetwork: ReferralCount;
    /** fromMembers + throughNetwork. */
    received: ReferralCount;
    givenToMembers: ReferralCount;
  };
  oneToOnes: {
    /** One-to-ones with members in the period, outside the meetings. */
    count: number;
    /** Members met one-to-one at least once in the period. */
    membersMet: number;
  };
  depthCoverage: {
    /** The share of members (at the period's end) ever met one-to-one by then; null: no members. */
    percent: number | null;
    byMonth: CoverageMonth[];
  };
  /** Members at the period's end who became real network (a depth touch outside the group and trust ≥ 3). */
  network: ReviewMemberRef[];
  /** The other members: people I only see at meetings. */
  acquaintances: ReviewMemberRef[];
  competitors: { people: ReviewMemberRef[]; percent: number | null };
  powerPartners: ReviewMemberRef[];
  /** percent is null with no members, or with no target buyer profile to reach (noProfiles). */
  buyerReach: { count: number; percent: number | null; noProfiles: boolean };
  /** Total cost ÷ referrals received, per currency; null: no referrals (no division by zero). */
  costPerReferral: Money[] | null;
  /** Cost ÷ won value, for each currency both exist in, 2 places half up; empty: nothing won. */
  costPerWon: CurrencyRatio[];
  /**
   * Cost × months ÷ won value, per currency both exist in, 1 place half up: the months of winning
   * at this period's rate it takes to cover the period's cost, so at most the period's months
   * means the group has paid for itself; empty: nothing won.
   */
  paybackMonths: CurrencyRatio[];
  enjoyment: number | null;
};

export const VERDICT_CHECKS = [
  'NO_BUSINESS',
  'TOO_MUCH_TIME',
  'WRONG_PEOPLE',
  'TOO_MANY_COMPETITORS',
  'NOTHING_GIVEN_BACK',
  'NO_ENJOYMENT',
  'DEPTH_MISSING',
] as const;
export type VerdictCheckCode = (typeof VERDICT_CHECKS)[number];

export const VERDICTS = ['STAY', 'INVEST', 'LEAVE'] as const;
export type VerdictKind = (typeof VERDICTS)[number];

export type VerdictCheck = {
  code: VerdictCheckCode;
  triggered: boolean;
  /** The figure the check looked at, as shown ("0 referrals in 12 months", "33 %"). */
  figure: string;
  /** The threshold it was compared with, as shown ("fewer than 2 a year"). */
  threshold: string;
  /** One sentence saying what it means. */
  reason: string;
};

export type Verdict = {
  kind: VerdictKind;
  /** One sentence: why this verdict. */
  summary: string;
  /** Every check, triggered or not, in VERDICT_CHECKS order. */
  checks: VerdictCheck[];
};
