import BigConstructor from 'big.js';
import { addDays, format, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KNOWS_STRENGTHS } from '../buyers/knows-input.ts';
import { REFERRAL_DIRECTIONS, REFERRAL_STATUSES } from '../referrals/referral-input.ts';
import type { Money } from '../shared/money.ts';
import type { GroupReview } from './group-review.ts';
import { VERDICT_CHECKS, VERDICTS } from './group-review.ts';
import { judgeGroup } from './judge-group.ts';
import {
  DEFAULT_REVIEW_THRESHOLDS,
  type GroupReviewFacts,
  type ReviewMeetingFacts,
  type ReviewMemberFacts,
  type ReviewReferralFacts,
} from './review-facts.ts';
import { reviewGroup } from './review-group.ts';
import { monthsIn } from './review-period.ts';

const Big = BigConstructor();
Big.strict = true;

const gbp = (amount: string): Money => ({ amount, currency: 'GBP' });
const eur = (amount: string): Money => ({ amount, currency: 'EUR' });
const jpy = (amount: string): Money => ({ amount, currency: 'JPY' });

const meeting = (heldOn: string, more: Partial<ReviewMeetingFacts> = {}): ReviewMeetingFacts => ({
  heldOn,
  attended: true,
  mealCost: null,
  travelCost: null,
  ...more,
});

const member = (
  personId: string,
  name: string,
  more: Partial<ReviewMemberFacts> = {},
): ReviewMemberFacts => ({
  personId,
  name,
  profession: null,
  joinedOn: null,
  leftOn: null,
  trust: 0,
  theirUnderstanding: 0,
  strongestKnows: null,
  oneToOneDays: [],
  depthTouchDaysOutsideGroup: [],
  ...more,
});

const referral = (
  direction: ReviewReferralFacts['direction'],
  via: ReviewReferralFacts['via'],
  status: ReviewReferralFacts['status'],
  value: Money | null,
  referredOn: string,
): ReviewReferralFacts => ({ direction, via, status, value, referredOn });

/** A group with nothing in it, to change one thing at a time. */
const emptyFacts = (period: GroupReviewFacts['period']): GroupReviewFacts => ({
  period,
  group: {
    currency: 'GBP',
    fee: null,
    feePeriod: 'YEAR',
    costPerMeeting: null,
    travelCost: null,
    prepMinutes: 0,
    travelMinutes: 0,
    meetingMinutes: 0,
    chatMinutes: 0,
    joinedOn: null,
    leftOn: null,
    enjoyment: [],
  },
  meetings: [],
  members: [],
  referrals: [],
  account: {
    profession: null,
    competitorProfessions: [],
    powerPartnerProfessions: [],
    hasTargetBuyers: true,
    hourlyRate: null,
  },
  thresholds: DEFAULT_REVIEW_THRESHOLDS,
});

const HALF_YEAR = { from: '2026-01-01', to: '2026-06-30' };

const breakfastClub: GroupReviewFacts = {
  period: HALF_YEAR,
  group: {
    currency: 'GBP',
    fee: gbp('1400.00'),
    feePeriod: 'YEAR',
    costPerMeeting: gbp('18.50'),
    travelCost: gbp('6.40'),
    prepMinutes: 30,
    travelMinutes: 40,
    meetingMinutes: 90,
    chatMinutes: 30,
    joinedOn: '2025-03-15',
    leftOn: null,
    // Latest by 06-30 is the day 06-30; of its two, the later in the list (3). 07-15 is after.
    enjoyment: [
      { rating: 5, ratedOn: '2026-07-15' },
      { rating: 2, ratedOn: '2026-06-30' },
      { rating: 4, ratedOn: '2026-02-01' },
      { rating: 3, ratedOn: '2026-06-30' },
    ],
  },
  meetings: [
    meeting('2025-12-31'), // before the period
    meeting('2026-01-01'),
    meeting('2026-01-15', { mealCost: gbp('22.75') }),
    meeting('2026-01-29'),
    meeting('2026-02-12', { attended: false, mealCost: gbp('30.00') }),
    meeting('2026-02-26'),
    meeting('2026-03-12', { mealCost: gbp('15.00') }),
    meeting('2026-03-26'),
    meeting('2026-04-09', { attended: false }),
    meeting('2026-05-07', { travelCost: gbp('0.00') }),
    meeting('2026-06-30'),
    meeting('2026-07-01'), // after the period
  ],
  members: [
    member('a', 'Alice Brown', {
      profession: 'Solicitor',
      trust: 4,
      theirUnderstanding: 3,
      strongestKnows: 'CAN_INTRODUCE',
      oneToOneDays: ['2025-11-20', '2026-02-03'],
      depthTouchDaysOutsideGroup: ['2026-02-03'],
    }),
    member('b', 'Ben Carter', {
      profession: ' accountant ', // my own profession, written loosely
      joinedOn: '2025-06-01',
      trust: 2,
      theirUnderstanding: 2,
      depthTouchDaysOutsideGroup: ['2026-03-01'],
    }),
    member('c', 'Chloe Davies', {
      profession: 'Bookkeeper',
      joinedOn: '2026-03-10',
      trust: 3,
      theirUnderstanding: 1,
      strongestKnows: 'KNOWS_OF',
      oneToOneDays: ['2026-04-15'],
      depthTouchDaysOutsideGroup: ['2026-04-15'],
    }),
    member('d', 'Dev Evans', {
      profession: 'Financial adviser',
      trust: 5,
      theirUnderstanding: 5,
      oneToOneDays: ['2026-07-05'],
      depthTouchDaysOutsideGroup: ['2026-07-05'],
    }),
    member('e', 'Emma Fox', {
      profession: 'Printer',
      leftOn: '2026-06-30', // left on the last day: still a member at the end
      trust: 3,
      theirUnderstanding: 3,
      strongestKnows: 'WORKS_WITH',
      oneToOneDays: ['2026-01-01', '2026-06-30'],
    }),
    member('f', 'Farah Green', { joinedOn: '2025-01-01', trust: 1 }),
    member('g', 'Gus Hall', {
      profession: 'Bookkeeper',
      joinedOn: '2025-01-01',
      leftOn: '2026-03-31', // a member in the period, not at its end
      trust: 4,
      theirUnderstanding: 4,
      strongestKnows: 'CAN_INTRODUCE',
      oneToOneDays: ['2026-02-20', '2026-03-05'],
      depthTouchDaysOutsideGroup: ['2026-02-20'],
    }),
    member('h', 'Hana Ito', {
      profession: 'Architect',
      joinedOn: '2026-07-10', // joined after the period
      oneToOneDays: ['2026-05-01'],
    }),
  ],
  referrals: [
    referral('RECEIVED', 'MEMBER', 'WON', gbp('5000.00'), '2025-12-31'), // before the period
    referral('RECEIVED', 'MEMBER', 'WON', gbp('2500.00'), '2026-02-10'),
    referral('RECEIVED', 'MEMBER', 'WON', eur('1200.00'), '2026-03-03'),
    referral('RECEIVED', 'MEMBER', 'INTRODUCED', null, '2026-05-20'),
    referral('RECEIVED', 'NETWORK', 'WON', gbp('900.00'), '2026-06-30'),
    referral('RECEIVED', 'NETWORK', 'LOST', gbp('400.00'), '2026-04-01'),
    referral('RECEIVED', 'NETWORK', 'WON', null, '2026-01-01'),
    referral('GIVEN', 'MEMBER', 'WON', gbp('300.00'), '2026-03-15'),
    referral('GIVEN', 'MEMBER', 'MET', null, '2026-07-01'), // after the period
  ],
  account: {
    profession: 'Accountant',
    competitorProfessions: ['Bookkeeper'],
    powerPartnerProfessions: ['Solicitor', 'Financial adviser'],
    hasTargetBuyers: true,
    hourlyRate: gbp('60.00'),
  },
  thresholds: DEFAULT_REVIEW_THRESHOLDS,
};

// Readiness = min(trust, their understanding) / 5 × 100.
const alice = { personId: 'a', name: 'Alice Brown', profession: 'Solicitor', readiness: 60 };
const ben = { personId: 'b', name: 'Ben Carter', profession: ' accountant ', readiness: 40 };
const chloe = { personId: 'c', name: 'Chloe Davies', profession: 'Bookkeeper', readiness: 20 };
const dev = { personId: 'd', name: 'Dev Evans', profession: 'Financial adviser', readiness: 100 };
const emma = { personId: 'e', name: 'Emma Fox', profession: 'Printer', readiness: 60 };
const farah = { personId: 'f', name: 'Farah Green', profession: null, readiness: 0 };

describe('reviewGroup (hand-computed)', () => {
  it('gives every figure of a half year in a breakfast club', () => {
    const expected: GroupReview = {
      period: HALF_YEAR,
      // 2026-07-01 back 6 months is 2026-01-01 = from: 6 whole months.
      months: '6.00',
      // 10 meetings from 01-01 to 06-30 (both ends), 02-12 and 04-09 missed: 8 attended.
      meetings: { held: 10, attended: 8 },
      time: {
        prepMinutes: 240, // 30 × 8
        travelMinutes: 320, // 40 × 8
        meetingMinutes: 720, // 90 × 8
        chatMinutes: 240, // 30 × 8
        totalMinutes: 1520, // 190 × 8
        hoursPerMonth: '4.2', // 1520 / 60 / 6 = 4.222…
      },
      money: {
        fees: gbp('700.00'), // a member all along: 1400 / 12 × 6
        meals: gbp('148.75'), // 6 × 18.50 + 22.75 + 15.00 (the missed 02-12’s 30.00 not counted)
        travel: gbp('44.80'), // 7 × 6.40 + 0.00
        time: gbp('1520.00'), // 1520 / 60 × 60.00
        total: [gbp('2413.55')], // 700.00 + 148.75 + 44.80 + 1520.00
      },
      referrals: {
        // 02-10 £2500 won, 03-03 €1200 won, 05-20 introduced (12-31 is before the period).
        fromMembers: { count: 3, won: [eur('1200.00'), gbp('2500.00')] },
        // 06-30 £900 won, 04-01 lost (its £400 not won), 01-01 won with no value.
        throughNetwork: { count: 3, won: [gbp('900.00')] },
        // £2500 + £900; the euros on their own.
        received: { count: 6, won: [eur('1200.00'), gbp('3400.00')] },
        givenToMembers: { count: 1, won: [gbp('300.00')] },
      },
      // In the period, of members in it (not Hana): Alice 02-03, Chloe 04-15, Emma 01-01 and
      // 06-30, Gus 02-20 and 03-05 = 6 by 4 people (Alice’s 2025 one and Dev’s July one are out).
      oneToOnes: { count: 6, membersMet: 4 },
      depthCoverage: {
        // At the end: Alice, Ben, Chloe, Dev, Emma, Farah; met by 06-30: Alice, Chloe, Emma. 3/6.
        percent: 50,
        byMonth: [
          // Alice, Ben, Dev, Emma, Farah, Gus; met by 01-31: Alice (2025), Emma. 2/6 = 33.3.
          { month: '2026-01', members: 6, met: 2, percent: 33 },
          // + Gus 02-20: 3/6.
          { month: '2026-02', members: 6, met: 3, percent: 50 },
          // Chloe joins (met only in April): 3/7 = 42.86 → 43.
          { month: '2026-03', members: 7, met: 3, percent: 43 },
          // Gus left 03-31; Chloe met 04-15: Alice, Chloe, Emma of 6.
          { month: '2026-04', members: 6, met: 3, percent: 50 },
          { month: '2026-05', members: 6, met: 3, percent: 50 },
          // Dev’s 07-05 is after the period.
          { month: '2026-06', members: 6, met: 3, percent: 50 },
        ],
      },
      // Trust ≥ 3 and a depth touch outside by 06-30: Alice, Chloe (Dev’s is in July, Emma has none).
      network: [alice, chloe],
      acquaintances: [ben, dev, emma, farah],
      // Accountant (mine, Ben) or Bookkeeper (Chloe; Gus has left): 2 of 6 = 33.3.
      competitors: { people: [ben, chloe], percent: 33 },
      // Solicitor or financial adviser, readier first.
      powerPartners: [dev, alice],
      // Alice, Chloe, Emma know a buyer: 3 of 6.
      buyerReach: { count: 3, percent: 50, noProfiles: false },
      costPerReferral: [gbp('402.26')], // 2413.55 / 6 = 402.2583…
      // Only GBP has both a cost and a won value: 2413.55 / 3400 = 0.70987…
      costPerWon: [{ currency: 'GBP', value: '0.71' }],
      // 2413.55 × 6 / 3400 = 4.2592…
      paybackMonths: [{ currency: 'GBP', value: '4.3' }],
      enjoyment: 3,
    };
    expect(reviewGroup(breakfastClub)).toEqual(expected);
  });

  it('charges a monthly fee for the part months I was a member, rounded half up once', () => {
    const quarter = { from: '2026-01-01', to: '2026-03-31' };
    const facts = emptyFacts(quarter);
    const feesWith = (joinedOn: string | null, leftOn: string | null) =>
      reviewGroup({
        ...facts,
        group: { ...facts.group, fee: gbp('12.35'), feePeriod: 'MONTH', joinedOn, leftOn },
      }).money.fees;
    // Joined 02-15: back from 04-01 one month to 03-01, then 02-15..02-28 is 14 of 28 days.
    // 12.35 × 1.5 = 18.525 → 18.53 (half up; half even would give 18.52).
    expect(feesWith('2026-02-15', null)).toEqual(gbp('18.53'));
    // 02-10..03-20: back from 03-21 one month to 02-21, then 11 days of the 31 from 01-21.
    // 12.35 × 42 / 31 = 16.732… → 16.73.
    expect(feesWith('2026-02-10', '2026-03-20')).toEqual(gbp('16.73'));
    // The whole quarter: 12.35 × 3.
    expect(feesWith(null, null)).toEqual(gbp('37.05'));
    // Not a member during the period: nothing to pay, but there is a fee.
    expect(feesWith('2026-04-01', null)).toEqual(gbp('0.00'));
    expect(feesWith('2025-01-01', '2025-12-31')).toEqual(gbp('0.00'));
    expect(reviewGroup(facts).money.fees).toBeNull();
  });

  it('rounds yen to whole yen', () => {
    // 01-01..03-15: 2 months + 15/31 = 77/31 months = 2.4838…
    const facts = emptyFacts({ from: '2026-01-01', to: '2026-03-15' });
    const review = reviewGroup({
      ...facts,
      group: {
        ...facts.group,
        currency: 'JPY',
        fee: jpy('60000'),
        feePeriod: 'YEAR',
        costPerMeeting: jpy('3000'),
        travelCost: jpy('800'),
        prepMinutes: 20,
        travelMinutes: 30,
        meetingMinutes: 60,
        chatMinutes: 10,
      },
      meetings: [
        meeting('2026-01-08'),
        meeting('2026-02-05', { mealCost: jpy('2500') }),
        meeting('2026-03-05'),
      ],
      referrals: [
        referral('RECEIVED', 'MEMBER', 'WON', jpy('100000'), '2026-01-20'),
        ...['01-21', '01-22', '02-01', '02-02', '03-01'].map((day) =>
          referral('RECEIVED', 'NETWORK', 'MET', null, `2026-${day}`),
        ),
      ],
      account: { ...facts.account, hourlyRate: jpy('5000') },
    });
    expect(review.months).toBe('2.48');
    expect(review.money).toEqual({
      fees: jpy('12419.00'), // 60000 / 12 × 77/31 = 12419.35… → 12419
      meals: jpy('8500.00'), // 3000 + 2500 + 3000
      travel: jpy('2400.00'), // 3 × 800
      time: jpy('30000.00'), // 3 × 120 minutes = 360; 360 / 60 × 5000
      total: [jpy('53319.00')], // 12419 + 8500 + 2400 + 30000
    });
    // 6 hours / (77/31) = 186/77 = 2.415…
    expect(review.time.hoursPerMonth).toBe('2.4');
    // 53319 / 6 = 8886.5 → 8887 (half up).
    expect(review.costPerReferral).toEqual([jpy('8887.00')]);
    // 53319 / 100000 = 0.53319; 53319 × 77/31 / 100000 = 1.3243…
    expect(review.costPerWon).toEqual([{ currency: 'JPY', value: '0.53' }]);
    expect(review.paybackMonths).toEqual([{ currency: 'JPY', value: '1.3' }]);
  });

  it('keeps every currency on its own: time in euros, costs in pounds, won in three', () => {
    const facts = emptyFacts({ from: '2026-03-01', to: '2026-03-31' }); // 1 month
    const review = reviewGroup({
      ...facts,
      group: { ...facts.group, costPerMeeting: gbp('10.00'), meetingMinutes: 60 },
      meetings: [meeting('2026-03-05'), meeting('2026-03-19')],
      referrals: [
        referral('RECEIVED', 'MEMBER', 'WON', eur('400.00'), '2026-03-02'),
        referral('RECEIVED', 'NETWORK', 'WON', gbp('80.00'), '2026-03-03'),
        referral('RECEIVED', 'MEMBER', 'WON', { amount: '1000.00', currency: 'USD' }, '2026-03-04'),
      ],
      account: { ...facts.account, hourlyRate: eur('50.00') },
    });
    // 120 minutes at €50 an hour = €100; meals 2 × £10; no usual travel cost, none recorded.
    expect(review.money).toEqual({
      fees: null,
      meals: gbp('20.00'),
      travel: null,
      time: eur('100.00'),
      total: [eur('100.00'), gbp('20.00')],
    });
    expect(review.referrals.received.won).toEqual([
      eur('400.00'),
      gbp('80.00'),
      { amount: '1000.00', currency: 'USD' },
    ]);
    // €100 / 3 = 33.33…, £20 / 3 = 6.666… → 6.67; nothing cost dollars.
    expect(review.costPerReferral).toEqual([eur('33.33'), gbp('6.67')]);
    // €100 / 400 and £20 / 80 = 0.25; × 1 month = 0.25 → 0.3 (half up).
    expect(review.costPerWon).toEqual([
      { currency: 'EUR', value: '0.25' },
      { currency: 'GBP', value: '0.25' },
    ]);
    expect(review.paybackMonths).toEqual([
      { currency: 'EUR', value: '0.3' },
      { currency: 'GBP', value: '0.3' },
    ]);
  });

  it('divides by nothing: no referrals, or nothing won', () => {
    const noReferrals = reviewGroup({ ...breakfastClub, referrals: [] });
    expect(noReferrals.costPerReferral).toBeNull();
    expect(noReferrals.costPerWon).toEqual([]);
    expect(noReferrals.paybackMonths).toEqual([]);
    const wonNothing = reviewGroup({
      ...breakfastClub,
      referrals: [referral('RECEIVED', 'MEMBER', 'WON', gbp('0.00'), '2026-02-01')],
    });
    // 2413.55 / 1.
    expect(wonNothing.costPerReferral).toEqual([gbp('2413.55')]);
    expect(wonNothing.costPerWon).toEqual([]);
    expect(wonNothing.paybackMonths).toEqual([]);
  });

  it('has no meal or travel line when nothing is known, and no coverage without members', () => {
    const facts = emptyFacts(HALF_YEAR);
    const review = reviewGroup({
      ...facts,
      meetings: [meeting('2026-02-01'), meeting('2026-03-01', { travelCost: gbp('3.10') })],
      account: { ...facts.account, hourlyRate: gbp('60.00') },
    });
    expect(review.money).toEqual({
      fees: null,
      meals: null,
      travel: gbp('3.10'),
      time: gbp('0.00'),
      total: [gbp('3.10')],
    });
    expect(review.time.hoursPerMonth).toBe('0.0');
    expect(review.depthCoverage.percent).toBeNull();
    expect(review.depthCoverage.byMonth[0]).toEqual({
      month: '2026-01',
      members: 0,
      met: 0,
      percent: null,
    });
    expect([review.competitors.percent, review.buyerReach.percent, review.enjoyment]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('does not judge who reaches my target buyers before I have described any', () => {
    const facts = breakfastClub;
    const withProfiles = reviewGroup(facts);
    const without = reviewGroup({
      ...facts,
      account: { ...facts.account, hasTargetBuyers: false },
    });
    expect(withProfiles.buyerReach).toMatchObject({ noProfiles: false });
    expect(withProfiles.buyerReach.percent).not.toBeNull();
    expect(without.buyerReach).toEqual({
      count: withProfiles.buyerReach.count,
      percent: null,
      noProfiles: true,
    });
  });

  it('counts coverage in a period’s last, part month only up to the period’s end', () => {
    const facts = emptyFacts({ from: '2026-02-10', to: '2026-03-15' });
    const review = reviewGroup({
      ...facts,
      members: [
        member('a', 'Ann', { oneToOneDays: ['2026-02-11'] }),
        member('b', 'Bo', { oneToOneDays: ['2026-03-20'] }), // after the period, within March
      ],
    });
    expect(review.depthCoverage).toEqual({
      percent: 50,
      byMonth: [
        { month: '2026-02', members: 2, met: 1, percent: 50 },
        { month: '2026-03', members: 2, met: 1, percent: 50 },
      ],
    });
    expect(review.oneToOnes).toEqual({ count: 1, membersMet: 1 });
  });

  it('rounds shares half up and sorts people by name as English speakers do', () => {
    const facts = emptyFacts(HALF_YEAR);
    const names = [
      'Zoë Adams',
      'Émile Roux',
      'adam Smith',
      'Sam Lee',
      'Sam Lee',
      'Ann Ng',
      'Bo Yu',
    ];
    const review = reviewGroup({
      ...facts,
      members: [
        ...names.map((name, i) => member(`p${7 - i}`, name)),
        member('p0', 'Cy Oh', { strongestKnows: 'KNOWS_OF' }),
      ],
    });
    // 1 of 8 = 12.5 → 13.
    expect(review.buyerReach).toEqual({ count: 1, percent: 13, noProfiles: false });
    // Code-point order would put "Zoë" before "adam" and "Émile" last; the two Sam Lees by id.
    expect(review.acquaintances.map(({ name, personId }) => `${name} ${personId}`)).toEqual([
      'adam Smith p5',
      'Ann Ng p2',
      'Bo Yu p1',
      'Cy Oh p0',
      'Émile Roux p6',
      'Sam Lee p3',
      'Sam Lee p4',
      'Zoë Adams p7',
    ]);
  });
});

// Random groups over 2024–2028, in pounds, with time costed in any of three currencies.
const day = fc.nat(1600).map((n) => format(addDays(parseISO('2024-01-01'), n), 'yyyy-MM-dd'));
const pennies = (max: number) =>
  fc.nat(max).map((p) => `${Math.floor(p / 100)}.${String(p % 100).padStart(2, '0')}`);
const pounds = pennies(500_000).map(gbp);
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const professions = fc.constantFrom('Accountant', 'Bookkeeper', 'Solicitor', 'Printer', null);
const span = fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }));
const membership = fc
  .tuple(nullable(day), nullable(day))
  .map(([a, b]) => (a !== null && b !== null && b < a ? [b, a] : [a, b]));

const meetingArb: fc.Arbitrary<ReviewMeetingFacts> = fc.record({
  heldOn: day,
  attended: fc.boolean(),
  mealCost: nullable(pounds),
  travelCost: nullable(pounds),
});

const factsArb: fc.Arbitrary<GroupReviewFacts> = fc.record({
  period: span,
  group: fc
    .record({
      fee: nullable(pounds),
      feePeriod: fc.constantFrom('YEAR' as const, 'MONTH' as const),
      costPerMeeting: nullable(pounds),
      travelCost: nullable(pounds),
      prepMinutes: fc.nat(240),
      travelMinutes: fc.nat(240),
      meetingMinutes: fc.nat(240),
      chatMinutes: fc.nat(240),
      joinedLeft: membership,
      enjoyment: fc.array(fc.record({ rating: fc.integer({ min: 1, max: 5 }), ratedOn: day })),
    })
    .map(({ joinedLeft: [joinedOn, leftOn], ...group }) => ({
      ...group,
      currency: 'GBP',
      joinedOn: joinedOn ?? null,
      leftOn: leftOn ?? null,
    })),
  meetings: fc.array(meetingArb, { maxLength: 20 }),
  members: fc.array(
    fc
      .record({
        personId: fc.uuid(),
        name: fc.constantFrom('Ann', 'Bo', 'Cy', 'Di'),
        profession: professions,
        joinedLeft: membership,
        trust: fc.integer({ min: 0, max: 5 }),
        theirUnderstanding: fc.integer({ min: 0, max: 5 }),
        strongestKnows: nullable(fc.constantFrom(...KNOWS_STRENGTHS)),
        oneToOneDays: fc.array(day, { maxLength: 4 }),
        depthTouchDaysOutsideGroup: fc.array(day, { maxLength: 4 }),
      })
      .map(({ joinedLeft: [joinedOn, leftOn], ...rest }) => ({
        ...rest,
        joinedOn: joinedOn ?? null,
        leftOn: leftOn ?? null,
      })),
    { maxLength: 10 },
  ),
  referrals: fc.array(
    fc.record({
      direction: fc.constantFrom(...REFERRAL_DIRECTIONS),
      via: fc.constantFrom('MEMBER' as const, 'NETWORK' as const),
      status: fc.constantFrom(...REFERRAL_STATUSES),
      value: nullable(fc.oneof(pounds, pennies(500_000).map(eur))),
      referredOn: day,
    }),
    { maxLength: 12 },
  ),
  account: fc.record({
    profession: professions,
    competitorProfessions: fc.subarray(['Bookkeeper', 'Printer']),
    powerPartnerProfessions: fc.subarray(['Solicitor', 'Printer']),
    hasTargetBuyers: fc.boolean(),
    hourlyRate: nullable(
      fc.oneof(
        pounds,
        pennies(50_000).map(eur),
        fc.nat(50_000).map((yen) => jpy(String(yen))),
      ),
    ),
  }),
  thresholds: fc.constant(DEFAULT_REVIEW_THRESHOLDS),
});

const amountOf = (money: Money | null) => new Big(money?.amount ?? '0');

describe('reviewGroup (properties)', () => {
  it('charges a fee never below zero nor above the fee per month × the period’s months rounded up', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const { fees } = reviewGroup(facts).money;
        const { fee, feePeriod } = facts.group;
        if (fee === null) {
          expect(fees).toBeNull();
          return;
        }
        const months = monthsIn(facts.period);
        const ceiling = String(months.whole + (months.restDays > 0 ? 1 : 0));
        // The bound rounded to the penny as the fee is, so that rounding alone cannot cross it.
        const bound = new Big(fee.amount)
          .times(ceiling)
          .div(feePeriod === 'YEAR' ? '12' : '1')
          .round(2, Big.roundHalfUp);
        expect(amountOf(fees).gte('0')).toBe(true);
        expect(amountOf(fees).lte(bound)).toBe(true);
      }),
    );
  });

  it('totals each currency as the sum of its lines, and only those', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const { fees, meals, travel, time, total } = reviewGroup(facts).money;
        const lines = [fees, meals, travel, time].filter((line) => line !== null);
        const currencies = [...new Set(lines.map(({ currency }) => currency))].sort();
        expect(total.map(({ currency }) => currency)).toEqual(currencies);
        for (const { currency, amount } of total) {
          const sum = lines
            .filter((line) => line.currency === currency)
            .reduce((acc, line) => acc.plus(line.amount), new Big('0'));
          expect(new Big(amount).eq(sum)).toBe(true);
        }
      }),
    );
  });

  it('never costs less time or money for one more attended meeting', () => {
    fc.assert(
      fc.property(factsArb, meetingArb, fc.nat(), (facts, extra, offset) => {
        const { from, to } = facts.period;
        const length = (parseISO(to).getTime() - parseISO(from).getTime()) / 86_400_000;
        const heldOn = format(
          addDays(parseISO(from), offset % (Math.round(length) + 1)),
          'yyyy-MM-dd',
        );
        const before = reviewGroup(facts);
        const after = reviewGroup({
          ...facts,
          meetings: [...facts.meetings, { ...extra, heldOn, attended: true }],
        });
        expect(after.time.totalMinutes).toBeGreaterThanOrEqual(before.time.totalMinutes);
        expect(after.meetings.attended).toBe(before.meetings.attended + 1);
        for (const line of ['fees', 'meals', 'travel', 'time'] as const) {
          expect(amountOf(after.money[line]).gte(amountOf(before.money[line]))).toBe(true);
        }
        for (const money of before.money.total) {
          const later = after.money.total.find(({ currency }) => currency === money.currency);
          expect(amountOf(later ?? null).gte(money.amount)).toBe(true);
        }
      }),
    );
  });

  it('gives coverage between 0 and 100 %, never more met than members', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const { percent, byMonth } = reviewGroup(facts).depthCoverage;
        for (const share of [percent, ...byMonth.map((month) => month.percent)]) {
          if (share !== null) {
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(100);
          }
        }
        for (const month of byMonth) expect(month.met).toBeLessThanOrEqual(month.members);
      }),
    );
  });

  it('always comes to a verdict with all seven checks, in order', () => {
    const thresholds = fc.record({
      minReferralsPerYear: fc.nat(20),
      maxHoursPerMonth: fc.nat(40),
      minBuyerReachPercent: fc.nat(100),
      maxCompetitorPercent: fc.nat(100),
      minGivenPerYear: fc.nat(20),
      minEnjoyment: fc.integer({ min: 1, max: 5 }),
      minDepthCoveragePercent: fc.nat(100),
    });
    fc.assert(
      fc.property(factsArb, thresholds, (facts, limits) => {
        const verdict = judgeGroup(reviewGroup(facts), limits);
        expect(VERDICTS).toContain(verdict.kind);
        expect(verdict.checks.map(({ code }) => code)).toEqual([...VERDICT_CHECKS]);
        expect(verdict.summary).toMatch(/^[A-Z].*\.$/);
      }),
    );
  });
});
