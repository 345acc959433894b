import { groupEnjoymentRatings, groupMeetings, groups } from '@tend/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { dataOf } from '../test/operations.ts';

// 23:30 in London on 20 November: the account's today is the 20th.
const NOW = new Date('2026-11-20T23:30:00Z');

const ERRORS = `... on ValidationError { message issues { field message } }
  ... on NotFoundError { message }`;
const GROUP = `id name kind onePerProfession currency fee { amount currency } feePeriod
  costPerMeeting { amount currency } travelCost { amount currency } meetingCadenceDays
  prepMinutes travelMinutes meetingMinutes chatMinutes timePerMeetingMinutes joinedOn leftOn
  enjoyment { rating ratedOn note } enjoymentHistory { rating ratedOn note }`;

const CREATE = /* GraphQL */ `
  mutation ($input: GroupInput!) {
    result: createGroup(input: $input) { __typename ... on Group { ${GROUP} } ${ERRORS} }
  }`;
const UPDATE = /* GraphQL */ `
  mutation ($id: ID!, $input: GroupInput!) {
    result: updateGroup(id: $id, input: $input) { __typename ... on Group { ${GROUP} } ${ERRORS} }
  }`;
const DELETE = /* GraphQL */ `
  mutation ($id: ID!) {
    result: deleteGroup(id: $id) { __typename ... on DeletedGroup { id } ${ERRORS} }
  }`;
const RATE = /* GraphQL */ `
  mutation ($input: GroupEnjoymentInput!) {
    result: rateGroupEnjoyment(input: $input) { __typename ... on Group { ${GROUP} } ${ERRORS} }
  }`;
const GROUP_QUERY = /* GraphQL */ `
  query ($id: ID!) {
    result: group(id: $id) { __typename ... on Group { ${GROUP} } ... on NotFoundError { message } }
  }`;
const SETTINGS = /* GraphQL */ `
  mutation ($input: AccountSettingsInput!) {
    result: updateSettings(input: $input) {
      __typename ... on Account { currency hourlyRate { amount currency } } ${ERRORS}
    }
  }`;

type Money = { amount: string; currency: string };
type Rating = { rating: number; ratedOn: string; note: string | null };
type GroupView = {
  id: string;
  name: string;
  fee: Money | null;
  feePeriod: string;
  leftOn: string | null;
  timePerMeetingMinutes: number;
  enjoyment: Rating | null;
  enjoymentHistory: Rating[];
};
type Result = {
  __typename: string;
  message?: string;
  issues?: { field: string; message: string }[];
};

let api: TestApi;
let accountId: string;
let other: string;

const call = async <T = Record<string, unknown>>(
  account: string,
  query: string,
  variables: Record<string, unknown>,
) => dataOf(await api.gql<{ result: T & Result }>(account, query, variables)).result;

const breakfast = (extra: Record<string, unknown> = {}) => ({
  name: 'Thursday Breakfast Club',
  kind: 'REFERRAL_CLUB',
  onePerProfession: true,
  currency: 'GBP',
  fee: '95.50',
  feePeriod: 'MONTH',
  costPerMeeting: '14',
  travelCost: '6.20',
  meetingCadenceDays: 7,
  prepMinutes: 20,
  travelMinutes: 40,
  meetingMinutes: 90,
  chatMinutes: 15,
  joinedOn: '2025-01-09',
  leftOn: null,
  ...extra,
});

const created = async (input = breakfast(), account = accountId) => {
  const result = await call<GroupView>(account, CREATE, { input });
  if (result.__typename !== 'Group') throw new Error(JSON.stringify(result));
  return result;
};

const rowsOf = async (account: string) => ({
  groups: await api.db.select().from(groups).where(eq(groups.accountId, account)),
  ratings: await api.db
    .select()
    .from(groupEnjoymentRatings)
    .where(eq(groupEnjoymentRatings.accountId, account)),
});

const fieldsOf = (result: Result) => (result.issues ?? []).map(({ field }) => field);

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
  accountId = await api.createAccount();
  other = await api.createAccount();
});
beforeEach(() => api.setNow(NOW));
afterAll(() => api.close());

describe('a group', () => {
  it('keeps its costs as exact money in its currency and its time per meeting', async () => {
    const group = await created();
    expect(group).toMatchObject({
      name: 'Thursday Breakfast Club',
      kind: 'REFERRAL_CLUB',
      onePerProfession: true,
      fee: { amount: '95.50', currency: 'GBP' },
      feePeriod: 'MONTH',
      costPerMeeting: { amount: '14.00', currency: 'GBP' },
      travelCost: { amount: '6.20', currency: 'GBP' },
      prepMinutes: 20,
      timePerMeetingMinutes: 165,
      joinedOn: '2025-01-09',
      leftOn: null,
      enjoyment: null,
      enjoymentHistory: [],
    });
    expect(await call(accountId, GROUP_QUERY, { id: group.id })).toMatchObject({ id: group.id });
  });

  it('is edited, and left by a left date that keeps its ratings', async () => {
    const group = await created();
    await call(accountId, RATE, { input: { groupId: group.id, rating: 4, ratedOn: '2026-10-01' } });
    const edited = await call<GroupView>(accountId, UPDATE, {
      id: group.id,
      input: breakfast({
        name: 'Breakfast Club',
        fee: '1100',
        feePeriod: 'YEAR',
        leftOn: '2026-11-20',
      }),
    });
    expect(edited).toMatchObject({
      name: 'Breakfast Club',
      fee: { amount: '1100.00', currency: 'GBP' },
      feePeriod: 'YEAR',
      leftOn: '2026-11-20',
      enjoymentHistory: [{ rating: 4, ratedOn: '2026-10-01' }],
    });
  });

  it('keeps every enjoyment rating, the latest as the current one', async () => {
    const group = await created();
    await call(accountId, RATE, { input: { groupId: group.id, rating: 5, ratedOn: '2026-03-01' } });
    const rated = await call<GroupView>(accountId, RATE, {
      input: { groupId: group.id, rating: 2, ratedOn: '2026-11-20', note: ' Less fun now ' },
    });
    expect(rated.enjoyment).toEqual({ rating: 2, ratedOn: '2026-11-20', note: 'Less fun now' });
    expect(rated.enjoymentHistory.map(({ rating, ratedOn }) => [rating, ratedOn])).toEqual([
      [2, '2026-11-20'],
      [5, '2026-03-01'],
    ]);
    const tomorrow = await call(accountId, RATE, {
      input: { groupId: group.id, rating: 3, ratedOn: '2026-11-21' },
    });
    expect(fieldsOf(tomorrow)).toEqual(['ratedOn']);
    const six = await call(accountId, RATE, {
      input: { groupId: group.id, rating: 6, ratedOn: '2026-11-20' },
    });
    expect(fieldsOf(six)).toEqual(['rating']);
  });

  it('is deleted only while it has no meetings', async () => {
    const empty = await created();
    expect(await call(accountId, DELETE, { id: empty.id })).toEqual({
      __typename: 'DeletedGroup',
      id: empty.id,
    });
    const met = await created();
    await api.db.insert(groupMeetings).values({ accountId, groupId: met.id, heldOn: '2026-11-30' });
    const refused = await call(accountId, DELETE, { id: met.id });
    expect(refused.issues?.[0]?.message).toMatch(/set a left date/);
    expect(await call(accountId, GROUP_QUERY, { id: met.id })).toMatchObject({ id: met.id });
  });
});

describe('bad input', () => {
  it.each([
    [{ fee: '-1' }, ['fee']],
    [{ fee: '12,5' }, ['fee']],
    [{ travelCost: '1e9999' }, ['travelCost']],
    [{ currency: 'EURO' }, ['currency']],
    [{ prepMinutes: 1441 }, ['prepMinutes']],
    [{ chatMinutes: -5 }, ['chatMinutes']],
    [{ leftOn: '2025-01-01' }, ['leftOn']],
    [{ name: 'x'.repeat(1_000_000) }, ['name']],
    [{ name: '' }, ['name']],
  ])('%# gets a field error and writes nothing', async (extra, fields) => {
    const group = await created();
    const before = await rowsOf(accountId);
    expect(fieldsOf(await call(accountId, CREATE, { input: breakfast(extra) }))).toEqual(fields);
    expect(
      fieldsOf(await call(accountId, UPDATE, { id: group.id, input: breakfast(extra) })),
    ).toEqual(fields);
    expect(await rowsOf(accountId)).toEqual(before);
  });

  it('a 1 MB note on a rating gets a field error', async () => {
    const group = await created();
    const before = await rowsOf(accountId);
    const result = await call(accountId, RATE, {
      input: { groupId: group.id, rating: 3, ratedOn: '2026-11-01', note: 'x'.repeat(1_000_000) },
    });
    expect(fieldsOf(result)).toEqual(['note']);
    expect(await rowsOf(accountId)).toEqual(before);
  });

  it('another account’s group is not found, and nothing of it changes', async () => {
    const theirs = await created(breakfast(), other);
    const before = await rowsOf(other);
    for (const result of [
      await call(accountId, GROUP_QUERY, { id: theirs.id }),
      await call(accountId, UPDATE, { id: theirs.id, input: breakfast({ name: 'Mine' }) }),
      await call(accountId, DELETE, { id: theirs.id }),
      await call(accountId, RATE, {
        input: { groupId: theirs.id, rating: 1, ratedOn: '2026-11-01' },
      }),
      await call(accountId, GROUP_QUERY, { id: 'not-a-uuid' }),
    ]) {
      expect(result.__typename).toBe('NotFoundError');
    }
    expect(await rowsOf(other)).toEqual(before);
  });
});

describe('the hourly rate in Settings', () => {
  it('is exact money in the account currency, with field errors for bad amounts', async () => {
    expect(
      await call(accountId, SETTINGS, { input: { hourlyRate: '85.5', currency: 'eur' } }),
    ).toMatchObject({ currency: 'EUR', hourlyRate: { amount: '85.50', currency: 'EUR' } });
    for (const [input, field] of [
      [{ hourlyRate: '12,5' }, 'hourlyRate'],
      [{ hourlyRate: '-1' }, 'hourlyRate'],
      [{ currency: 'EURO' }, 'currency'],
      [{ hourlyRate: '100.5', currency: 'JPY' }, 'hourlyRate'],
    ] as const) {
      expect(fieldsOf(await call(accountId, SETTINGS, { input }))).toEqual([field]);
    }
    expect(await call(accountId, SETTINGS, { input: { hourlyRate: '' } })).toMatchObject({
      hourlyRate: null,
    });
  });
});
