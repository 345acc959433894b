import BigConstructor, { type Big as BigValue } from 'big.js';
import { referralReadiness } from '../depth/readiness.ts';
import {
  addMoney,
  canonicalAmount,
  currencyFractionDigits,
  type Money,
  sumByCurrency,
} from '../shared/money.ts';
import type {
  CoverageMonth,
  CurrencyRatio,
  GroupReview,
  ReferralCount,
  ReviewMemberRef,
} from './group-review.ts';
import { memberRole } from './professions.ts';
import type {
  GroupReviewFacts,
  ReviewMemberFacts,
  ReviewPeriod,
  ReviewReferralFacts,
} from './review-facts.ts';
import { calendarMonthsOf, type MonthCount, monthsIn } from './review-period.ts';
import { timeValue } from './time-value.ts';

// Strict: a number given to Big is refused, so a float cannot slip into a calculation.
// Each figure is one division rounded once; its divisors are small enough that Big's 20 places
// (Big.DP) never tip a half-up rounding the wrong way.
const Big = BigConstructor();
Big.strict = true;

const big = (value: number | string) => new Big(String(value));

/** A month count as one fraction, so a figure divides by it once. */
const monthsOver = ({ whole, restDays, monthDays }: MonthCount) => ({
  numerator: big(whole * monthDays + restDays),
  denominator: big(monthDays),
});

const within = (date: string, { from, to }: ReviewPeriod) => date >= from && date <= to;

/** A whole percent, rounded half up (1 of 8 is 13); null when there is nothing to be a share of. */
const wholePercent = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.floor((200 * part + whole) / (2 * whole));

const moneyIn = (amount: BigValue, currency: string): Money => ({
  amount: canonicalAmount(
    amount.round(currencyFractionDigits(currency), Big.roundHalfUp).toFixed(),
  ),
  currency,
});

const sumOrNull = (amounts: (Money | null)[]): Money | null =>
  amounts.reduce<Money | null>(
    (sum, money) => (money === null ? sum : sum === null ? money : addMoney(sum, money)),
    null,
  );

/** The fee for the days of the period I was a member (the fee's period spread over its months). */
const feesOf = ({ period, group }: GroupReviewFacts): Money | null => {
  if (group.fee === null) return null;
  const from =
    group.joinedOn !== null && group.joinedOn > period.from ? group.joinedOn : period.from;
  const to = group.leftOn !== null && group.leftOn < period.to ? group.leftOn : period.to;
  if (from > to) return moneyIn(big(0), group.fee.currency);
  const { numerator, denominator } = monthsOver(monthsIn({ from, to }));
  const perMonthDivisor = group.feePeriod === 'YEAR' ? 12 : 1;
  return moneyIn(
    big(group.fee.amount)
      .times(numerator)
      .div(denominator.times(String(perMonthDivisor))),
    group.fee.currency,
  );
};

const referralCount = (referrals: ReviewReferralFacts[]): ReferralCount => ({
  count: referrals.length,
  won: sumByCurrency(
    referrals.flatMap(({ status, value }) => (status === 'WON' && value !== null ? [value] : [])),
  ),
});

const refOf = (member: ReviewMemberFacts): ReviewMemberRef => ({
  personId: member.personId,
  name: member.name,
  profession: member.profession,
  readiness: referralReadiness(member),
});

const byName = (a: ReviewMemberRef, b: ReviewMemberRef) =>
  a.name.localeCompare(b.name, 'en') ||
  (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0);

const sortedByName = (members: ReviewMemberFacts[]) => members.map(refOf).sort(byName);

const metBy = (member: ReviewMemberFacts, day: string) =>
  member.oneToOneDays.some((oneToOne) => oneToOne <= day);

/** Per currency the cost is in and something was won in: cost × factor ÷ won, to `places`. */
const ratiosOf = (
  total: Money[],
  won: Money[],
  factor: { numerator: BigValue; denominator: BigValue },
  places: number,
): CurrencyRatio[] =>
  total.flatMap((cost) => {
    const value = won.find((money) => money.currency === cost.currency);
    if (!value || !big(value.amount).gt('0')) return [];
    const ratio = big(cost.amount)
      .times(factor.numerator)
      .div(big(value.amount).times(factor.denominator))
      .round(places, Big.roundHalfUp);
    return [{ currency: cost.currency, value: ratio.toFixed(places) }];
  });

/**
 * A group's figures over the period, from the facts alone. Meetings, referrals and one-to-ones
 * count when they fall in the period, both ends included; members are those of the period's end,
 * or of the period (joined by its end, not left before its start) for the one-to-ones.
 */
export const reviewGroup = (facts: GroupReviewFacts): GroupReview => {
  const { period, group, account } = facts;
  const count = monthsIn(period);
  const months = monthsOver(count);

  const meetings = facts.meetings.filter(({ heldOn }) => within(heldOn, period));
  const attended = meetings.filter((meeting) => meeting.attended);
  const parts = {
    prepMinutes: group.prepMinutes * attended.length,
    travelMinutes: group.travelMinutes * attended.length,
    meetingMinutes: group.meetingMinutes * attended.length,
    chatMinutes: group.chatMinutes * attended.length,
  };
  const totalMinutes =
    parts.prepMinutes + parts.travelMinutes + parts.meetingMinutes + parts.chatMinutes;

  const lines = {
    fees: feesOf(facts),
    meals: sumOrNull(attended.map((meeting) => meeting.mealCost ?? group.costPerMeeting)),
    travel: sumOrNull(attended.map((meeting) => meeting.travelCost ?? group.travelCost)),
    time: account.hourlyRate ? timeValue(totalMinutes, account.hourlyRate) : null,
  };
  const total = sumByCurrency(
    [lines.fees, lines.meals, lines.travel, lines.time].filter((line) => line !== null),
  );

  const referrals = facts.referrals.filter(({ referredOn }) => within(referredOn, period));
  const fromMembers = referrals.filter((r) => r.direction === 'RECEIVED' && r.via === 'MEMBER');
  const throughNetwork = referrals.filter((r) => r.direction === 'RECEIVED' && r.via === 'NETWORK');
  const received = referralCount([...fromMembers, ...throughNetwork]);

  const inPeriod = facts.members.filter(
    (m) =>
      (m.joinedOn === null || m.joinedOn <= period.to) &&
      (m.leftOn === null || m.leftOn >= period.from),
  );
  const atEnd = facts.members.filter(
    (m) =>
      (m.joinedOn === null || m.joinedOn <= period.to) &&
      (m.leftOn === null || m.leftOn >= period.to),
  );
  const oneToOnesInPeriod = inPeriod.map(
    (m) => m.oneToOneDays.filter((day) => within(day, period)).length,
  );

  const byMonth = calendarMonthsOf(period).map(({ month, start, end }): CoverageMonth => {
    const members = facts.members.filter(
      (m) => (m.joinedOn === null || m.joinedOn <= end) && (m.leftOn === null || m.leftOn >= start),
    );
    // The last month ends after the period does: what happened after it does not count.
    const met = members.filter((m) => metBy(m, end) && metBy(m, period.to)).length;
    return { month, members: members.length, met, percent: wholePercent(met, members.length) };
  });

  const isNetwork = (m: ReviewMemberFacts) =>
    m.trust >= 3 && m.depthTouchDaysOutsideGroup.some((day) => day <= period.to);
  const competitors = atEnd.filter((m) => memberRole(m.profession, account) === 'COMPETITOR');
  const buyerReach = atEnd.filter((m) => m.strongestKnows !== null).length;

  // The latest rating by the period's end; of two on one day, the later entered.
  const enjoyment = group.enjoyment.reduce<{ rating: number; ratedOn: string } | null>(
    (latest, entry) =>
      entry.ratedOn <= period.to && (latest === null || entry.ratedOn >= latest.ratedOn)
        ? entry
        : latest,
    null,
  );

  return {
    period,
    months: months.numerator.div(months.denominator).round(2, Big.roundHalfUp).toFixed(2),
    meetings: { held: meetings.length, attended: attended.length },
    time: {
      ...parts,
      totalMinutes,
      hoursPerMonth: big(totalMinutes)
        .times(months.denominator)
        .div(months.numerator.times('60'))
        .round(1, Big.roundHalfUp)
        .toFixed(1),
    },
    money: { ...lines, total },
    referrals: {
      fromMembers: referralCount(fromMembers),
      throughNetwork: referralCount(throughNetwork),
      received,
      givenToMembers: referralCount(referrals.filter((r) => r.direction === 'GIVEN')),
    },
    oneToOnes: {
      count: oneToOnesInPeriod.reduce((sum, n) => sum + n, 0),
      membersMet: oneToOnesInPeriod.filter((n) => n > 0).length,
    },
    depthCoverage: {
      percent: wholePercent(atEnd.filter((m) => metBy(m, period.to)).length, atEnd.length),
      byMonth,
    },
    network: sortedByName(atEnd.filter(isNetwork)),
    acquaintances: sortedByName(atEnd.filter((m) => !isNetwork(m))),
    competitors: {
      people: sortedByName(competitors),
      percent: wholePercent(competitors.length, atEnd.length),
    },
    powerPartners: atEnd
      .filter((m) => memberRole(m.profession, account) === 'POWER_PARTNER')
      .map(refOf)
      .sort((a, b) => b.readiness - a.readiness || byName(a, b)),
    buyerReach: {
      count: buyerReach,
      percent: account.hasTargetBuyers ? wholePercent(buyerReach, atEnd.length) : null,
      noProfiles: !account.hasTargetBuyers,
    },
    costPerReferral:
      received.count === 0
        ? null
        : total.map(({ amount, currency }) =>
            moneyIn(big(amount).div(String(received.count)), currency),
          ),
    costPerWon: ratiosOf(total, received.won, { numerator: big(1), denominator: big(1) }, 2),
    paybackMonths: ratiosOf(total, received.won, months, 1),
    enjoyment: enjoyment?.rating ?? null,
  };
};
