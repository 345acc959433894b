import { groupMemberships, people } from '@tend/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor, countRows, dataOf, type TendClient } from '../test/operations.ts';

// 23:30 in London on 20 November: the account's today is the 20th, though it is later elsewhere.
const NOW = new Date('2026-11-20T23:30:00Z');

const ERRORS = `... on ValidationError { message issues { field message } }
  ... on NotFoundError { message }`;
const MEMBER = 'person { id name } profession joinedOn leftOn isCurrent';
const MEMBERS = `id members { ${MEMBER} } everyone: members(includePast: true) { ${MEMBER} }`;

const CREATE_GROUP = /* GraphQL */ `
  mutation ($input: GroupInput!) { result: createGroup(input: $input) { __typename ... on Group { id } } }`;
const ADD = /* GraphQL */ `
  mutation ($groupId: ID!, $input: AddGroupMembersInput!) {
    result: addGroupMembers(groupId: $groupId, input: $input) {
      __typename ... on Group { ${MEMBERS} } ${ERRORS}
    }
  }`;
const UPDATE = /* GraphQL */ `
  mutation ($groupId: ID!, $personId: ID!, $input: GroupMemberInput!) {
    result: updateGroupMember(groupId: $groupId, personId: $personId, input: $input) {
      __typename ... on GroupMember { ${MEMBER} } ${ERRORS}
    }
  }`;
const REMOVE = /* GraphQL */ `
  mutation ($groupId: ID!, $personId: ID!) {
    result: removeGroupMember(groupId: $groupId, personId: $personId) {
      __typename ... on Group { ${MEMBERS} } ${ERRORS}
    }
  }`;
const GROUP = /* GraphQL */ `
  query ($id: ID!) { result: group(id: $id) { __typename ... on Group { ${MEMBERS} } } }`;
const PERSON = /* GraphQL */ `
  query ($id: ID!) {
    result: person(id: $id) {
      __typename
      ... on Person {
        name emails profession originKind originGroup { id }
        groupMemberships { group { id } profession joinedOn isCurrent }
      }
    }
  }`;

type Member = {
  person: { id: string; name: string };
  profession: string | null;
  joinedOn: string | null;
  leftOn: string | null;
  isCurrent: boolean;
};
type Result = {
  __typename: string;
  message?: string;
  issues?: { field: string; message: string }[];
  members?: Member[];
  everyone?: Member[];
};

let api: TestApi;
let accountId: string;
let other: string;
let client: TendClient;

const call = async (account: string, query: string, variables: Record<string, unknown>) =>
  dataOf(await api.gql<{ result: Result }>(account, query, variables)).result;

const newGroup = async (onePerProfession: boolean, account = accountId) => {
  const result = await call(account, CREATE_GROUP, {
    input: {
      name: onePerProfession ? 'Thursday Breakfast Club' : 'Chamber of Commerce',
      kind: onePerProfession ? 'REFERRAL_CLUB' : 'CHAMBER',
      onePerProfession,
      currency: 'GBP',
      feePeriod: 'YEAR',
      prepMinutes: 0,
      travelMinutes: 0,
      meetingMinutes: 60,
      chatMinutes: 0,
    },
  });
  if (!('id' in result)) throw new Error(JSON.stringify(result));
  return (result as { id: string }).id;
};

const add = (groupId: string, members: unknown[], joinedOn: string | null = '2026-11-01') =>
  call(accountId, ADD, { groupId, input: { members, joinedOn } });

const update = (groupId: string, personId: string, input: Record<string, unknown>) =>
  call(accountId, UPDATE, { groupId, personId, input });

/** Name, profession and dates of each member, for comparing lists at a glance. */
const rowsOf = (members: Member[] | undefined) =>
  (members ?? []).map(({ person, profession, joinedOn, leftOn, isCurrent }) => [
    person.name,
    profession,
    joinedOn,
    leftOn,
    isCurrent,
  ]);

const issuesOf = (result: Result) => result.issues ?? [];

/** What an account holds that adding members could write. */
const counts = async (account = accountId) => ({
  people: await countRows(api, people, account),
  memberships: await countRows(api, groupMemberships, account),
});

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
  accountId = await api.createAccount();
  other = await api.createAccount();
  client = clientFor(api, accountId);
});
beforeEach(() => api.setNow(NOW));
afterAll(() => api.close());

describe('adding members', () => {
  it('adds people of the account’s and new ones in one call, each with a profession', async () => {
    const groupId = await newGroup(false);
    const ana = await client.addPerson({ name: 'Ana Alder', profession: 'Accountant' });
    const ben = await client.addPerson({ name: 'Ben Birch', profession: 'Architect' });
    const added = await add(groupId, [
      { personId: ben.id, profession: ' Lawyer ' },
      { newPerson: { name: ' Zoë Quinn ', email: 'Zoe@Example.com' }, profession: 'Florist' },
      { personId: ana.id },
      { newPerson: { name: 'Carl Cedar', email: '' } },
    ]);
    expect(added.__typename).toBe('Group');
    // By name; the profession given, else the person's own.
    expect(rowsOf(added.members)).toEqual([
      ['Ana Alder', 'Accountant', '2026-11-01', null, true],
      ['Ben Birch', 'Lawyer', '2026-11-01', null, true],
      ['Carl Cedar', null, '2026-11-01', null, true],
      ['Zoë Quinn', 'Florist', '2026-11-01', null, true],
    ]);

    const zoe = added.members?.find((member) => member.person.name === 'Zoë Quinn');
    expect(await call(accountId, PERSON, { id: zoe?.person.id })).toEqual({
      __typename: 'Person',
      name: 'Zoë Quinn',
      emails: ['zoe@example.com'],
      profession: 'Florist',
      originKind: 'GROUP',
      originGroup: { id: groupId },
      groupMemberships: [
        { group: { id: groupId }, profession: 'Florist', joinedOn: '2026-11-01', isCurrent: true },
      ],
    });
    // The person's own profession is theirs; the group's is the membership's.
    expect(await call(accountId, PERSON, { id: ben.id })).toMatchObject({
      profession: 'Architect',
      groupMemberships: [{ profession: 'Lawyer' }],
    });
  });

  it('says which members are competitors and which power partners, by my professions', async () => {
    const account = await api.createAccount();
    const settings = dataOf(
      await api.gql<{ result: { __typename: string } }>(
        account,
        `mutation ($input: AccountSettingsInput!) {
          result: updateSettings(input: $input) { __typename } }`,
        {
          input: {
            profession: 'Accountant',
            competitorProfessions: ['Bookkeeper'],
            powerPartnerProfessions: ['Solicitor'],
          },
        },
      ),
    ).result;
    expect(settings.__typename).toBe('Account');
    const groupId = await newGroup(false, account);
    const added = await call(
      account,
      `mutation ($groupId: ID!, $input: AddGroupMembersInput!) {
        result: addGroupMembers(groupId: $groupId, input: $input) {
          __typename ... on Group { members { person { name } role } } ${ERRORS} } }`,
      {
        groupId,
        input: {
          joinedOn: '2026-11-01',
          members: [
            { newPerson: { name: 'Ann' }, profession: ' accountant' },
            { newPerson: { name: 'Bob' }, profession: 'Bookkeeper' },
            { newPerson: { name: 'Sol' }, profession: 'SOLICITOR' },
            { newPerson: { name: 'Vic' }, profession: 'Baker' },
            { newPerson: { name: 'Wes' } },
          ],
        },
      },
    );
    expect((added as { members?: unknown }).members).toEqual([
      { person: { name: 'Ann' }, role: 'COMPETITOR' },
      { person: { name: 'Bob' }, role: 'COMPETITOR' },
      { person: { name: 'Sol' }, role: 'POWER_PARTNER' },
      { person: { name: 'Vic' }, role: null },
      { person: { name: 'Wes' }, role: null },
    ]);
  });

  it('refuses a current member, naming them, and a person twice in the list; writes nothing', async () => {
    const groupId = await newGroup(false);
    const ana = await client.addPerson('Ana Again');
    const ben = await client.addPerson('Ben Twice');
    expect((await add(groupId, [{ personId: ana.id }])).__typename).toBe('Group');
    const before = await counts();

    const again = await add(groupId, [{ newPerson: { name: 'New Nell' } }, { personId: ana.id }]);
    expect(issuesOf(again)).toEqual([
      { field: 'members.1.personId', message: 'Ana Again is already a member' },
    ]);
    const twice = await add(groupId, [{ personId: ben.id }, { personId: ben.id }]);
    expect(issuesOf(twice)).toEqual([
      { field: 'members.1.personId', message: 'This person is in the list twice' },
    ]);
    const neither = await add(groupId, [{ profession: 'Florist' }]);
    expect(issuesOf(neither).map(({ field }) => field)).toEqual(['members.0']);
    expect(await counts()).toEqual(before);
  });

  it('keeps one person per profession where the group says so, against members and the batch', async () => {
    const groupId = await newGroup(true);
    const ana = await client.addPerson({ name: 'Ana Seat', profession: 'Accountant' });
    const cleo = await client.addPerson({ name: 'Cleo Clash', profession: ' accountant' });
    const ben = await client.addPerson('Ben Plain');
    expect((await add(groupId, [{ personId: ana.id }, { personId: ben.id }])).__typename).toBe(
      'Group',
    );
    const before = await counts();

    // Cleo's own profession is the one compared when none is given.
    expect(issuesOf(await add(groupId, [{ personId: cleo.id }]))).toEqual([
      {
        field: 'members.0.profession',
        message: 'The group takes one person per profession: Ana Seat is already the Accountant',
      },
    ]);
    expect(
      issuesOf(
        await add(groupId, [
          { newPerson: { name: 'Fay Fern' }, profession: 'Florist' },
          { newPerson: { name: 'Gus Gorse' }, profession: 'FLORIST ' },
        ]),
      ),
    ).toEqual([
      {
        field: 'members.1.profession',
        message: 'The group takes one person per profession: Fay Fern is already the Florist',
      },
    ]);
    expect(issuesOf(await update(groupId, ben.id, { profession: 'Accountant' }))).toEqual([
      {
        field: 'profession',
        message: 'The group takes one person per profession: Ana Seat is already the Accountant',
      },
    ]);
    expect(await counts()).toEqual(before);

    // Once Ana has left, her seat is free: Cleo takes it, and Ana cannot rejoin into it.
    expect(
      await update(groupId, ana.id, {
        profession: 'Accountant',
        joinedOn: '2026-11-01',
        leftOn: '2026-11-20',
      }),
    ).toMatchObject({ leftOn: '2026-11-20', isCurrent: false });
    const joined = await add(groupId, [{ personId: cleo.id, profession: 'Accountant' }]);
    expect(rowsOf(joined.members).map(([name]) => name)).toEqual(['Ben Plain', 'Cleo Clash']);
    expect(
      issuesOf(await update(groupId, ana.id, { profession: 'Accountant', leftOn: null })),
    ).toEqual([
      {
        field: 'profession',
        message: 'The group takes one person per profession: Cleo Clash is already the Accountant',
      },
    ]);
    // A past member is not added again, but rejoins from the membership that has their history.
    expect(issuesOf(await add(groupId, [{ personId: ana.id, profession: 'Auditor' }]))).toEqual([
      {
        field: 'members.0.personId',
        message: 'Ana Seat left the group on 2026-11-20: rejoin them from the past members',
      },
    ]);
    expect(
      await update(groupId, ana.id, { profession: 'Auditor', joinedOn: '2026-11-01' }),
    ).toMatchObject({ profession: 'Auditor', leftOn: null, isCurrent: true });
  });

  it.each([
    [
      'a joined date tomorrow in the account’s zone',
      [{ newPerson: { name: 'X' } }],
      '2026-11-21',
      'joinedOn',
    ],
    [
      'a 1 MB profession',
      [{ newPerson: { name: 'X' }, profession: 'x'.repeat(1_000_000) }],
      '2026-11-20',
      'members.0.profession',
    ],
    ['a nameless new person', [{ newPerson: { name: '  ' } }], null, 'members.0.newPerson.name'],
    ['no one', [], null, 'members'],
  ])('refuses %s at its field and writes nothing', async (_label, members, joinedOn, field) => {
    const groupId = await newGroup(false);
    const before = await counts();
    expect(issuesOf(await add(groupId, members, joinedOn)).map((issue) => issue.field)).toEqual([
      field,
    ]);
    expect(await counts()).toEqual(before);
  });

  it('finds another account’s person and group not found, and writes nothing to either', async () => {
    const groupId = await newGroup(false);
    const theirs = await clientFor(api, other).addPerson('Their Person');
    const theirGroup = await newGroup(false, other);
    const mine = await client.addPerson('My Person');
    const [before, theirsBefore] = [await counts(), await counts(other)];

    // A new person first: made and then undone with the rest.
    const result = await add(groupId, [
      { newPerson: { name: 'Made Then Undone' } },
      { personId: mine.id },
      { personId: theirs.id },
    ]);
    expect(result).toEqual({
      __typename: 'NotFoundError',
      message: `No person with id ${theirs.id}`,
    });
    for (const refused of [
      await add(theirGroup, [{ personId: mine.id }]),
      await update(theirGroup, theirs.id, { profession: 'Mine now' }),
      await call(accountId, REMOVE, { groupId: theirGroup, personId: theirs.id }),
      await add(groupId, [{ personId: 'not-a-uuid' }]),
    ]) {
      expect(refused.__typename).toBe('NotFoundError');
    }
    expect(await counts()).toEqual(before);
    expect(await counts(other)).toEqual(theirsBefore);
  });
});

describe('leaving and removing', () => {
  it('leaving keeps the membership among past members; removing deletes it', async () => {
    const groupId = await newGroup(false);
    const ana = await client.addPerson('Ana Leaver');
    const ben = await client.addPerson('Ben Mistake');
    await add(groupId, [{ personId: ana.id, profession: 'Baker' }, { personId: ben.id }]);

    const tooEarly = await update(groupId, ana.id, {
      profession: 'Baker',
      joinedOn: '2026-11-01',
      leftOn: '2026-10-31',
    });
    expect(issuesOf(tooEarly)).toEqual([
      { field: 'leftOn', message: 'The left date cannot be before the joined date' },
    ]);
    const tomorrow = await update(groupId, ana.id, {
      joinedOn: '2026-11-01',
      leftOn: '2026-11-21',
    });
    expect(issuesOf(tomorrow)).toEqual([
      { field: 'leftOn', message: 'Left on cannot be in the future' },
    ]);

    const left = await update(groupId, ana.id, {
      profession: 'Baker',
      joinedOn: '2026-11-01',
      leftOn: '2026-11-20',
    });
    expect(left).toMatchObject({
      __typename: 'GroupMember',
      leftOn: '2026-11-20',
      isCurrent: false,
    });
    const group = await call(accountId, GROUP, { id: groupId });
    expect(rowsOf(group.members)).toEqual([['Ben Mistake', null, '2026-11-01', null, true]]);
    expect(rowsOf(group.everyone)).toEqual([
      ['Ana Leaver', 'Baker', '2026-11-01', '2026-11-20', false],
      ['Ben Mistake', null, '2026-11-01', null, true],
    ]);

    const removed = await call(accountId, REMOVE, { groupId, personId: ben.id });
    expect(rowsOf(removed.everyone).map(([name]) => name)).toEqual(['Ana Leaver']);
    // The person stays; only the membership is gone, and a second removal finds none.
    expect(await client.person(ben.id)).toMatchObject({ name: 'Ben Mistake' });
    expect(await call(accountId, REMOVE, { groupId, personId: ben.id })).toEqual({
      __typename: 'NotFoundError',
      message: `No group member with id ${ben.id}`,
    });
  });
});
