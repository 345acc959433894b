import BigConstructor from 'big.js';
import type {
  GroupReview,
  Verdict,
  VerdictCheck,
  VerdictCheckCode,
  VerdictKind,
} from './group-review.ts';
import { VERDICT_CHECKS } from './group-review.ts';
import type { ReviewThresholds } from './review-facts.ts';
import { monthsIn } from './review-period.ts';

// Strict: a number given to Big is refused, so a float cannot slip into a calculation.
const Big = BigConstructor();
Big.strict = true;

const big = (value: number | string) => new Big(String(value));

const plural = (count: number | string, one: string, many: string) =>
  `${count} ${String(count) === '1' ? one : many}`;

/** A decimal as shown: "3.00" → "3", "2.50" → "2.5". */
const shown = (decimal: string) => big(decimal).toFixed();

const percentShown = (percent: number | null) => (percent === null ? 'no members' : `${percent} %`);

type Figures = Omit<VerdictCheck, 'code'>;

/** What each check says when it is triggered: a clause the summary can join with others. */
const CLAUSES: Record<VerdictCheckCode, string> = {
  NO_BUSINESS: 'it brings you too few referrals',
  TOO_MUCH_TIME: 'it takes too much of your time',
  WRONG_PEOPLE: 'too few members know your target buyers',
  TOO_MANY_COMPETITORS: 'too many members do what you do',
  NOTHING_GIVEN_BACK: 'you give the members too few referrals',
  NO_ENJOYMENT: 'you do not enjoy it',
  DEPTH_MISSING: 'you have met too few members one-to-one',
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const joined = (clauses: string[]) =>
  clauses.length <= 1
    ? (clauses[0] ?? '')
    : `${clauses.slice(0, -1).join(', ')} and ${clauses[clauses.length - 1]}`;

/**
 * Each check of the review against the thresholds, in VERDICT_CHECKS order, with the figure and
 * threshold as a user reads them. Counts per year use the period's exact months.
 */
const checksOf = (review: GroupReview, t: ReviewThresholds): VerdictCheck[] => {
  const { whole, restDays, monthDays } = monthsIn(review.period);
  const months = big(whole * monthDays + restDays).div(String(monthDays));
  const inMonths = `in ${plural(shown(review.months), 'month', 'months')}`;
  // n × 12 ÷ months < minimum, as n × 12 × monthDays < minimum × (months × monthDays): exact.
  const fewerPerYear = (count: number, minimum: number) =>
    big(count * 12 * monthDays).lt(big(minimum).times(String(whole * monthDays + restDays)));
  const perYear = (count: number) =>
    big(count).times('12').div(months).round(1, Big.roundHalfUp).toFixed();

  const received = review.referrals.received.count;
  const given = review.referrals.givenToMembers.count;
  const hours = review.time.hoursPerMonth;
  const reach = review.buyerReach.percent;
  const competitors = review.competitors.percent;
  const depth = review.depthCoverage.percent;
  const enjoyment = review.enjoyment;

  const noBusiness = fewerPerYear(received, t.minReferralsPerYear);
  const tooMuchTime = big(hours).gt(String(t.maxHoursPerMonth));
  const wrongPeople = reach !== null && reach < t.minBuyerReachPercent;
  const tooManyCompetitors = competitors !== null && competitors >= t.maxCompetitorPercent;
  const nothingGiven = fewerPerYear(given, t.minGivenPerYear);
  const noEnjoyment = enjoyment !== null && enjoyment < t.minEnjoyment;
  const depthMissing = depth !== null && depth < t.minDepthCoveragePercent;
  const noMembers =
    'The group had no members at the end of the period, so there is no one to judge.';

  const figures: Record<VerdictCheckCode, Figures> = {
    NO_BUSINESS: {
      triggered: noBusiness,
      figure: `${plural(received, 'referral', 'referrals')} ${inMonths}`,
      threshold: `fewer than ${t.minReferralsPerYear} a year`,
      reason: `You received about ${plural(perYear(received), 'referral', 'referrals')} a year from this group, ${noBusiness ? 'fewer than' : 'at least'} the ${t.minReferralsPerYear} a year that make it worth your time and money.`,
    },
    TOO_MUCH_TIME: {
      triggered: tooMuchTime,
      figure: `${plural(shown(hours), 'hour', 'hours')} a month`,
      threshold: `more than ${plural(t.maxHoursPerMonth, 'hour', 'hours')} a month`,
      reason: `Meetings, preparation and travel take ${plural(shown(hours), 'hour', 'hours')} a month, ${tooMuchTime ? 'more than' : 'within'} the ${t.maxHoursPerMonth} you give a group.`,
    },
    WRONG_PEOPLE: {
      triggered: wrongPeople,
      figure: review.buyerReach.noProfiles ? 'no target buyer profiles' : percentShown(reach),
      threshold: `less than ${t.minBuyerReachPercent} %`,
      reason: review.buyerReach.noProfiles
        ? 'Describe your target buyers to see whether the members can reach them.'
        : reach === null
          ? noMembers
          : wrongPeople
            ? `Only ${reach} % of the members know one of your target buyers, less than the ${t.minBuyerReachPercent} % that makes them the right people to introduce you.`
            : `Of the members, ${reach} % know one of your target buyers, at least the ${t.minBuyerReachPercent} % that makes them the right people to introduce you.`,
    },
    TOO_MANY_COMPETITORS: {
      triggered: tooManyCompetitors,
      figure: percentShown(competitors),
      threshold: `${t.maxCompetitorPercent} % or more`,
      reason:
        competitors === null
          ? noMembers
          : tooManyCompetitors
            ? `Of the members, ${competitors} % do what you or your competitors do, so the work they could send you goes to them.`
            : `Of the members, ${competitors} % do what you or your competitors do, below the ${t.maxCompetitorPercent} % at which they take the work you could get.`,
    },
    NOTHING_GIVEN_BACK: {
      triggered: nothingGiven,
      figure: `${plural(given, 'referral', 'referrals')} given ${inMonths}`,
      threshold: `fewer than ${t.minGivenPerYear} a year`,
      reason: nothingGiven
        ? `You gave the members about ${plural(perYear(given), 'referral', 'referrals')} a year, fewer than ${t.minGivenPerYear}, so they have little reason to refer anyone to you.`
        : `You gave the members about ${plural(perYear(given), 'referral', 'referrals')} a year, enough to give them reason to refer people to you.`,
    },
    NO_ENJOYMENT: {
      triggered: noEnjoyment,
      figure: enjoyment === null ? 'not rated' : `${enjoyment} out of 5`,
      threshold: `below ${t.minEnjoyment} out of 5`,
      reason:
        enjoyment === null
          ? 'You had not rated how much you enjoy this group by the end of the period.'
          : noEnjoyment
            ? `You rated the group ${enjoyment} out of 5, below ${t.minEnjoyment}, and a group you do not enjoy is hard to keep turning up to.`
            : `You rated the group ${enjoyment} out of 5, so you enjoy going.`,
    },
    DEPTH_MISSING: {
      triggered: depthMissing,
      figure: percentShown(depth),
      threshold: `less than ${t.minDepthCoveragePercent} %`,
      reason:
        depth === null
          ? noMembers
          : depthMissing
            ? `You have met only ${depth} % of the members one-to-one, less than ${t.minDepthCoveragePercent} %, so most of them do not know you well enough to refer you.`
            : `You have met ${depth} % of the members one-to-one, enough for them to know you well enough to refer you.`,
    },
  };
  return VERDICT_CHECKS.map((code) => ({ code, ...figures[code] }));
};

/**
 * Stay, invest or leave, by the first rule that applies: the wrong people or too many
 * competitors; no business although the depth is there; no business and no enjoyment; the depth
 * missing (the people are right: do more one-to-ones); two of too much time, nothing given back
 * and no enjoyment; else stay.
 */
export const judgeGroup = (review: GroupReview, thresholds: ReviewThresholds): Verdict => {
  const checks = checksOf(review, thresholds);
  const on = new Set(checks.filter((check) => check.triggered).map((check) => check.code));
  const clauses = (...codes: VerdictCheckCode[]) =>
    joined(codes.filter((code) => on.has(code)).map((code) => CLAUSES[code]));
  const verdict = (kind: VerdictKind, summary: string): Verdict => ({ kind, summary, checks });

  if (on.has('WRONG_PEOPLE') || on.has('TOO_MANY_COMPETITORS')) {
    return verdict(
      'LEAVE',
      `${capitalised(clauses('WRONG_PEOPLE', 'TOO_MANY_COMPETITORS'))}, so this group cannot bring you the right work.`,
    );
  }
  if (on.has('NO_BUSINESS') && !on.has('DEPTH_MISSING')) {
    return verdict(
      'LEAVE',
      'You know enough of the members one-to-one and it still brings you too few referrals.',
    );
  }
  if (on.has('NO_BUSINESS') && on.has('NO_ENJOYMENT')) {
    return verdict('LEAVE', 'It brings you too few referrals and you do not enjoy it.');
  }
  if (on.has('DEPTH_MISSING')) {
    return verdict(
      'INVEST',
      'You have met too few members one-to-one, but they are the right people, so book more one-to-ones here.',
    );
  }
  const costs = ['TOO_MUCH_TIME', 'NOTHING_GIVEN_BACK', 'NO_ENJOYMENT'] as const;
  if (costs.filter((code) => on.has(code)).length >= 2) {
    return verdict(
      'LEAVE',
      `${capitalised(clauses(...costs))}, which is too much for what it gives.`,
    );
  }
  return verdict(
    'STAY',
    on.size === 0
      ? 'Every check passes: the group is worth your time.'
      : `Stay, but keep an eye on it: ${clauses(...costs)}.`,
  );
};
