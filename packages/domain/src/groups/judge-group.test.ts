import { describe, expect, it } from 'vitest';
import type { GroupReview, VerdictCheckCode } from './group-review.ts';
import { VERDICT_CHECKS } from './group-review.ts';
import { judgeGroup } from './judge-group.ts';
import { DEFAULT_REVIEW_THRESHOLDS } from './review-facts.ts';

const count = (n: number) => ({ count: n, won: [] });

const YEAR = { period: { from: '2025-01-01', to: '2025-12-31' }, months: '12.00' };
const HALF_YEAR = { period: { from: '2026-01-01', to: '2026-06-30' }, months: '6.00' };
// 2025-01-01..2026-01-31: 13 months.
const THIRTEEN_MONTHS = { period: { from: '2025-01-01', to: '2026-01-31' }, months: '13.00' };

type Figures = {
  period?: { period: GroupReview['period']; months: string };
  received?: number;
  given?: number;
  hoursPerMonth?: string;
  buyerReach?: number | null;
  noProfiles?: boolean;
  competitors?: number | null;
  enjoyment?: number | null;
  depth?: number | null;
};

/**
 * A year's review that passes every default threshold (2 referrals a year, 10 hours a month,
 * 25 % buyer reach, under 30 % competitors, 1 given a year, enjoyment 3, 50 % depth), with the
 * figures the verdict reads changed as asked.
 */
const review = ({
  period = YEAR,
  received = 4,
  given = 2,
  hoursPerMonth = '4.0',
  buyerReach = 50,
  noProfiles = false,
  competitors = 10,
  enjoyment = 4,
  depth = 80,
}: Figures = {}): GroupReview => ({
  ...period,
  meetings: { held: 0, attended: 0 },
  time: {
    prepMinutes: 0,
    travelMinutes: 0,
    meetingMinutes: 0,
    chatMinutes: 0,
    totalMinutes: 0,
    hoursPerMonth,
  },
  money: { fees: null, meals: null, travel: null, time: null, total: [] },
  referrals: {
    fromMembers: count(received),
    throughNetwork: count(0),
    received: count(received),
    givenToMembers: count(given),
  },
  oneToOnes: { count: 0, membersMet: 0 },
  depthCoverage: { percent: depth, byMonth: [] },
  network: [],
  acquaintances: [],
  competitors: { people: [], percent: competitors },
  powerPartners: [],
  buyerReach: { count: 0, percent: buyerReach, noProfiles },
  costPerReferral: null,
  costPerWon: [],
  paybackMonths: [],
  enjoyment,
});

const judged = (figures: Figures) => judgeGroup(review(figures), DEFAULT_REVIEW_THRESHOLDS);

const triggered = (figures: Figures): VerdictCheckCode[] =>
  judged(figures)
    .checks.filter((check) => check.triggered)
    .map((check) => check.code);

describe('judgeGroup checks', () => {
  it('returns all seven, in order, none triggered for a healthy group', () => {
    const verdict = judged({});
    expect(verdict.checks.map((check) => check.code)).toEqual([...VERDICT_CHECKS]);
    expect(triggered({})).toEqual([]);
    expect(verdict).toMatchObject({
      kind: 'STAY',
      summary: 'Every check passes: the group is worth your time.',
    });
  });

  it.each<[string, Figures, VerdictCheckCode[]]>([
    // 1 × 12 / 12 = 1 a year < 2.
    ['1 referral in 12 months', { received: 1 }, ['NO_BUSINESS']],
    ['2 referrals in 12 months', { received: 2 }, []],
    // 1 × 12 / 6 = 2 a year: not fewer than 2.
    ['1 referral in 6 months', { period: HALF_YEAR, received: 1 }, []],
    // 2 × 12 / 13 = 1.85 a year < 2.
    ['2 referrals in 13 months', { period: THIRTEEN_MONTHS, received: 2 }, ['NO_BUSINESS']],
    ['10.0 hours a month', { hoursPerMonth: '10.0' }, []],
    ['10.1 hours a month', { hoursPerMonth: '10.1' }, ['TOO_MUCH_TIME']],
    ['25 % buyer reach', { buyerReach: 25 }, []],
    ['24 % buyer reach', { buyerReach: 24 }, ['WRONG_PEOPLE']],
    ['no members for buyer reach', { buyerReach: null }, []],
    ['no target buyer profiles', { buyerReach: null, noProfiles: true }, []],
    ['30 % competitors', { competitors: 30 }, ['TOO_MANY_COMPETITORS']],
    ['29 % competitors', { competitors: 29 }, []],
    ['no members for competitors', { competitors: null }, []],
    ['0 given in 12 months', { given: 0 }, ['NOTHING_GIVEN_BACK']],
    ['1 given in 12 months', { given: 1 }, []],
    // 1 × 12 / 13 = 0.92 a year < 1.
    ['1 given in 13 months', { period: THIRTEEN_MONTHS, given: 1 }, ['NOTHING_GIVEN_BACK']],
    ['enjoyment 3', { enjoyment: 3 }, []],
    ['enjoyment 2', { enjoyment: 2 }, ['NO_ENJOYMENT']],
    ['no enjoyment rating', { enjoyment: null }, []],
    ['50 % depth', { depth: 50 }, []],
    ['49 % depth', { depth: 49 }, ['DEPTH_MISSING']],
    ['no members for depth', { depth: null }, []],
  ])('%s', (_, figures, codes) => {
    expect(triggered(figures)).toEqual(codes);
  });

  it('shows each figure and threshold as a user reads them', () => {
    const verdict = judged({
      period: { period: { from: '2026-09-03', to: '2026-12-02' }, months: '3.00' },
      received: 0,
      given: 1,
      hoursPerMonth: '6.5',
      competitors: 30,
      enjoyment: null,
    });
    expect(
      verdict.checks.map(({ code, triggered, figure, threshold }) => [
        code,
        triggered,
        figure,
        threshold,
      ]),
    ).toEqual([
      ['NO_BUSINESS', true, '0 referrals in 3 months', 'fewer than 2 a year'],
      ['TOO_MUCH_TIME', false, '6.5 hours a month', 'more than 10 hours a month'],
      ['WRONG_PEOPLE', false, '50 %', 'less than 25 %'],
      ['TOO_MANY_COMPETITORS', true, '30 %', '30 % or more'],
      // 1 × 12 / 3 = 4 a year.
      ['NOTHING_GIVEN_BACK', false, '1 referral given in 3 months', 'fewer than 1 a year'],
      ['NO_ENJOYMENT', false, 'not rated', 'below 3 out of 5'],
      ['DEPTH_MISSING', false, '80 %', 'less than 50 %'],
    ]);
    expect(verdict.checks[0]?.reason).toBe(
      'You received about 0 referrals a year from this group, fewer than the 2 a year that make it worth your time and money.',
    );
    expect(verdict.checks[4]?.reason).toBe(
      'You gave the members about 4 referrals a year, enough to give them reason to refer people to you.',
    );
    // One sentence each: a capital, one full stop at the end (decimal points aside).
    for (const { reason } of verdict.checks) expect(reason).toMatch(/^[A-Z](?!.*\. ).*\.$/);
  });
});

describe('judgeGroup verdict, by the first rule that applies', () => {
  it.each<[string, Figures, 'STAY' | 'INVEST' | 'LEAVE', RegExp]>([
    // (1) The wrong people or too many competitors: leave, even with the depth missing.
    ['wrong people', { buyerReach: 10 }, 'LEAVE', /^Too few members know your target buyers, so/],
    [
      'too many competitors, depth missing',
      { competitors: 40, depth: 10 },
      'LEAVE',
      /^Too many members do what you do, so this group cannot bring you the right work\.$/,
    ],
    [
      'both',
      { buyerReach: 10, competitors: 40 },
      'LEAVE',
      /^Too few members know your target buyers and too many members do what you do, so/,
    ],
    // (2) No business although the depth is there.
    ['no business with depth', { received: 0 }, 'LEAVE', /still brings you too few referrals\.$/],
    // (3) No business and no enjoyment, the depth missing.
    [
      'no business, no enjoyment, depth missing',
      { received: 0, enjoyment: 1, depth: 10 },
      'LEAVE',
      /^It brings you too few referrals and you do not enjoy it\.$/,
    ],
    // (4) The depth missing: invest, with or without business, before rule (5).
    ['depth missing, no business', { received: 0, depth: 10 }, 'INVEST', /book more one-to-ones/],
    [
      'depth missing, too much time and no enjoyment',
      { depth: 10, hoursPerMonth: '20.0', enjoyment: 1 },
      'INVEST',
      /book more one-to-ones/,
    ],
    // (5) Two of too much time, nothing given back and no enjoyment.
    [
      'too much time, nothing given back',
      { hoursPerMonth: '20.0', given: 0 },
      'LEAVE',
      /^It takes too much of your time and you give the members too few referrals, which/,
    ],
    [
      'nothing given back, no enjoyment',
      { given: 0, enjoyment: 2 },
      'LEAVE',
      /^You give the members too few referrals and you do not enjoy it, which/,
    ],
    // (6) Otherwise stay, watching the one that is off.
    [
      'only too much time',
      { hoursPerMonth: '20.0' },
      'STAY',
      /^Stay, but keep an eye on it: it takes too much of your time\.$/,
    ],
  ])('%s', (_, figures, kind, summary) => {
    const verdict = judged(figures);
    expect(verdict.kind).toBe(kind);
    expect(verdict.summary).toMatch(summary);
  });
});
