import { randomUUID } from 'node:crypto';
import { groupMeetings, interactionParticipants, interactions, people } from '@tend/db';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor, dataOf, type PersonView } from '../test/operations.ts';

// 23:30 in London on 20 November (GMT): the account's today is the 20th.
const NOW = new Date('2026-11-20T23:30:00Z');

const ERRORS = `... on ValidationError { message issues { field message } }
  ... on NotFoundError { message }`;
const MEETING = `id heldOn attended mealCost { amount currency } travelCost { amount currency }
  usesUsualMealCost usesUsualTravelCost spokeTo { id name } notes`;

const CREATE_GROUP = /* GraphQL */ `
  mutation ($input: GroupInput!) {
    result: createGroup(input: $input) { __typename ... on Group { id } ${ERRORS} }
  }`;
const LOG = /* GraphQL */ `
  mutation ($groupId: ID!, $input: GroupMeetingInput!) {
    result: logGroupMeeting(groupId: $groupId, input: $input) {
      __typename ... on GroupMeeting { ${MEETING} } ${ERRORS}
    }
  }`;
const WENT_TODAY = /* GraphQL */ `
  mutation ($groupId: ID!) {
    result: markGroupAttendedToday(groupId: $groupId) {
      __typename ... on GroupMeeting { ${MEETING} } ${ERRORS}
    }
  }`;
const UPDATE = /* GraphQL */ `
  mutation ($id: ID!, $input: GroupMeetingInput!) {
    result: updateGroupMeeting(id: $id, input: $input) {
      __typename ... on GroupMeeting { ${MEETING} } ${ERRORS}
    }
  }`;
const DELETE = /* GraphQL */ `
  mutation ($id: ID!) {
    result: deleteGroupMeeting(id: $id) {
      __typename ... on DeletedGroupMeeting { id heldOn } ${ERRORS}
    }
  }`;
const GROUP = /* GraphQL */ `
  query ($id: ID!, $first: Int) {
    result: group(id: $id) {
      __typename
      ... on Group {
        meetingCount
        lastMeeting { heldOn }
        todaysMeeting { heldOn }
        meetings(first: $first) { ${MEETING} }
      }
    }
  }`;
const SETTINGS = /* GraphQL */ `
  mutation ($input: AccountSettingsInput!) {
    result: updateSettings(input: $input) { __typename ... on Account { depthTouchKinds } ${ERRORS} }
  }`;

type Money = { amount: string; currency: string };
type Meeting = {
  id: string;
  heldOn: string;
  attended: boolean;
  mealCost: Money | null;
  travelCost: Money | null;
  usesUsualMealCost: boolean;
  usesUsualTravelCost: boolean;
  spokeTo: { id: string; name: string }[];
  notes: string | null;
};
type Result = {
  __typename: string;
  message?: string;
  issues?: { field: string; message: string }[];
};
type GroupMeetings = {
  meetingCount: number;
  lastMeeting: { heldOn: string } | null;
  todaysMeeting: { heldOn: string } | null;
  meetings: Meeting[];
};

let api: TestApi;
let accountId: string;
let other: string;

const call = async <T = Record<string, unknown>>(
  account: string,
  query: string,
  variables: Record<string, unknown>,
) => dataOf(await api.gql<{ result: T & Result }>(account, query, variables)).result;

const gbp = (amount: string) => ({ amount, currency: 'GBP' });

const newGroup = async (account = accountId, extra: Record<string, unknown> = {}) => {
  const result = await call<{ id: string }>(account, CREATE_GROUP, {
    input: {
      name: 'Thursday Breakfast Club',
      kind: 'REFERRAL_CLUB',
      onePerProfession: true,
      currency: 'GBP',
      feePeriod: 'YEAR',
      costPerMeeting: '14',
      travelCost: '6.20',
      prepMinutes: 0,
      travelMinutes: 30,
      meetingMinutes: 90,
      chatMinutes: 0,
      ...extra,
    },
  });
  if (result.__typename !== 'Group') throw new Error(JSON.stringify(result));
  return result.id;
};

const logged = async (groupId: string, input: Record<string, unknown>, account = accountId) => {
  const result = await call<Meeting>(account, LOG, { groupId, input });
  if (result.__typename !== 'GroupMeeting') throw new Error(JSON.stringify(result));
  return result;
};

const groupView = async (groupId: string, first?: number) =>
  call<GroupMeetings>(accountId, GROUP, { id: groupId, first });

/** The account's meetings, touches and their people, and its people's schedules, as stored. */
const rowsOf = async (account = accountId) => ({
  meetings: await api.db
    .select()
    .from(groupMeetings)
    .where(eq(groupMeetings.accountId, account))
    .orderBy(asc(groupMeetings.id)),
  touches: await api.db
    .select()
    .from(interactions)
    .where(eq(interactions.accountId, account))
    .orderBy(asc(interactions.id)),
  participants: await api.db
    .select()
    .from(interactionParticipants)
    .where(eq(interactionParticipants.accountId, account))
    .orderBy(asc(interactionParticipants.interactionId), asc(interactionParticipants.personId)),
  people: await api.db
    .select()
    .from(people)
    .where(eq(people.accountId, account))
    .orderBy(asc(people.id)),
});

/** The meeting's touch and the ids of the people in it, read straight from the database. */
const touchOf = async (meetingId: string) => {
  const [meeting] = await api.db
    .select()
    .from(groupMeetings)
    .where(eq(groupMeetings.id, meetingId));
  if (!meeting?.interactionId) return null;
  const [touch] = await api.db
    .select()
    .from(interactions)
    .where(eq(interactions.id, meeting.interactionId));
  const participants = await api.db
    .select({ personId: interactionParticipants.personId })
    .from(interactionParticipants)
    .where(eq(interactionParticipants.interactionId, meeting.interactionId));
  return { touch, personIds: participants.map(({ personId }) => personId).sort() };
};

const scheduleOf = async (account: string, personId: string) => {
  const person = (await clientFor(api, account).person(personId)) as PersonView;
  return { lastDepthTouchAt: person.lastDepthTouchAt, nextDueAt: person.nextDueAt };
};

const fieldsOf = (result: Result) => (result.issues ?? []).map(({ field }) => field);

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
  accountId = await api.createAccount();
  other = await api.createAccount();
});
beforeEach(() => api.setNow(NOW));
afterAll(() => api.close());

describe('logging a meeting', () => {
  it('gives the people I spoke to one group meeting touch, which under default settings does not restart their cadence', async () => {
    const client = clientFor(api, accountId);
    const groupId = await newGroup();
    const ana = await client.addPerson('Ana Meeting');
    const ben = await client.addPerson('Ben Meeting');
    const before = [await scheduleOf(accountId, ana.id), await scheduleOf(accountId, ben.id)];
    const touchesBefore = (await rowsOf()).touches.length;

    const meeting = await logged(groupId, {
      heldOn: '2026-11-18',
      attended: true,
      mealCost: '18.5',
      spokeTo: [ben.id, ana.id],
      notes: ' Ben has a new client ',
    });
    expect(meeting).toMatchObject({
      heldOn: '2026-11-18',
      attended: true,
      mealCost: gbp('18.50'),
      usesUsualMealCost: false,
      travelCost: gbp('6.20'),
      usesUsualTravelCost: true,
      spokeTo: [
        { id: ana.id, name: 'Ana Meeting' },
        { id: ben.id, name: 'Ben Meeting' },
      ],
      notes: 'Ben has a new client',
    });

    expect((await rowsOf()).touches).toHaveLength(touchesBefore + 1);
    const stored = await touchOf(meeting.id);
    expect(stored?.touch).toMatchObject({
      kind: 'GROUP_MEETING',
      groupId,
      // A past day's touch is at noon of that day in London.
      occurredAt: new Date('2026-11-18T12:00:00Z'),
      cost: null,
      notes: null,
    });
    expect(stored?.personIds).toEqual([ana.id, ben.id].sort());
    const timeline = await client.timeline(ana.id);
    expect(timeline.nodes[0]).toMatchObject({ kind: 'GROUP_MEETING', isDepthTouch: false });

    // A visibility touch: their schedules stand as they were.
    expect([await scheduleOf(accountId, ana.id), await scheduleOf(accountId, ben.id)]).toEqual(
      before,
    );
  });

  it('restarts their cadence once GROUP_MEETING is a depth kind in Settings, and deleting it undoes that', async () => {
    const account = await api.createAccount();
    const client = clientFor(api, account);
    const settings = await call<{ depthTouchKinds: string[] }>(account, SETTINGS, {
      input: { depthTouchKinds: ['ONE_TO_ONE', 'CALL', 'VIDEO', 'SOCIAL', 'GROUP_MEETING'] },
    });
    expect(settings.depthTouchKinds).toContain('GROUP_MEETING');
    const groupId = await newGroup(account);
    const ana = await client.addPerson('Ana Depth');
    const before = await scheduleOf(account, ana.id);
    expect(before.lastDepthTouchAt).toBeNull();

    const meeting = await logged(
      groupId,
      { heldOn: '2026-11-01', attended: true, spokeTo: [ana.id] },
      account,
    );
    const after = await scheduleOf(account, ana.id);
    expect(after.lastDepthTouchAt).toBe('2026-11-01T12:00:00.000Z');
    expect(after.nextDueAt).not.toBe(before.nextDueAt);

    expect(await call(account, DELETE, { id: meeting.id })).toEqual({
      __typename: 'DeletedGroupMeeting',
      id: meeting.id,
      heldOn: '2026-11-01',
    });
    expect(await scheduleOf(account, ana.id)).toEqual(before);
    expect((await rowsOf(account)).touches).toEqual([]);
  });

  it('gives a meeting its touch back when a delete of that touch is undone', async () => {
    const client = clientFor(api, accountId);
    const groupId = await newGroup();
    const ana = await client.addPerson('Ana Undo');
    const meeting = await logged(groupId, {
      heldOn: '2026-11-04',
      attended: true,
      spokeTo: [ana.id],
      notes: 'Talked about her move',
    });
    const touch = (await touchOf(meeting.id))?.touch;
    if (!touch) throw new Error('The meeting has no touch');

    const deleted = await call<{ groupMeetingId: string | null; occurredAt: string }>(
      accountId,
      `mutation ($id: ID!) { result: deleteInteraction(id: $id) {
        __typename ... on DeletedInteraction { groupMeetingId occurredAt } ${ERRORS} } }`,
      { id: touch.id },
    );
    expect(deleted).toMatchObject({ __typename: 'DeletedInteraction', groupMeetingId: meeting.id });
    expect(await touchOf(meeting.id)).toBeNull();

    const undo = (groupMeetingId: string) =>
      call(
        accountId,
        `mutation ($input: LogInteractionInput!) { result: logInteraction(input: $input) {
          __typename ... on Interaction { id } ${ERRORS} } }`,
        {
          input: {
            kind: 'GROUP_MEETING',
            occurredAt: deleted.occurredAt,
            notes: 'Talked about her move',
            personIds: [ana.id],
            groupMeetingId,
          },
        },
      );
    expect(await undo(meeting.id)).toMatchObject({ __typename: 'Interaction' });
    const restored = await touchOf(meeting.id);
    expect(restored?.touch).toMatchObject({ kind: 'GROUP_MEETING', groupId });
    expect(restored?.personIds).toEqual([ana.id]);
    expect((await groupView(groupId)).meetings[0]?.spokeTo).toEqual([
      { id: ana.id, name: 'Ana Undo' },
    ]);

    // A second undo would give the meeting two touches: refused, and nothing is written.
    const touchesBefore = (await rowsOf()).touches.length;
    expect(await undo(meeting.id)).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'groupMeetingId', message: 'That meeting already has its touch' }],
    });
    // Another account's meeting is not found from here.
    const theirs = await logged(
      await newGroup(other),
      { heldOn: '2026-11-04', attended: true },
      other,
    );
    expect(await undo(theirs.id)).toMatchObject({ __typename: 'NotFoundError' });
    expect(await undo('not-an-id')).toMatchObject({ __typename: 'NotFoundError' });
    expect((await rowsOf()).touches).toHaveLength(touchesBefore);
  });

  it('shows actual costs where given and the group’s usual ones otherwise', async () => {
    const groupId = await newGroup();
    const usual = await logged(groupId, { heldOn: '2026-11-01', attended: true });
    expect(usual).toMatchObject({
      mealCost: gbp('14.00'),
      travelCost: gbp('6.20'),
      usesUsualMealCost: true,
      usesUsualTravelCost: true,
      spokeTo: [],
    });
    expect(await touchOf(usual.id)).toBeNull();
    const actual = await logged(groupId, {
      heldOn: '2026-11-08',
      attended: true,
      mealCost: '22',
      travelCost: '0',
    });
    expect(actual).toMatchObject({
      mealCost: gbp('22.00'),
      travelCost: gbp('0.00'),
      usesUsualMealCost: false,
      usesUsualTravelCost: false,
    });
    const missed = await logged(groupId, { heldOn: '2026-11-15', attended: false });
    expect(missed.attended).toBe(false);

    const noUsual = await newGroup(accountId, { costPerMeeting: null, travelCost: null });
    expect(await logged(noUsual, { heldOn: '2026-11-01', attended: true })).toMatchObject({
      mealCost: null,
      travelCost: null,
      usesUsualMealCost: true,
    });

    expect(await groupView(groupId)).toMatchObject({
      meetingCount: 3,
      lastMeeting: { heldOn: '2026-11-15' },
      todaysMeeting: null,
      meetings: [{ heldOn: '2026-11-15' }, { heldOn: '2026-11-08' }, { heldOn: '2026-11-01' }],
    });
    expect((await groupView(groupId, 1)).meetings.map(({ heldOn }) => heldOn)).toEqual([
      '2026-11-15',
    ]);
    const negative = await api.gql(accountId, GROUP, { id: groupId, first: -1 });
    expect(negative.status).toBe(200);
    expect(negative.errors?.[0]?.message).toBe('first: must be 0 or more.');
  });
});

describe('bad input', () => {
  it.each([
    ['a negative meal cost', { mealCost: '-1' }, ['mealCost']],
    ['a negative travel cost', { travelCost: '-0.50' }, ['travelCost']],
    ['a comma in a cost', { mealCost: '12,5' }, ['mealCost']],
    ['tomorrow in London', { heldOn: '2026-11-21' }, ['heldOn']],
    ['a day 101 years back', { heldOn: '1925-11-20' }, ['heldOn']],
    ['a 1 MB note', { notes: 'x'.repeat(1_000_000) }, ['notes']],
    ['people spoken to at a meeting I missed', { attended: false }, ['spokeTo']],
  ])('%s gets a field error and writes nothing', async (_, extra, fields) => {
    const groupId = await newGroup();
    const ana = await clientFor(api, accountId).addPerson('Ana Refused');
    const meeting = await logged(groupId, { heldOn: '2026-11-02', attended: true });
    const before = await rowsOf();
    const input = { heldOn: '2026-11-10', attended: true, spokeTo: [ana.id], ...extra };
    expect(fieldsOf(await call(accountId, LOG, { groupId, input }))).toEqual(fields);
    expect(fieldsOf(await call(accountId, UPDATE, { id: meeting.id, input }))).toEqual(fields);
    expect(await rowsOf()).toEqual(before);
  });

  it('a second meeting on the same day gets a field error on the day, on logging and on moving', async () => {
    const groupId = await newGroup();
    const ana = await clientFor(api, accountId).addPerson('Ana Twice');
    await logged(groupId, { heldOn: '2026-11-12', attended: true });
    const later = await logged(groupId, { heldOn: '2026-11-13', attended: true });
    const before = await rowsOf();
    const again = await call(accountId, LOG, {
      groupId,
      input: { heldOn: '2026-11-12', attended: true, spokeTo: [ana.id] },
    });
    expect(again.issues).toEqual([
      { field: 'heldOn', message: 'A meeting on 2026-11-12 is already logged' },
    ]);
    const moved = await call(accountId, UPDATE, {
      id: later.id,
      input: { heldOn: '2026-11-12', attended: true },
    });
    expect(fieldsOf(moved)).toEqual(['heldOn']);
    expect(await rowsOf()).toEqual(before);
    // Another group may meet that day.
    expect((await logged(await newGroup(), { heldOn: '2026-11-12', attended: true })).heldOn).toBe(
      '2026-11-12',
    );
  });

  it('another account’s person, or one that does not exist, is not found and nothing is written', async () => {
    const groupId = await newGroup();
    const ana = await clientFor(api, accountId).addPerson('Ana Mine');
    const theirs = await clientFor(api, other).addPerson('Theo Theirs');
    const meeting = await logged(groupId, {
      heldOn: '2026-11-03',
      attended: true,
      spokeTo: [ana.id],
    });
    const bare = await logged(groupId, { heldOn: '2026-11-04', attended: true });
    const before = { mine: await rowsOf(), theirs: await rowsOf(other) };
    for (const spokeTo of [[ana.id, theirs.id], [randomUUID()], ['not-a-uuid']]) {
      const input = { heldOn: '2026-11-05', attended: true, spokeTo };
      for (const result of [
        await call(accountId, LOG, { groupId, input }),
        await call(accountId, UPDATE, { id: meeting.id, input }),
        await call(accountId, UPDATE, { id: bare.id, input: { ...input, heldOn: '2026-11-04' } }),
      ]) {
        expect(result).toMatchObject({
          __typename: 'NotFoundError',
          message: `No person with id ${spokeTo.at(-1)}`,
        });
      }
    }
    expect({ mine: await rowsOf(), theirs: await rowsOf(other) }).toEqual(before);
  });

  it('another account’s group or meeting is not found, and nothing of it changes', async () => {
    const theirGroup = await newGroup(other);
    const theirMeeting = await logged(theirGroup, { heldOn: '2026-11-06', attended: true }, other);
    const before = await rowsOf(other);
    const input = { heldOn: '2026-11-07', attended: true };
    for (const result of [
      await call(accountId, LOG, { groupId: theirGroup, input }),
      await call(accountId, WENT_TODAY, { groupId: theirGroup }),
      await call(accountId, UPDATE, { id: theirMeeting.id, input }),
      await call(accountId, DELETE, { id: theirMeeting.id }),
      await call(accountId, DELETE, { id: 'not-a-uuid' }),
    ]) {
      expect(result.__typename).toBe('NotFoundError');
    }
    expect(await rowsOf(other)).toEqual(before);
  });
});

describe('editing and deleting a meeting', () => {
  it('keeps one touch whose people follow who I spoke to, made, changed and deleted', async () => {
    const client = clientFor(api, accountId);
    const groupId = await newGroup();
    const [ana, ben, cleo] = [
      await client.addPerson('Ana Edit'),
      await client.addPerson('Ben Edit'),
      await client.addPerson('Cleo Edit'),
    ];
    const meeting = await logged(groupId, { heldOn: '2026-11-09', attended: true });
    expect(await touchOf(meeting.id)).toBeNull();

    const edit = (input: Record<string, unknown>) =>
      call<Meeting>(accountId, UPDATE, { id: meeting.id, input });
    // None before: a touch is made.
    const first = await edit({ heldOn: '2026-11-09', attended: true, spokeTo: [ana.id, ben.id] });
    expect(first.spokeTo.map(({ name }) => name)).toEqual(['Ana Edit', 'Ben Edit']);
    const made = await touchOf(meeting.id);
    expect(made?.personIds).toEqual([ana.id, ben.id].sort());

    // Other people on another day: the same touch, moved to noon of the new day.
    const second = await edit({
      heldOn: '2026-11-10',
      attended: true,
      mealCost: '9.99',
      spokeTo: [ben.id, cleo.id],
      notes: 'Moved',
    });
    expect(second).toMatchObject({
      heldOn: '2026-11-10',
      mealCost: gbp('9.99'),
      notes: 'Moved',
      spokeTo: [{ name: 'Ben Edit' }, { name: 'Cleo Edit' }],
    });
    const changed = await touchOf(meeting.id);
    expect(changed?.touch?.id).toBe(made?.touch?.id);
    expect(changed?.touch?.occurredAt).toEqual(new Date('2026-11-10T12:00:00Z'));
    expect(changed?.personIds).toEqual([ben.id, cleo.id].sort());
    expect((await client.timeline(ana.id)).nodes).toEqual([]);
    expect((await client.timeline(cleo.id)).nodes.map(({ kind }) => kind)).toEqual([
      'GROUP_MEETING',
    ]);

    // Nobody now (I missed it): the touch is deleted.
    const third = await edit({ heldOn: '2026-11-10', attended: false });
    expect(third).toMatchObject({ attended: false, spokeTo: [], mealCost: gbp('14.00') });
    expect(await touchOf(meeting.id)).toBeNull();
    expect((await rowsOf()).touches.filter(({ id }) => id === made?.touch?.id)).toEqual([]);
  });

  it('deleting a meeting deletes its touch, in one go', async () => {
    const client = clientFor(api, accountId);
    const groupId = await newGroup();
    const ana = await client.addPerson('Ana Deleted');
    const meeting = await logged(groupId, {
      heldOn: '2026-11-11',
      attended: true,
      spokeTo: [ana.id],
    });
    const touch = await touchOf(meeting.id);
    expect(await call(accountId, DELETE, { id: meeting.id })).toMatchObject({
      __typename: 'DeletedGroupMeeting',
    });
    const rows = await rowsOf();
    expect(rows.meetings.filter(({ id }) => id === meeting.id)).toEqual([]);
    expect(rows.touches.filter(({ id }) => id === touch?.touch?.id)).toEqual([]);
    expect((await client.timeline(ana.id)).nodes).toEqual([]);
    expect((await call(accountId, DELETE, { id: meeting.id })).__typename).toBe('NotFoundError');
  });
});

describe('I went today', () => {
  it('logs today in London at 23:30, attended at the usual costs, once', async () => {
    const groupId = await newGroup();
    const went = await call<Meeting>(accountId, WENT_TODAY, { groupId });
    expect(went).toMatchObject({
      __typename: 'GroupMeeting',
      heldOn: '2026-11-20',
      attended: true,
      usesUsualMealCost: true,
      usesUsualTravelCost: true,
      spokeTo: [],
    });
    const before = await rowsOf();
    expect((await call(accountId, WENT_TODAY, { groupId })).issues).toEqual([
      { field: 'heldOn', message: 'A meeting on 2026-11-20 is already logged' },
    ]);
    expect(await rowsOf()).toEqual(before);
    expect(await groupView(groupId)).toMatchObject({
      meetingCount: 1,
      todaysMeeting: { heldOn: '2026-11-20' },
    });
  });

  it('pressed twice at once logs one meeting and refuses the other', async () => {
    const groupId = await newGroup();
    const results = await Promise.all([
      call(accountId, WENT_TODAY, { groupId }),
      call(accountId, WENT_TODAY, { groupId }),
    ]);
    expect(results.map(({ __typename }) => __typename).sort()).toEqual([
      'GroupMeeting',
      'ValidationError',
    ]);
    expect((await groupView(groupId)).meetingCount).toBe(1);
  });

  it('follows London’s day across the clock change: 23:30 UTC is the next day in summer time', async () => {
    const groupId = await newGroup();
    const wentOn = async (now: string) => {
      api.setNow(new Date(now));
      return call<Meeting>(accountId, WENT_TODAY, { groupId });
    };
    // Saturday 24 October 2026, 23:30 UTC: 00:30 on Sunday the 25th in London (BST).
    expect((await wentOn('2026-10-24T23:30:00Z')).heldOn).toBe('2026-10-25');
    // 24 hours on the clocks went back: 23:30 on the 25th in London (GMT), the same day.
    expect(fieldsOf(await wentOn('2026-10-25T23:30:00Z'))).toEqual(['heldOn']);
    // Half an hour later it is the 26th.
    expect((await wentOn('2026-10-26T00:00:00Z')).heldOn).toBe('2026-10-26');
    expect((await groupView(groupId)).meetings.map(({ heldOn }) => heldOn)).toEqual([
      '2026-10-26',
      '2026-10-25',
    ]);
  });
});
