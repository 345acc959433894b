import {
  accounts,
  groupEnjoymentRatings,
  groupMeetings,
  groupMemberships,
  groups,
  interactionParticipants,
  interactions,
  knows,
  people,
  referrals,
  targetBuyers,
} from '@tend/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { dataOf } from '../test/operations.ts';

// Noon in London on 20 November 2026; the period below crosses the October clock change.
const NOW = new Date('2026-11-20T12:00:00Z');
const PERIOD = { from: '2026-05-01', to: '2026-10-31' };

const REVIEW = /* GraphQL */ `
  query ($id: ID!, $period: ReviewPeriodInput!) {
    group(id: $id) {
      __typename
      ... on Group {
        review(period: $period) {
          __typename
          ... on GroupReview {
            period { from to } months meetingsHeld meetingsAttended
            time { prepMinutes travelMinutes meetingMinutes chatMinutes totalMinutes hoursPerMonth }
            money { fees { amount currency } meals { amount } travel { amount } time { amount currency } total { amount currency } }
            referralsFromMembers { count won { amount currency } }
            referralsThroughNetwork { count won { amount currency } }
            referralsReceived { count won { amount currency } }
            referralsGivenToMembers { count }
            oneToOnes membersMetOneToOne depthCoveragePercent
            depthCoverageByMonth { month members met percent }
            network { name } acquaintances { name } competitors { name } competitorPercent
            powerPartners { name readiness } buyerReachCount buyerReachPercent
            costPerReferral { amount currency } costPerWon { currency value } paybackMonths { currency value }
            enjoyment
            verdict { kind checks { code triggered figure } }
          }
          ... on ValidationError { message issues { field message } }
        }
      }
      ... on NotFoundError { message }
    }
  }`;

let api: TestApi;
let accountId: string;
let other: string;
let groupId: string;

const review = async (period: Record<string, unknown>, account = accountId, id = groupId) =>
  dataOf(
    await api.gql<{ group: { __typename: string; review?: Record<string, unknown> } }>(
      account,
      REVIEW,
      { id, period },
    ),
  ).group;

/** Inserts a person of the account and answers their id. */
const person = async (name: string, extra: Partial<typeof people.$inferInsert> = {}) => {
  const [row] = await api.db
    .insert(people)
    .values({ accountId, name, ...extra })
    .returning({ id: people.id });
  if (!row) throw new Error('no person');
  return row.id;
};

/** A touch with one person, at noon London time on the day (or at an instant, given one). */
const touch = async (personId: string, kind: string, day: string, atGroup?: string) => {
  const [row] = await api.db
    .insert(interactions)
    .values({
      accountId,
      kind: kind as 'CALL',
      occurredAt: new Date(day.includes('T') ? day : `${day}T11:00:00Z`),
      groupId: atGroup ?? null,
    })
    .returning({ id: interactions.id });
  if (!row) throw new Error('no touch');
  await api.db
    .insert(interactionParticipants)
    .values({ accountId, interactionId: row.id, personId });
};

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
  accountId = await api.createAccount();
  other = await api.createAccount();
  await api.db
    .update(accounts)
    .set({
      hourlyRate: '50.00',
      profession: 'Marketing consultant',
      powerPartnerProfessions: ['Web designer'],
    })
    .where(eq(accounts.id, accountId));
  const [group] = await api.db
    .insert(groups)
    .values({
      accountId,
      name: 'Thursday Breakfast',
      fee: '1200.00',
      feePeriod: 'YEAR',
      costPerMeeting: '15.00',
      travelCost: '5.00',
      prepMinutes: 15,
      travelMinutes: 30,
      meetingMinutes: 60,
      chatMinutes: 15,
      joinedOn: '2025-01-01',
    })
    .returning({ id: groups.id });
  groupId = group?.id ?? '';

  const ann = await person('Ann', { trust: 4, theirUnderstanding: 3 });
  const bob = await person('Bob', { trust: 2, theirUnderstanding: 2 });
  const cat = await person('Cat', { trust: 3, theirUnderstanding: 4 });
  const dan = await person('Dan', { trust: 5, theirUnderstanding: 5 });
  const eve = await person('Eve', { originKind: 'PERSON', originPersonId: ann });
  const fay = await person('Fay', { originKind: 'GROUP', originGroupId: groupId });
  const gil = await person('Gil');
  await api.db.insert(groupMemberships).values([
    { accountId, groupId, personId: ann, profession: 'Accountant' },
    { accountId, groupId, personId: bob, profession: 'marketing  Consultant' },
    { accountId, groupId, personId: cat, profession: 'Web designer' },
    { accountId, groupId, personId: dan, profession: 'Lawyer', leftOn: '2026-08-31' },
  ]);
  await api.db.insert(groupMeetings).values([
    { accountId, groupId, heldOn: '2026-04-30' },
    { accountId, groupId, heldOn: '2026-05-07' },
    { accountId, groupId, heldOn: '2026-06-04', mealCost: '20.00' },
    { accountId, groupId, heldOn: '2026-07-02', attended: false },
    { accountId, groupId, heldOn: '2026-10-29', travelCost: '0.00' },
    { accountId, groupId, heldOn: '2026-11-05' },
  ]);
  await touch(ann, 'CALL', '2026-05-20');
  await touch(ann, 'ONE_TO_ONE', '2026-06-10');
  // 00:30 on 1 September in London: September's, though still 31 August in UTC.
  await touch(bob, 'ONE_TO_ONE', '2026-08-31T23:30:00Z');
  // Seen at the group only: a visibility touch, and a one-to-one logged at a meeting is not one outside it.
  await touch(cat, 'GROUP_MEETING', '2026-06-04', groupId);
  await touch(cat, 'ONE_TO_ONE', '2026-06-04', groupId);

  const [active, archived] = await api.db
    .insert(targetBuyers)
    .values([
      { accountId, name: 'Hotel owners' },
      { accountId, name: 'Old profile', archivedAt: NOW },
    ])
    .returning({ id: targetBuyers.id });
  await api.db.insert(knows).values([
    { accountId, personId: cat, targetBuyerId: active?.id ?? '', strength: 'KNOWS_PERSONALLY' },
    { accountId, personId: dan, targetBuyerId: active?.id ?? '', strength: 'CAN_INTRODUCE' },
    { accountId, personId: ann, targetBuyerId: archived?.id ?? '', strength: 'WORKS_WITH' },
  ]);

  const referral = (
    direction: 'GIVEN' | 'RECEIVED',
    personId: string,
    referredOn: string,
    status: 'WON' | 'MET' | 'INTRODUCED',
    value?: [string, string],
  ) => ({
    accountId,
    direction,
    personId,
    referredName: 'A client',
    referredOn,
    status,
    value: value?.[0] ?? null,
    currency: value?.[1] ?? null,
  });
  await api.db
    .insert(referrals)
    .values([
      referral('RECEIVED', ann, '2026-06-20', 'WON', ['900.00', 'GBP']),
      referral('RECEIVED', eve, '2026-07-15', 'WON', ['400.00', 'EUR']),
      referral('RECEIVED', fay, '2026-09-01', 'MET'),
      referral('RECEIVED', gil, '2026-09-02', 'WON', ['5000.00', 'GBP']),
      referral('GIVEN', bob, '2026-08-01', 'INTRODUCED'),
      referral('GIVEN', eve, '2026-08-02', 'INTRODUCED'),
      referral('RECEIVED', ann, '2026-04-01', 'WON', ['100.00', 'GBP']),
    ]);
  await api.db.insert(groupEnjoymentRatings).values([
    { accountId, groupId, ratedOn: '2026-03-01', rating: 2 },
    { accountId, groupId, ratedOn: '2026-10-01', rating: 4 },
    { accountId, groupId, ratedOn: '2026-11-10', rating: 1 },
  ]);
});
beforeEach(() => api.setNow(NOW));
afterAll(() => api.close());

describe('a group review over HTTP', () => {
  it('adds up the period from the database, every figure worked out by hand', async () => {
    const group = await review(PERIOD);
    expect(group.review).toMatchObject({
      period: PERIOD,
      months: '6.00',
      // 30 April and 5 November fall outside; 2 July was not attended.
      meetingsHeld: 4,
      meetingsAttended: 3,
      // 3 attended × (15 + 30 + 60 + 15) = 360 minutes = 6 h over 6 months.
      time: {
        prepMinutes: 45,
        travelMinutes: 90,
        meetingMinutes: 180,
        chatMinutes: 45,
        totalMinutes: 360,
        hoursPerMonth: '1.0',
      },
      money: {
        // 1200 / 12 × 6
        fees: { amount: '600.00', currency: 'GBP' },
        // 15 + 20 (actual) + 15
        meals: { amount: '50.00' },
        // 5 + 5 + 0 (actual)
        travel: { amount: '10.00' },
        // 6 h × 50
        time: { amount: '300.00', currency: 'GBP' },
        total: [{ amount: '960.00', currency: 'GBP' }],
      },
      // Ann's in June (April's is before the period); Gil's has nothing to do with the group.
      referralsFromMembers: { count: 1, won: [{ amount: '900.00', currency: 'GBP' }] },
      // Eve was introduced by Ann, Fay came from the group.
      referralsThroughNetwork: { count: 2, won: [{ amount: '400.00', currency: 'EUR' }] },
      referralsReceived: {
        count: 3,
        won: [
          { amount: '400.00', currency: 'EUR' },
          { amount: '900.00', currency: 'GBP' },
        ],
      },
      // To Bob; the one to Eve went to someone outside the group.
      referralsGivenToMembers: { count: 1 },
      // Ann's and Bob's; Cat's was at a meeting.
      oneToOnes: 2,
      membersMetOneToOne: 2,
      // Ann and Bob of Ann, Bob and Cat (Dan left in August).
      depthCoveragePercent: 67,
      depthCoverageByMonth: [
        { month: '2026-05', members: 4, met: 0, percent: 0 },
        { month: '2026-06', members: 4, met: 1, percent: 25 },
        { month: '2026-07', members: 4, met: 1, percent: 25 },
        { month: '2026-08', members: 4, met: 1, percent: 25 },
        { month: '2026-09', members: 3, met: 2, percent: 67 },
        { month: '2026-10', members: 3, met: 2, percent: 67 },
      ],
      network: [{ name: 'Ann' }],
      acquaintances: [{ name: 'Bob' }, { name: 'Cat' }],
      competitors: [{ name: 'Bob' }],
      competitorPercent: 33,
      powerPartners: [{ name: 'Cat', readiness: 60 }],
      // Cat; Dan has left and Ann's profile is archived.
      buyerReachCount: 1,
      buyerReachPercent: 33,
      // 960 / 3
      costPerReferral: [{ amount: '320.00', currency: 'GBP' }],
      // 960 / 900 = 1.0666…; 960 × 6 / 900 = 6.4. No EUR cost to set against the EUR won.
      costPerWon: [{ currency: 'GBP', value: '1.07' }],
      paybackMonths: [{ currency: 'GBP', value: '6.4' }],
      // The rating of 1 November is after the period.
      enjoyment: 4,
      verdict: { kind: 'LEAVE' },
    });
    const checks = (group.review as { verdict: { checks: { code: string; triggered: boolean }[] } })
      .verdict.checks;
    expect(checks.filter((c) => c.triggered).map((c) => c.code)).toEqual(['TOO_MANY_COMPETITORS']);
  });

  it('judges by the account’s thresholds', async () => {
    await api.db
      .update(accounts)
      .set({ reviewMaxCompetitorPercent: 40 })
      .where(eq(accounts.id, accountId));
    try {
      expect((await review(PERIOD)).review).toMatchObject({ verdict: { kind: 'STAY' } });
    } finally {
      await api.db
        .update(accounts)
        .set({ reviewMaxCompetitorPercent: 30 })
        .where(eq(accounts.id, accountId));
    }
  });

  it('takes a preset period ending today in the account’s zone', async () => {
    api.setNow(new Date('2026-11-20T23:30:00Z'));
    expect((await review({ preset: 'LAST_3_MONTHS' })).review).toMatchObject({
      period: { from: '2026-08-21', to: '2026-11-20' },
      months: '3.00',
    });
  });

  it('refuses a period that is not one, and another account’s group', async () => {
    const backwards = (await review({ from: '2026-10-01', to: '2026-09-01' })).review;
    expect(backwards).toMatchObject({ __typename: 'ValidationError' });
    const future = (await review({ from: '2026-10-01', to: '2027-01-01' })).review;
    expect(future).toMatchObject({ __typename: 'ValidationError' });
    expect(await review(PERIOD, other)).toMatchObject({ __typename: 'NotFoundError' });
  });
});
