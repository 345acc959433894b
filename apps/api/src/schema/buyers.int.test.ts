import { randomUUID } from 'node:crypto';
import { targetBuyers } from '@tend/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { dataOf } from '../test/operations.ts';

const NOW = new Date('2026-11-20T10:00:00Z');
const LATER = new Date('2026-11-21T09:30:00Z');

const FIELDS = /* GraphQL */ `
  __typename
  ... on TargetBuyer {
    id name roles industries companySizeMin companySizeMax regions notes archivedAt createdAt
  }
  ... on ValidationError { issues { field message } }
  ... on NotFoundError { message }
`;
const mutation = (name: string, args: string, vars: string) => /* GraphQL */ `
  mutation (${vars}) { result: ${name}(${args}) { ${FIELDS} } }
`;
const CREATE = mutation('createTargetBuyer', 'input: $input', '$input: TargetBuyerInput!');
const UPDATE = mutation(
  'updateTargetBuyer',
  'id: $id, input: $input',
  '$id: ID!, $input: TargetBuyerInput!',
);
const ARCHIVE = mutation('archiveTargetBuyer', 'id: $id', '$id: ID!');
const UNARCHIVE = mutation('unarchiveTargetBuyer', 'id: $id', '$id: ID!');
const LIST = /* GraphQL */ `
  query ($includeArchived: Boolean) {
    result: targetBuyers(includeArchived: $includeArchived) { name archivedAt }
  }
`;
const ONE = /* GraphQL */ `
  query ($id: ID!) {
    result: targetBuyer(id: $id) {
      __typename
      ... on TargetBuyer { name }
      ... on NotFoundError { message }
    }
  }
`;

type Result = {
  __typename: string;
  id: string;
  name: string;
  roles: string[];
  archivedAt: string | null;
  issues?: { field: string; message: string }[];
  message?: string;
};

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
});
afterAll(() => api.close());

const clientOf =
  (accountId: string) =>
  async <T = Result>(query: string, variables: Record<string, unknown> = {}) =>
    dataOf(await api.gql<{ result: T }>(accountId, query, variables)).result;

const rowsOf = (accountId: string) =>
  api.db.select().from(targetBuyers).where(eq(targetBuyers.accountId, accountId));

const CFOS = {
  name: '  CFOs of 50–500 person B2B firms ',
  roles: ['CFO', ' CFO', 'Finance Director'],
  industries: ['B2B software'],
  companySizeMin: 50,
  companySizeMax: 500,
  regions: ['North of England'],
  notes: 'Often hire after a funding round',
};

describe('target buyer profiles', () => {
  it('creates, edits, archives (keeping the row) and restores a profile', async () => {
    const accountId = await api.createAccount();
    const call = clientOf(accountId);

    const created = await call(CREATE, { input: CFOS });
    expect(created).toMatchObject({
      __typename: 'TargetBuyer',
      name: 'CFOs of 50–500 person B2B firms',
      roles: ['CFO', 'Finance Director'],
      companySizeMin: 50,
      companySizeMax: 500,
      regions: ['North of England'],
      archivedAt: null,
      createdAt: NOW.toISOString(),
    });
    await call(CREATE, { input: { name: 'agency founders' } });

    const edited = await call(UPDATE, {
      id: created.id,
      input: { ...CFOS, name: 'CFOs', companySizeMax: null, regions: [] },
    });
    expect(edited).toMatchObject({ name: 'CFOs', companySizeMax: null, regions: [] });
    expect(await call(LIST)).toEqual([
      { name: 'agency founders', archivedAt: null },
      { name: 'CFOs', archivedAt: null },
    ]);

    api.setNow(LATER);
    expect(await call(ARCHIVE, { id: created.id })).toMatchObject({
      archivedAt: LATER.toISOString(),
    });
    expect(await call(LIST)).toEqual([{ name: 'agency founders', archivedAt: null }]);
    expect(await call(LIST, { includeArchived: true })).toEqual([
      { name: 'agency founders', archivedAt: null },
      { name: 'CFOs', archivedAt: LATER.toISOString() },
    ]);
    const [archivedRow] = (await rowsOf(accountId)).filter((row) => row.id === created.id);
    expect(archivedRow).toMatchObject({ name: 'CFOs', roles: ['CFO', 'Finance Director'] });
    expect(await call(ONE, { id: created.id })).toEqual({
      __typename: 'TargetBuyer',
      name: 'CFOs',
    });

    expect(await call(UNARCHIVE, { id: created.id })).toMatchObject({ archivedAt: null });
    expect(await call(LIST)).toHaveLength(2);
    api.setNow(NOW);
  });

  it.each([
    ['an empty name', { name: '' }, 'name', 'Name is required'],
    [
      'a 10,000-character name',
      { name: 'x'.repeat(10_000) },
      'name',
      'Name must be at most 200 characters',
    ],
    [
      'a reversed size range',
      { name: 'A', companySizeMin: 500, companySizeMax: 50 },
      'companySizeMax',
      'Largest company size must be at least the smallest',
    ],
    [
      'a size over the limit',
      { name: 'A', companySizeMin: 10_000_001 },
      'companySizeMin',
      'Smallest company size must be at most 10,000,000',
    ],
    [
      'a fractional size',
      { name: 'A', companySizeMax: 1.5 },
      'companySizeMax',
      'Largest company size must be a whole number',
    ],
    [
      '21 regions',
      { name: 'A', regions: Array.from({ length: 21 }, (_, i) => `R${i}`) },
      'regions',
      'At most 20 regions',
    ],
  ])('refuses %s at the field and writes nothing', async (_label, input, field, message) => {
    const accountId = await api.createAccount();
    const call = clientOf(accountId);
    const existing = await call(CREATE, { input: { name: 'Existing' } });
    const before = await rowsOf(accountId);

    for (const result of [
      await call(CREATE, { input }),
      await call(UPDATE, { id: existing.id, input }),
    ]) {
      expect(result).toMatchObject({
        __typename: 'ValidationError',
        issues: [{ field, message }],
      });
    }
    expect(await rowsOf(accountId)).toEqual(before);
  });

  it('answers NOT_FOUND for another account’s profile and an unknown id, changing nothing', async () => {
    const owner = await api.createAccount();
    const stranger = clientOf(await api.createAccount());
    const theirs = await clientOf(owner)(CREATE, { input: CFOS });
    const before = await rowsOf(owner);

    for (const id of [theirs.id, randomUUID(), 'not-an-id']) {
      const notFound = {
        __typename: 'NotFoundError',
        message: `No target buyer profile with id ${id}`,
      };
      expect(await stranger(UPDATE, { id, input: { name: 'Mine now' } })).toEqual(notFound);
      expect(await stranger(ARCHIVE, { id })).toEqual(notFound);
      expect(await stranger(UNARCHIVE, { id })).toEqual(notFound);
      expect(await stranger(ONE, { id })).toEqual(notFound);
    }
    expect(await stranger(LIST, { includeArchived: true })).toEqual([]);
    expect(await rowsOf(owner)).toEqual(before);
  });
});
