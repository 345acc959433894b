import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';

const CREATE = /* GraphQL */ `
  mutation Create($input: PersonInput!) {
    createPerson(input: $input) {
      __typename
      ... on Person { id name emails company dueState nextDueAt readiness cadence { idealDays maxDays } }
      ... on ValidationError { message issues { field message } }
    }
  }
`;

let api: TestApi;
let accountId: string;

beforeAll(async () => {
  api = await startTestApi();
  accountId = await api.createAccount();
});
afterAll(() => api.close());

describe('people', () => {
  it('creates a person, due one default cadence after being added', async () => {
    const res = await api.gql(accountId, CREATE, {
      input: { name: '  Priya Shah ', emails: ['Priya@Example.com'], company: 'Shah & Co' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createPerson).toMatchObject({
      __typename: 'Person',
      name: 'Priya Shah',
      emails: ['priya@example.com'],
      dueState: 'OK',
      readiness: 0,
      cadence: { idealDays: 90, maxDays: 135 },
      nextDueAt: '2027-02-18T00:00:00.000Z',
    });
  });

  it('rejects an empty name with a field error and writes nothing', async () => {
    const before = await api.gql<{ people: { totalCount: number } }>(
      accountId,
      '{ people { totalCount } }',
    );
    const res = await api.gql(accountId, CREATE, { input: { name: '   ' } });
    expect(res.data?.createPerson).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'name', message: 'Name is required' }],
    });
    const after = await api.gql<{ people: { totalCount: number } }>(
      accountId,
      '{ people { totalCount } }',
    );
    expect(after.data?.people.totalCount).toBe(before.data?.people.totalCount);
  });

  it('lists with search and pagination', async () => {
    for (const name of ['Alice Adams', 'Bob Brown', 'Carol Clark', 'Dan Davis']) {
      await api.gql(accountId, CREATE, { input: { name } });
    }
    const page = await api.gql<{
      people: {
        totalCount: number;
        nodes: { name: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      accountId,
      '{ people(first: 2) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }',
    );
    expect(page.data?.people.nodes.map((p) => p.name)).toEqual(['Alice Adams', 'Bob Brown']);
    expect(page.data?.people.pageInfo.hasNextPage).toBe(true);
    const next = await api.gql<{ people: { nodes: { name: string }[] } }>(
      accountId,
      'query($after: String) { people(first: 2, after: $after) { nodes { name } } }',
      { after: page.data?.people.pageInfo.endCursor },
    );
    expect(next.data?.people.nodes.map((p) => p.name)).toEqual(['Carol Clark', 'Dan Davis']);
    const search = await api.gql<{ people: { nodes: { name: string }[] } }>(
      accountId,
      '{ people(search: "shah") { nodes { name } } }',
    );
    expect(search.data?.people.nodes.map((p) => p.name)).toEqual(['Priya Shah']);
  });
});
