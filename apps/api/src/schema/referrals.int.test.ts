import { randomUUID } from 'node:crypto';
import { interactions, referralStatusChanges, referrals } from '@tend/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor, dataOf, type TendClient } from '../test/operations.ts';

// 23:30 in London on 20 November: the account's today is the 20th.
const NOW = new Date('2026-11-20T23:30:00Z');

const ERRORS = `... on ValidationError { message issues { field message } }
  ... on NotFoundError { message }`;
const REFERRAL = `id direction person { id name } referredPerson { id name } referredName
  targetBuyer { id name } referredOn status statusHistory { status changedOn note }
  value { amount currency } notes thankedAt`;

const RECORD = /* GraphQL */ `
  mutation ($input: RecordReferralInput!) {
    result: recordReferral(input: $input) { __typename ... on Referral { ${REFERRAL} } ${ERRORS} }
  }`;
const UPDATE = /* GraphQL */ `
  mutation ($id: ID!, $input: ReferralInput!) {
    result: updateReferral(id: $id, input: $input) { __typename ... on Referral { ${REFERRAL} } ${ERRORS} }
  }`;
const MOVE = /* GraphQL */ `
  mutation ($id: ID!, $input: MoveReferralStatusInput!) {
    result: moveReferralStatus(id: $id, input: $input) { __typename ... on Referral { ${REFERRAL} } ${ERRORS} }
  }`;
const DELETE = /* GraphQL */ `
  mutation ($id: ID!) {
    result: deleteReferral(id: $id) { __typename ... on DeletedReferral { id } ... on NotFoundError { message } }
  }`;
const THANK = /* GraphQL */ `
  mutation ($id: ID!) {
    result: thankForReferral(id: $id) { __typename ... on Referral { ${REFERRAL} } ${ERRORS} }
  }`;
const LEDGER = /* GraphQL */ `
  query ($filter: ReferralFilter) {
    referrals(filter: $filter) {
      items { ${REFERRAL} }
      totals { value { amount currency } won { amount currency } }
      byStatus { status count }
    }
  }`;
const PERSON_REFERRALS = /* GraphQL */ `
  query ($id: ID!) {
    result: person(id: $id) {
      ... on Person {
        referralBalance {
          givenCount receivedCount givenWon { amount currency } receivedWon { amount currency }
        }
        openReferrals { id status }
        timeline(first: 20) {
          nodes {
            __typename
            ... on Interaction { kind notes }
            ... on Referral { id direction referredName }
          }
        }
      }
    }
  }`;
const PEOPLE = /* GraphQL */ `
  query ($sort: PersonSort, $referrals: PersonReferralFilter, $first: Int, $after: String) {
    people(sort: $sort, referrals: $referrals, first: $first, after: $after) {
      totalCount nodes { name } pageInfo { hasNextPage endCursor }
    }
  }`;

type Money = { amount: string; currency: string };
type ReferralView = {
  id: string;
  direction: 'GIVEN' | 'RECEIVED';
  person: { id: string; name: string };
  referredPerson: { id: string; name: string } | null;
  referredName: string | null;
  targetBuyer: { id: string; name: string } | null;
  referredOn: string;
  status: string;
  statusHistory: { status: string; changedOn: string; note: string | null }[];
  value: Money | null;
  notes: string | null;
  thankedAt: string | null;
};
type Result = { __typename: string; message?: string; issues?: { field: string }[] };
type Ledger = {
  items: ReferralView[];
  totals: { value: Money[]; won: Money[] };
  byStatus: { status: string; count: number }[];
};

let api: TestApi;
let accountId: string;
let me: TendClient;
let ann: { id: string };
let ben: { id: string };
let cfos: string;

const call = async <T = Record<string, unknown>>(
  account: string,
  query: string,
  variables: Record<string, unknown>,
) => dataOf(await api.gql<{ result: T & Result }>(account, query, variables)).result;

const record = (input: Record<string, unknown>, account = accountId) =>
  call<ReferralView>(account, RECORD, { input });

const recorded = async (input: Record<string, unknown>) => {
  const result = await record(input);
  if (result.__typename !== 'Referral') throw new Error(JSON.stringify(result));
  return result;
};

const ledger = async (filter: Record<string, unknown> = {}, account = accountId) =>
  dataOf(await api.gql<{ referrals: Ledger }>(account, LEDGER, { filter })).referrals;

const personReferrals = async (id: string) =>
  call<{
    referralBalance: {
      givenCount: number;
      receivedCount: number;
      givenWon: Money[];
      receivedWon: Money[];
    };
    openReferrals: { id: string; status: string }[];
    timeline: { nodes: { __typename: string; kind?: string; notes?: string; id?: string }[] };
  }>(accountId, PERSON_REFERRALS, { id });

/** Every referral row, status change and touch the account holds. */
const rowsOf = async (account: string) => ({
  referrals: await api.db.select().from(referrals).where(eq(referrals.accountId, account)),
  changes: await api.db
    .select()
    .from(referralStatusChanges)
    .where(eq(referralStatusChanges.accountId, account)),
  touches: await api.db.select().from(interactions).where(eq(interactions.accountId, account)),
});

const fieldsOf = (result: Result) => (result.issues ?? []).map(({ field }) => field);

const received = (extra: Record<string, unknown> = {}) => ({
  direction: 'RECEIVED',
  personId: ann.id,
  referredName: 'Dora Referred',
  referredOn: '2026-11-01',
  ...extra,
});

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
  accountId = await api.createAccount();
  me = clientFor(api, accountId);
  ann = await me.addPerson('Ann Giver');
  ben = await me.addPerson('Ben Partner');
  cfos = await me.addProfile('CFOs');
});
beforeEach(() => api.setNow(NOW));
afterAll(() => api.close());

describe('recording a referral', () => {
  it('keeps who gave it, who was referred, for which profile, and starts its history', async () => {
    const referral = await recorded(
      received({ targetBuyerId: cfos, value: '1500', currency: 'gbp', notes: ' Warm intro ' }),
    );
    expect(referral).toMatchObject({
      direction: 'RECEIVED',
      person: { id: ann.id, name: 'Ann Giver' },
      referredPerson: null,
      referredName: 'Dora Referred',
      targetBuyer: { id: cfos, name: 'CFOs' },
      referredOn: '2026-11-01',
      status: 'INTRODUCED',
      statusHistory: [{ status: 'INTRODUCED', changedOn: '2026-11-01', note: null }],
      value: { amount: '1500.00', currency: 'GBP' },
      notes: 'Warm intro',
      thankedAt: null,
    });
    await call(accountId, DELETE, { id: referral.id });
  });

  it('stores a referred person’s name, so deleting them later keeps who it was', async () => {
    const eve = await me.addPerson('Eve Referred');
    const referral = await recorded(
      received({ referredName: null, referredPersonId: eve.id, direction: 'GIVEN' }),
    );
    expect(referral).toMatchObject({
      referredPerson: { id: eve.id, name: 'Eve Referred' },
      referredName: 'Eve Referred',
    });
    await me.deletePerson(eve.id);
    const [kept] = (await ledger({ direction: 'GIVEN' })).items;
    expect(kept).toMatchObject({
      id: referral.id,
      referredPerson: null,
      referredName: 'Eve Referred',
    });
    await call(accountId, DELETE, { id: referral.id });
  });

  it('refuses bad input at its field and writes nothing', async () => {
    const before = await rowsOf(accountId);
    const cases: [Record<string, unknown>, string][] = [
      [{ value: '12,5', currency: 'GBP' }, 'value'],
      [{ value: '1e9999', currency: 'GBP' }, 'value'],
      [{ value: '-1', currency: 'GBP' }, 'value'],
      [{ value: '10', currency: 'EURO' }, 'currency'],
      [{ value: '10' }, 'currency'],
      [{ referredName: 'x'.repeat(10_000) }, 'referredName'],
      [{ referredName: '   ' }, 'referredName'],
      [{ direction: 'SIDEWAYS' }, 'direction'],
      [{ status: 'MAYBE' }, 'status'],
      [{ referredOn: '2026-11-21' }, 'referredOn'],
      [{ referredOn: '2026-02-30' }, 'referredOn'],
      [{ notes: 'x'.repeat(10_001) }, 'notes'],
      [{ referredPersonId: ann.id, referredName: null }, 'referredPersonId'],
    ];
    for (const [extra, field] of cases) {
      const result = await record(received(extra));
      expect(result.__typename, JSON.stringify(extra).slice(0, 80)).toBe('ValidationError');
      expect(fieldsOf(result), JSON.stringify(extra).slice(0, 80)).toEqual([field]);
    }
    expect(await rowsOf(accountId)).toEqual(before);
  });

  it('answers another account’s (or an unknown) id as not found, and writes nothing', async () => {
    const other = await api.createAccount({ name: 'Other' });
    const stranger = await clientFor(api, other).addPerson('Stranger');
    const theirBuyer = await clientFor(api, other).addProfile('Theirs');
    const theirs = await record(
      { direction: 'RECEIVED', personId: stranger.id, referredName: 'X', referredOn: '2026-11-01' },
      other,
    );
    const before = await rowsOf(accountId);
    const beforeOther = await rowsOf(other);
    for (const input of [
      received({ personId: stranger.id }),
      received({ referredPersonId: stranger.id }),
      received({ targetBuyerId: theirBuyer }),
      received({ personId: randomUUID() }),
      received({ personId: 'not-a-uuid' }),
    ]) {
      expect((await record(input)).__typename).toBe('NotFoundError');
    }
    const id = theirs.id;
    const move = { status: 'MET', changedOn: '2026-11-02' };
    expect((await call(accountId, MOVE, { id, input: move })).__typename).toBe('NotFoundError');
    expect((await call(accountId, UPDATE, { id, input: received() })).__typename).toBe(
      'NotFoundError',
    );
    expect((await call(accountId, THANK, { id })).__typename).toBe('NotFoundError');
    expect((await call(accountId, DELETE, { id })).__typename).toBe('NotFoundError');
    expect((await ledger({ personId: stranger.id })).items).toEqual([]);
    expect((await ledger({ personId: 'not-a-uuid' })).items).toEqual([]);
    expect(await rowsOf(accountId)).toEqual(before);
    expect(await rowsOf(other)).toEqual(beforeOther);
  });
});

describe('the ledger', () => {
  let ids: string[] = [];

  beforeAll(async () => {
    const make = async (input: Record<string, unknown>) => (await recorded(input)).id;
    ids = [
      await make(received({ value: '0.10', currency: 'GBP', status: 'WON' })),
      await make(
        received({ value: '0.20', currency: 'GBP', status: 'WON', referredOn: '2026-10-01' }),
      ),
      await make(received({ value: '1234567.89', currency: 'GBP', targetBuyerId: cfos })),
      await make(
        received({
          direction: 'GIVEN',
          personId: ben.id,
          value: '1234567.89',
          currency: 'EUR',
          status: 'WON',
        }),
      ),
      await make(
        received({
          direction: 'GIVEN',
          personId: ben.id,
          referredName: null,
          referredPersonId: ann.id,
          status: 'LOST',
        }),
      ),
    ];
  });

  afterAll(async () => {
    for (const id of ids) await call(accountId, DELETE, { id });
  });

  it('totals each currency to the cent, never adding two together', async () => {
    const all = await ledger();
    expect(all.items).toHaveLength(5);
    // By currency code, whatever order the referrals come in.
    expect(all.totals.value).toEqual([
      { amount: '1234567.89', currency: 'EUR' },
      { amount: '1234568.19', currency: 'GBP' },
    ]);
    expect(all.totals.won).toEqual([
      { amount: '1234567.89', currency: 'EUR' },
      { amount: '0.30', currency: 'GBP' },
    ]);
    expect(all.byStatus).toEqual([
      { status: 'INTRODUCED', count: 1 },
      { status: 'MET', count: 0 },
      { status: 'PROPOSAL', count: 0 },
      { status: 'WON', count: 3 },
      { status: 'LOST', count: 1 },
    ]);
  });

  it('filters by direction, status, person (either side), profile and period', async () => {
    expect((await ledger({ direction: 'GIVEN' })).items).toHaveLength(2);
    expect((await ledger({ status: 'WON' })).totals.won).toHaveLength(2);
    // Ann gave three, and was referred in one of Ben's.
    expect((await ledger({ personId: ann.id })).items).toHaveLength(4);
    expect((await ledger({ personId: ben.id })).items).toHaveLength(2);
    const forCfos = await ledger({ targetBuyerId: cfos });
    expect(forCfos.items.map((r) => r.value)).toEqual([{ amount: '1234567.89', currency: 'GBP' }]);
    const october = await ledger({ from: '2026-10-01', to: '2026-10-31' });
    expect(october.items.map((r) => r.referredOn)).toEqual(['2026-10-01']);
    const bad = await api.gql(accountId, LEDGER, { filter: { from: '1 Oct' } });
    expect(bad.errors?.[0]?.message).toMatch(/filter\.from/);
  });

  it('balances given against received per person, and lists the open ones', async () => {
    const annView = await personReferrals(ann.id);
    expect(annView.referralBalance).toEqual({
      givenCount: 0,
      receivedCount: 3,
      givenWon: [],
      receivedWon: [{ amount: '0.30', currency: 'GBP' }],
    });
    expect(annView.openReferrals.map(({ id }) => id)).toEqual([ids[2]]);
    expect((await personReferrals(ben.id)).referralBalance).toEqual({
      givenCount: 2,
      receivedCount: 0,
      givenWon: [{ amount: '1234567.89', currency: 'EUR' }],
      receivedWon: [],
    });
  });

  it('sorts and filters the people list by the balance', async () => {
    const people = async (args: Record<string, unknown>) =>
      dataOf(
        await api.gql<{
          people: {
            totalCount: number;
            nodes: { name: string }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        }>(accountId, PEOPLE, args),
      ).people;
    const names = async (args: Record<string, unknown>) =>
      (await people(args)).nodes.map(({ name }) => name);
    expect((await names({ sort: 'MOST_RECEIVED' })).slice(0, 2)).toEqual([
      'Ann Giver',
      'Ben Partner',
    ]);
    expect((await names({ sort: 'MOST_GIVEN' })).slice(0, 2)).toEqual(['Ben Partner', 'Ann Giver']);
    expect(await names({ referrals: 'HAS_GIVEN_ME' })).toEqual(['Ann Giver']);
    expect(await names({ referrals: 'I_OWE_THEM' })).toEqual(['Ann Giver']);
    expect((await people({ referrals: 'I_OWE_THEM' })).totalCount).toBe(1);
    // Pages follow on from the cursor in the same order.
    const first = await people({ sort: 'MOST_GIVEN', first: 1 });
    const second = await people({ sort: 'MOST_GIVEN', first: 1, after: first.pageInfo.endCursor });
    expect([...first.nodes, ...second.nodes].map(({ name }) => name)).toEqual([
      'Ben Partner',
      'Ann Giver',
    ]);
  });
});

describe('moving a referral', () => {
  it('keeps each dated move, and asks a move back to say it reopens', async () => {
    const { id } = await recorded(received({ referredOn: '2026-11-02' }));
    const move = (input: Record<string, unknown>) =>
      call<ReferralView>(accountId, MOVE, { id, input });
    expect(
      await move({ status: 'PROPOSAL', changedOn: '2026-11-05', note: 'Sent terms' }),
    ).toMatchObject({
      status: 'PROPOSAL',
    });
    const won = await move({ status: 'WON', changedOn: '2026-11-10' });
    expect(won.statusHistory).toEqual([
      { status: 'INTRODUCED', changedOn: '2026-11-02', note: null },
      { status: 'PROPOSAL', changedOn: '2026-11-05', note: 'Sent terms' },
      { status: 'WON', changedOn: '2026-11-10', note: null },
    ]);

    const before = await rowsOf(accountId);
    const refusals: [Record<string, unknown>, string][] = [
      [{ status: 'INTRODUCED', changedOn: '2026-11-12' }, 'status'],
      [{ status: 'WON', changedOn: '2026-11-12', reopen: true }, 'status'],
      [{ status: 'MET', changedOn: '2026-11-09', reopen: true }, 'changedOn'],
      [{ status: 'MET', changedOn: '2026-11-01', reopen: true }, 'changedOn'],
      [{ status: 'MET', changedOn: '2026-11-21', reopen: true }, 'changedOn'],
      [{ status: 'REVIVED', changedOn: '2026-11-12' }, 'status'],
    ];
    for (const [input, field] of refusals) {
      const result = await move(input);
      expect(result.__typename, JSON.stringify(input)).toBe('ValidationError');
      expect(fieldsOf(result), JSON.stringify(input)).toEqual([field]);
    }
    expect(await rowsOf(accountId)).toEqual(before);

    const reopened = await move({ status: 'MET', changedOn: '2026-11-12', reopen: true });
    expect(reopened.status).toBe('MET');
    expect(reopened.statusHistory.map((change) => change.status)).toEqual([
      'INTRODUCED',
      'PROPOSAL',
      'WON',
      'MET',
    ]);

    // An edit moves the history's start with the date, never past a later move.
    const tooLate = await call(accountId, UPDATE, {
      id,
      input: received({ referredOn: '2026-11-06' }),
    });
    expect(fieldsOf(tooLate)).toEqual(['referredOn']);
    const edited = await call<ReferralView>(accountId, UPDATE, {
      id,
      input: received({
        referredOn: '2026-11-03',
        referredName: 'Dora Renamed',
        value: '99.5',
        currency: 'USD',
      }),
    });
    expect(edited).toMatchObject({
      referredName: 'Dora Renamed',
      referredOn: '2026-11-03',
      value: { amount: '99.50', currency: 'USD' },
      status: 'MET',
    });
    expect(edited.statusHistory[0]).toEqual({
      status: 'INTRODUCED',
      changedOn: '2026-11-03',
      note: null,
    });
    expect((await call(accountId, DELETE, { id })).__typename).toBe('DeletedReferral');
    expect((await rowsOf(accountId)).changes.filter((c) => c.referralId === id)).toEqual([]);
  });
});

describe('thanking for a referral', () => {
  it('logs a message touch with the giver, marks it thanked, and both timelines show it', async () => {
    const fay = await me.addPerson('Fay Referred');
    const { id } = await recorded(received({ referredName: null, referredPersonId: fay.id }));
    const thanked = await call<ReferralView>(accountId, THANK, { id });
    expect(thanked.thankedAt).toBe(NOW.toISOString());

    const annTimeline = (await personReferrals(ann.id)).timeline.nodes;
    expect(annTimeline).toEqual(
      expect.arrayContaining([
        {
          __typename: 'Interaction',
          kind: 'MESSAGE',
          notes: 'Thanked for the referral of Fay Referred',
        },
        { __typename: 'Referral', id, direction: 'RECEIVED', referredName: 'Fay Referred' },
      ]),
    );
    const fayTimeline = (await personReferrals(fay.id)).timeline.nodes;
    expect(fayTimeline).toEqual([
      { __typename: 'Referral', id, direction: 'RECEIVED', referredName: 'Fay Referred' },
    ]);

    const before = await rowsOf(accountId);
    expect(fieldsOf(await call(accountId, THANK, { id }))).toEqual(['id']);
    const given = await recorded(received({ direction: 'GIVEN' }));
    const afterGiven = await rowsOf(accountId);
    expect(fieldsOf(await call(accountId, THANK, { id: given.id }))).toEqual(['id']);
    expect((await rowsOf(accountId)).touches).toEqual(before.touches);
    expect(await rowsOf(accountId)).toEqual(afterGiven);
  });
});
