import {
  depthChanges,
  groupEnjoymentRatings,
  groupMeetings,
  groupMemberships,
  groups,
  interactionParticipants,
  interactions,
  introductionAsks,
  knows,
  people,
  referralStatusChanges,
  referrals,
  targetBuyers,
} from '@tend/db';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor, countRows, type TendClient, unwrap } from '../test/operations.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: new Date('2026-11-20T10:00:00Z') });
});
afterAll(() => api.close());

/** An account on its first visit, before choosing demo data or an empty start. */
const newcomer = async () => {
  const accountId = await api.createAccount({ onboarded: false });
  return { accountId, client: clientFor(api, accountId) };
};

const BREAKFAST = 'Thursday Breakfast Club';
const CHAMBER = 'Riverside Chamber of Commerce';

const demoSummary = async (client: TendClient) => {
  const list = await client.people({ first: 100 });
  const byOrigin: Record<string, number> = {};
  for (const person of list.nodes) {
    const origin = person.originGroup?.name ?? 'no group';
    byOrigin[origin] = (byOrigin[origin] ?? 0) + 1;
  }
  return {
    people: list.totalCount,
    allDemo: list.nodes.every((p) => p.isDemo),
    byOrigin,
    groups: (await client.groups()).map(({ name, kind, isDemo }) => ({ name, kind, isDemo })),
  };
};

const SEEDED = {
  people: 18,
  allDemo: true,
  byOrigin: { [BREAKFAST]: 6, [CHAMBER]: 5, 'no group': 7 },
  groups: [
    { name: CHAMBER, kind: 'CHAMBER', isDemo: true },
    { name: BREAKFAST, kind: 'REFERRAL_CLUB', isDemo: true },
  ],
};

const PROFESSIONS = '{ viewer { profession competitorProfessions powerPartnerProfessions } }';

type Professions = {
  profession: string | null;
  competitorProfessions: string[];
  powerPartnerProfessions: string[];
};

const professionsOf = async (accountId: string) =>
  (await api.gql<{ viewer: Professions }>(accountId, PROFESSIONS)).data?.viewer;

const setProfessions = (accountId: string, input: Partial<Professions>) =>
  api.gql(
    accountId,
    'mutation ($input: AccountSettingsInput!) { updateSettings(input: $input) { __typename } }',
    { input },
  );

const DEMO_PROFESSIONS: Professions = {
  profession: 'Marketing consultant',
  competitorProfessions: ['Digital marketing agency'],
  powerPartnerProfessions: ['Accountant', 'Web developer', 'HR consultant'],
};
const NO_PROFESSIONS: Professions = {
  profession: null,
  competitorProfessions: [],
  powerPartnerProfessions: [],
};

describe('onboarding', () => {
  it('starts a fresh account not onboarded, without demo data', async () => {
    const { accountId, client } = await newcomer();
    expect(await client.viewer()).toEqual({
      id: accountId,
      onboarded: false,
      hasDemoData: false,
    });
  });

  it('seeds demo people across two groups, once', async () => {
    const { accountId, client } = await newcomer();
    expect(await client.finishOnboarding('DEMO')).toEqual({
      id: accountId,
      onboarded: true,
      hasDemoData: true,
    });
    expect(await demoSummary(client)).toEqual(SEEDED);
    // A demo worth exploring: most people on track, some due, a few overdue.
    const states: Record<string, number> = {};
    const listed = await api.gql<{ people: { nodes: { dueState: string }[] } }>(
      accountId,
      '{ people(first: 100) { nodes { dueState } } }',
    );
    for (const person of listed.data?.people.nodes ?? []) {
      states[person.dueState] = (states[person.dueState] ?? 0) + 1;
    }
    expect(states).toEqual({ OK: 9, DUE: 5, OVERDUE: 4 });

    const priya = (await client.people({ search: 'Priya Shah' })).nodes[0];
    const snapshot = unwrap(await client.snapshot(priya?.id ?? ''));
    expect(snapshot).toMatchObject({
      isDemo: true,
      readiness: 80,
      lastDepthTouchAt: '2026-11-08T10:00:00.000Z',
      nextDueAt: '2026-12-08T00:00:00.000Z',
      originGroup: { name: BREAKFAST },
    });
    expect(snapshot.timeline.totalCount).toBe(3);
    expect(snapshot.depthHistory).toHaveLength(2);

    expect(await client.finishOnboarding('DEMO')).toMatchObject({ hasDemoData: true });
    expect(await client.finishOnboarding('EMPTY')).toMatchObject({ hasDemoData: true });
    expect(await demoSummary(client)).toEqual(SEEDED);
    // 17 touches with one person each, and 3 group meetings' touches with who I spoke to.
    expect(await countRows(api, interactions, accountId)).toBe(20);
    // Profiles (one nobody knows), who knows them, referrals both ways with history, an ask.
    expect({
      targetBuyers: await countRows(api, targetBuyers, accountId),
      knows: await countRows(api, knows, accountId),
      referrals: await countRows(api, referrals, accountId),
      statusChanges: await countRows(api, referralStatusChanges, accountId),
      asks: await countRows(api, introductionAsks, accountId),
    }).toEqual({ targetBuyers: 3, knows: 6, referrals: 5, statusChanges: 12, asks: 1 });
  });

  it('gives the demo groups a year of meetings, dated members and enjoyment, and the demo consultant’s professions', async () => {
    const { accountId, client } = await newcomer();
    await client.finishOnboarding('DEMO');
    const idOf = async (name: string) =>
      (await client.groups()).find((group) => group.name === name)?.id ?? '';
    const meetingsOf = async (name: string) =>
      api.db
        .select()
        .from(groupMeetings)
        .where(eq(groupMeetings.groupId, await idOf(name)))
        .orderBy(asc(groupMeetings.heldOn));
    const weekdays = (days: { heldOn: string }[]) => [
      ...new Set(days.map(({ heldOn }) => new Date(`${heldOn}T00:00:00Z`).getUTCDay())),
    ];

    // Today is Friday 20 November 2026 in London: every Thursday of the year before it.
    const breakfast = await meetingsOf(BREAKFAST);
    expect(breakfast).toHaveLength(52);
    expect([breakfast[0]?.heldOn, breakfast.at(-1)?.heldOn]).toEqual(['2025-11-27', '2026-11-19']);
    expect(weekdays(breakfast)).toEqual([4]);
    expect(breakfast.filter((meeting) => meeting.attended)).toHaveLength(44);
    expect(
      breakfast.filter((meeting) => meeting.mealCost !== null || meeting.travelCost !== null),
    ).toHaveLength(3);
    // A Tuesday lunch every fortnight.
    const chamber = await meetingsOf(CHAMBER);
    expect(chamber).toHaveLength(26);
    expect([chamber[0]?.heldOn, chamber.at(-1)?.heldOn]).toEqual(['2025-12-02', '2026-11-17']);
    expect(weekdays(chamber)).toEqual([2]);
    expect(chamber.filter((meeting) => meeting.attended)).toHaveLength(20);
    expect([...breakfast, ...chamber].every((meeting) => meeting.isDemo)).toBe(true);

    // The latest breakfasts have a touch of who I spoke to, at 07:00 London time.
    const spokeTo = await api.db
      .select({
        heldOn: groupMeetings.heldOn,
        occurredAt: interactions.occurredAt,
        kind: interactions.kind,
        personId: interactionParticipants.personId,
      })
      .from(groupMeetings)
      .innerJoin(interactions, eq(interactions.id, groupMeetings.interactionId))
      .innerJoin(
        interactionParticipants,
        eq(interactionParticipants.interactionId, interactions.id),
      )
      .where(and(eq(groupMeetings.accountId, accountId), isNotNull(groupMeetings.interactionId)));
    const byDay: Record<string, number> = {};
    for (const row of spokeTo) {
      expect(row.kind).toBe('GROUP_MEETING');
      expect(row.occurredAt.toISOString()).toBe(`${row.heldOn}T07:00:00.000Z`);
      byDay[row.heldOn] = (byDay[row.heldOn] ?? 0) + 1;
    }
    expect(byDay).toEqual({ '2026-11-19': 5, '2026-11-12': 2, '2026-11-05': 1 });

    const members = await api.db
      .select()
      .from(groupMemberships)
      .where(eq(groupMemberships.accountId, accountId));
    expect(members).toHaveLength(12);
    expect(members.every((m) => m.isDemo && m.profession !== null && m.joinedOn !== null)).toBe(
      true,
    );
    const ratings = await api.db
      .select()
      .from(groupEnjoymentRatings)
      .where(eq(groupEnjoymentRatings.accountId, accountId))
      .orderBy(asc(groupEnjoymentRatings.ratedOn));
    const latestOf = async (name: string) => {
      const groupId = await idOf(name);
      return ratings.filter((rating) => rating.groupId === groupId).at(-1)?.rating;
    };
    expect(ratings).toHaveLength(6);
    expect({ breakfast: await latestOf(BREAKFAST), chamber: await latestOf(CHAMBER) }).toEqual({
      breakfast: 4,
      chamber: 2,
    });

    expect(await professionsOf(accountId)).toEqual(DEMO_PROFESSIONS);
  });

  it('makes the demo groups’ reviews of the last 12 months differ: invest in one, leave the other', async () => {
    const { accountId, client } = await newcomer();
    await client.finishOnboarding('DEMO');
    const verdicts: Record<string, { kind: string; triggered: string[] }> = {};
    for (const group of await client.groups()) {
      const response = await api.gql<{
        group: {
          review: { verdict: { kind: string; checks: { code: string; triggered: boolean }[] } };
        };
      }>(
        accountId,
        `query ($id: ID!) { group(id: $id) { ... on Group {
          review(period: { preset: LAST_12_MONTHS }) {
            ... on GroupReview { verdict { kind checks { code triggered } } }
          }
        } } }`,
        { id: group.id },
      );
      const verdict = response.data?.group.review.verdict;
      verdicts[group.name] = {
        kind: verdict?.kind ?? '',
        triggered: verdict?.checks.filter((c) => c.triggered).map((c) => c.code) ?? [],
      };
    }
    expect(verdicts).toEqual({
      // 3 referrals (2 from members, 1 through Tom's contact), but 2 of 7 met one-to-one.
      [BREAKFAST]: { kind: 'INVEST', triggered: ['TOO_MUCH_TIME', 'DEPTH_MISSING'] },
      // 3 of 5 met one-to-one, yet no referral; 1 of 5 knows a buyer; nothing given; rated 2.
      [CHAMBER]: {
        kind: 'LEAVE',
        triggered: ['NO_BUSINESS', 'WRONG_PEOPLE', 'NOTHING_GIVEN_BACK', 'NO_ENJOYMENT'],
      },
    });
  });

  it('seeds once when the choice arrives twice at the same time', async () => {
    const { client } = await newcomer();
    await Promise.all([client.finishOnboarding('DEMO'), client.finishOnboarding('DEMO')]);
    expect(await demoSummary(client)).toEqual(SEEDED);
  });

  it('removes every demo person, touch and group, and keeps your own', async () => {
    const { accountId, client } = await newcomer();
    await client.finishOnboarding('DEMO');
    const demoPriya = (await client.people({ search: 'Priya Shah' })).nodes[0]?.id ?? '';
    const breakfast = (await client.groups()).find((g) => g.name === BREAKFAST)?.id;

    const mine = await client.addPerson({
      name: 'My Client',
      originKind: 'GROUP',
      originGroupId: breakfast,
    });
    const friend = await client.addPerson({
      name: 'My Friend',
      originKind: 'PERSON',
      originPersonId: demoPriya,
    });
    await client.setDepthLevel(mine.id, { dimension: 'trust', level: 2 });
    await api.gql(
      accountId,
      'mutation { createTargetBuyer(input: { name: "Owners of dental practices" }) { __typename } }',
    );
    const lunch = unwrap(
      await client.logInteraction({
        kind: 'ONE_TO_ONE',
        occurredAt: '2026-11-19T12:00:00Z',
        notes: 'Lunch with Priya and my client',
        personIds: [mine.id, demoPriya],
      }),
    );
    await client.logInteraction({
      kind: 'CALL',
      occurredAt: '2026-11-16T12:00:00Z',
      personIds: [mine.id],
    });
    // The user's own touch with only a demo person in it goes with the demo data.
    await client.logInteraction({
      kind: 'MESSAGE',
      occurredAt: '2026-11-17T12:00:00Z',
      personIds: [demoPriya],
    });

    expect(await client.removeDemoData()).toEqual({
      id: accountId,
      onboarded: true,
      hasDemoData: false,
    });

    const left = await client.people({ first: 100 });
    expect(left.nodes.map((p) => [p.name, p.isDemo])).toEqual([
      ['My Client', false],
      ['My Friend', false],
    ]);
    expect(await client.groups()).toEqual([]);
    expect({
      people: await countRows(api, people, accountId),
      interactions: await countRows(api, interactions, accountId),
      depthChanges: await countRows(api, depthChanges, accountId),
      groups: await countRows(api, groups, accountId),
    }).toEqual({ people: 2, interactions: 2, depthChanges: 1, groups: 0 });
    const profiles = await api.gql<{ targetBuyers: { name: string }[] }>(
      accountId,
      '{ targetBuyers { name } }',
    );
    expect(profiles.data?.targetBuyers).toEqual([{ name: 'Owners of dental practices' }]);
    expect({
      knows: await countRows(api, knows, accountId),
      referrals: await countRows(api, referrals, accountId),
      asks: await countRows(api, introductionAsks, accountId),
    }).toEqual({ knows: 0, referrals: 0, asks: 0 });

    const myClient = unwrap(await client.snapshot(mine.id));
    expect(myClient).toMatchObject({
      originKind: 'OTHER',
      originGroup: null,
      trust: { level: 2 },
      lastDepthTouchAt: '2026-11-19T12:00:00.000Z',
    });
    expect(myClient.timeline.nodes.map((t) => [t.id, t.kind, t.people.map((p) => p.name)])).toEqual(
      [
        [lunch.id, 'ONE_TO_ONE', ['My Client']],
        [expect.any(String), 'CALL', ['My Client']],
      ],
    );
    expect(unwrap(await client.person(friend.id))).toMatchObject({
      originKind: 'OTHER',
      originPerson: null,
    });

    // The demo's professions, never touched, go with it.
    expect(await professionsOf(accountId)).toEqual(NO_PROFESSIONS);

    await client.removeDemoData();
    expect((await client.people()).totalCount).toBe(2);
  });

  it('leaves the professions you set, before the demo or after it', async () => {
    const before = await newcomer();
    await setProfessions(before.accountId, { profession: 'Marketing consultant' });
    await before.client.finishOnboarding('DEMO');
    const own = { ...NO_PROFESSIONS, profession: 'Marketing consultant' };
    expect(await professionsOf(before.accountId)).toEqual(own);
    await before.client.removeDemoData();
    expect(await professionsOf(before.accountId)).toEqual(own);

    const after = await newcomer();
    await after.client.finishOnboarding('DEMO');
    await setProfessions(after.accountId, { powerPartnerProfessions: ['Accountant'] });
    await after.client.removeDemoData();
    expect(await professionsOf(after.accountId)).toEqual({
      ...DEMO_PROFESSIONS,
      powerPartnerProfessions: ['Accountant'],
    });
  });

  it('starts empty when asked to, and stays empty', async () => {
    const { accountId, client } = await newcomer();
    expect(await client.finishOnboarding('EMPTY')).toEqual({
      id: accountId,
      onboarded: true,
      hasDemoData: false,
    });
    const empty = { people: 0, allDemo: true, byOrigin: {}, groups: [] };
    expect(await demoSummary(client)).toEqual(empty);

    // Only the first choice counts.
    expect(await client.finishOnboarding('DEMO')).toMatchObject({ hasDemoData: false });
    expect(await demoSummary(client)).toEqual(empty);
  });
});
