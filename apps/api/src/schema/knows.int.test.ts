import { randomUUID } from 'node:crypto';
import { knows } from '@tend/db';
import { KNOWS_STRENGTHS } from '@tend/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor, dataOf, personNotFound, type TendClient } from '../test/operations.ts';

// 23:30 in London on 20 November: the account's today is the 20th.
const NOW = new Date('2026-11-20T23:30:00Z');

const ERRORS = `... on ValidationError { message issues { field message } }
  ... on NotFoundError { message }`;
const KNOWS =
  'person { id name } targetBuyer { id name archivedAt } strength note learnedOn updatedAt';

const ARCHIVE_BUYER = /* GraphQL */ `
  mutation ($id: ID!) { result: archiveTargetBuyer(id: $id) { __typename } }`;
const SET_KNOWS = /* GraphQL */ `
  mutation ($input: SetKnowsInput!) {
    result: setKnows(input: $input) { __typename ... on Knows { ${KNOWS} } ${ERRORS} }
  }`;
const REMOVE_KNOWS = /* GraphQL */ `
  mutation ($personId: ID!, $targetBuyerId: ID!) {
    result: removeKnows(personId: $personId, targetBuyerId: $targetBuyerId) {
      __typename ... on Person { id knows { strength } } ${ERRORS}
    }
  }`;
const TAG_PEOPLE = /* GraphQL */ `
  mutation ($input: TagPeopleKnowsInput!) {
    result: tagPeopleKnows(input: $input) {
      __typename ... on TagPeopleKnowsResult { added changed knows { ${KNOWS} } } ${ERRORS}
    }
  }`;
const PERSON_KNOWS = /* GraphQL */ `
  query ($id: ID!) { result: person(id: $id) { ... on Person { knows { ${KNOWS} } } } }`;
const PEOPLE_KNOWS = /* GraphQL */ `
  { people(first: 50) { edges { node { name knows { strength targetBuyer { name } } } } } }`;

type KnowsView = {
  person: { id: string; name: string };
  targetBuyer: { id: string; name: string; archivedAt: string | null };
  strength: string;
  note: string | null;
  learnedOn: string | null;
  updatedAt: string;
};

let api: TestApi;
let accountId: string;
let me: TendClient;

const call = async <T = Record<string, unknown>>(
  account: string,
  query: string,
  variables: Record<string, unknown>,
) =>
  dataOf(await api.gql<{ result: T & { __typename: string } }>(account, query, variables)).result;

const knowsOf = async (personId: string) =>
  (await call<{ knows: KnowsView[] }>(accountId, PERSON_KNOWS, { id: personId })).knows;

const rowsOfAccount = (account: string) =>
  api.db.select().from(knows).where(eq(knows.accountId, account));

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
  accountId = await api.createAccount();
  me = clientFor(api, accountId);
});
beforeEach(() => api.setNow(NOW));
afterAll(() => api.close());

describe('setKnows and removeKnows', () => {
  it('stores every strength the domain allows (the table’s check lists them too)', async () => {
    // An account of its own, so the other tests' counts stay theirs.
    const own = await api.createAccount();
    const priya = await clientFor(api, own).addPerson('Priya Shah');
    const cfos = await clientFor(api, own).addProfile('CFOs of 50–500 person B2B firms');
    for (const strength of KNOWS_STRENGTHS) {
      const tag = await call<KnowsView>(own, SET_KNOWS, {
        input: { personId: priya.id, targetBuyerId: cfos, strength },
      });
      expect(tag).toMatchObject({ __typename: 'Knows', strength });
    }
  });

  it('adds a tag, changes it, and removes it', async () => {
    const priya = await me.addPerson('Priya Shah');
    const cfos = await me.addProfile('CFOs of 50–500 person B2B firms');

    const added = await call<KnowsView>(accountId, SET_KNOWS, {
      input: {
        personId: priya.id,
        targetBuyerId: cfos,
        strength: 'KNOWS_PERSONALLY',
        note: '  Sits on a board with two  ',
        learnedOn: '2026-11-20',
      },
    });
    expect(added).toEqual({
      __typename: 'Knows',
      person: { id: priya.id, name: 'Priya Shah' },
      targetBuyer: { id: cfos, name: 'CFOs of 50–500 person B2B firms', archivedAt: null },
      strength: 'KNOWS_PERSONALLY',
      note: 'Sits on a board with two',
      learnedOn: '2026-11-20',
      updatedAt: NOW.toISOString(),
    });

    const later = new Date('2026-11-22T09:00:00Z');
    api.setNow(later);
    await call(accountId, SET_KNOWS, {
      input: { personId: priya.id, targetBuyerId: cfos, strength: 'CAN_INTRODUCE' },
    });
    expect(await knowsOf(priya.id)).toEqual([
      expect.objectContaining({
        strength: 'CAN_INTRODUCE',
        note: null,
        learnedOn: null,
        updatedAt: later.toISOString(),
      }),
    ]);
    expect(await rowsOfAccount(accountId)).toHaveLength(1);

    const removed = await call(accountId, REMOVE_KNOWS, {
      personId: priya.id,
      targetBuyerId: cfos,
    });
    expect(removed).toEqual({ __typename: 'Person', id: priya.id, knows: [] });
    expect(
      await call(accountId, REMOVE_KNOWS, { personId: priya.id, targetBuyerId: cfos }),
    ).toMatchObject({ __typename: 'NotFoundError' });
  });

  it('refuses bad input at its field and writes nothing', async () => {
    const sam = await me.addPerson('Sam Field');
    const buyer = await me.addProfile('Heads of HR');
    const base = { personId: sam.id, targetBuyerId: buyer, strength: 'WORKS_WITH' };
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { strength: 'BEST_FRIENDS' },
        'strength',
        'Strength must be knows of, knows personally, works with or can introduce',
      ],
      [{ note: 'x'.repeat(2_001) }, 'note', 'Note must be at most 2000 characters'],
      [{ learnedOn: '2026-11-21' }, 'learnedOn', 'Date learned cannot be in the future'],
      [{ learnedOn: '1926-11-19' }, 'learnedOn', 'Date learned cannot be more than 100 years ago'],
      [{ learnedOn: '2026-02-30' }, 'learnedOn', 'Date learned must be a date (YYYY-MM-DD)'],
    ];
    for (const [change, field, message] of cases) {
      const result = await call<{ issues: { field: string; message: string }[] }>(
        accountId,
        SET_KNOWS,
        { input: { ...base, ...change } },
      );
      expect(result.__typename, field).toBe('ValidationError');
      expect(result.issues).toEqual([{ field, message }]);
    }
    expect(await knowsOf(sam.id)).toEqual([]);
  });

  it('keeps an archived profile’s tags, shown as archived, and takes no new ones', async () => {
    const ana = await me.addPerson('Ana Archive');
    const ben = await me.addPerson('Ben Archive');
    const buyer = await me.addProfile('Founders in fintech');
    await call(accountId, SET_KNOWS, {
      input: { personId: ana.id, targetBuyerId: buyer, strength: 'KNOWS_OF' },
    });
    await call(accountId, ARCHIVE_BUYER, { id: buyer });

    const [tag] = await knowsOf(ana.id);
    expect(tag?.targetBuyer.archivedAt).toBe(NOW.toISOString());
    const refused = await call(accountId, SET_KNOWS, {
      input: { personId: ben.id, targetBuyerId: buyer, strength: 'KNOWS_OF' },
    });
    expect(refused).toMatchObject({
      __typename: 'ValidationError',
      issues: [
        { field: 'targetBuyerId', message: 'This profile is archived: restore it to tag people' },
      ],
    });
    expect(await knowsOf(ben.id)).toEqual([]);
  });

  it('answers NOT_FOUND for another account’s person or profile, and changes nothing', async () => {
    const other = await api.createAccount({ name: 'Other' });
    const theirs = await clientFor(api, other).addPerson('Their Person');
    const theirBuyer = await clientFor(api, other).addProfile('Their buyers');
    await call(other, SET_KNOWS, {
      input: { personId: theirs.id, targetBuyerId: theirBuyer, strength: 'WORKS_WITH' },
    });
    const mine = await me.addPerson('My Person');
    const myBuyer = await me.addProfile('My buyers');

    expect(
      await call(accountId, SET_KNOWS, {
        input: { personId: theirs.id, targetBuyerId: myBuyer, strength: 'WORKS_WITH' },
      }),
    ).toEqual(personNotFound(theirs.id));
    expect(
      await call(accountId, SET_KNOWS, {
        input: { personId: mine.id, targetBuyerId: theirBuyer, strength: 'WORKS_WITH' },
      }),
    ).toMatchObject({ __typename: 'NotFoundError' });
    expect(
      await call(accountId, REMOVE_KNOWS, { personId: theirs.id, targetBuyerId: theirBuyer }),
    ).toEqual(personNotFound(theirs.id));
    expect(
      await call(accountId, TAG_PEOPLE, {
        input: { personIds: [mine.id], targetBuyerId: theirBuyer, strength: 'KNOWS_OF' },
      }),
    ).toMatchObject({ __typename: 'NotFoundError' });
    expect(await rowsOfAccount(other)).toEqual([
      expect.objectContaining({ personId: theirs.id, strength: 'WORKS_WITH' }),
    ]);
    expect(await knowsOf(mine.id)).toEqual([]);
  });
});

describe('tagPeopleKnows', () => {
  it('tags several people in one go, keeping existing notes, and shows them in the list', async () => {
    const ids = [];
    for (const name of ['Bulk One', 'Bulk Two', 'Bulk Three'])
      ids.push((await me.addPerson(name)).id);
    const [one, two, three] = ids as [string, string, string];
    const buyer = await me.addProfile('Bulk buyers');
    await call(accountId, SET_KNOWS, {
      input: { personId: one, targetBuyerId: buyer, strength: 'KNOWS_OF', note: 'Own note' },
    });

    const result = await call<{ added: number; changed: number; knows: KnowsView[] }>(
      accountId,
      TAG_PEOPLE,
      {
        input: { personIds: [one, two, three, two], targetBuyerId: buyer, strength: 'WORKS_WITH' },
      },
    );
    expect(result).toMatchObject({ __typename: 'TagPeopleKnowsResult', added: 2, changed: 1 });
    expect(result.knows.map((k) => [k.person.name, k.strength, k.note]).sort()).toEqual([
      ['Bulk One', 'WORKS_WITH', 'Own note'],
      ['Bulk Three', 'WORKS_WITH', null],
      ['Bulk Two', 'WORKS_WITH', null],
    ]);

    const people = dataOf(
      await api.gql<{
        people: { edges: { node: { name: string; knows: { strength: string }[] } }[] };
      }>(accountId, PEOPLE_KNOWS),
    ).people.edges.map((edge) => edge.node);
    expect(people.filter((p) => p.name.startsWith('Bulk'))).toEqual(
      expect.arrayContaining([
        {
          name: 'Bulk Two',
          knows: [{ strength: 'WORKS_WITH', targetBuyer: { name: 'Bulk buyers' } }],
        },
      ]),
    );
  });

  it('writes nothing when one id is wrong, and names every wrong one', async () => {
    const kept = await me.addPerson('Kept Untagged');
    const buyer = await me.addProfile('All or nothing');
    const stranger = randomUUID();
    const result = await call(accountId, TAG_PEOPLE, {
      input: {
        personIds: [kept.id, stranger, 'not-an-id'],
        targetBuyerId: buyer,
        strength: 'KNOWS_OF',
      },
    });
    expect(result).toEqual({
      __typename: 'NotFoundError',
      message: `No person with id ${stranger}, not-an-id`,
    });
    expect(await knowsOf(kept.id)).toEqual([]);
  });

  it('refuses bad input at its field and writes nothing', async () => {
    const kept = await me.addPerson('Kept Valid');
    const buyer = await me.addProfile('Validated buyers');
    const result = await call(accountId, TAG_PEOPLE, {
      input: {
        personIds: [kept.id],
        targetBuyerId: buyer,
        strength: 'NOPE',
        learnedOn: '2030-01-01',
      },
    });
    expect(result).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'strength' }, { field: 'learnedOn' }],
    });
    expect(
      await call(accountId, TAG_PEOPLE, {
        input: { personIds: [], targetBuyerId: buyer, strength: 'KNOWS_OF' },
      }),
    ).toMatchObject({ issues: [{ field: 'personIds', message: 'Choose at least one person' }] });
    expect(await knowsOf(kept.id)).toEqual([]);
  });
});
