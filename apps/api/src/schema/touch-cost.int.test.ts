import { interactions } from '@tend/db';
import { failureCodeOf } from '@tend/db/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor, countRows, LOG_INTERACTION, type TendClient } from '../test/operations.ts';

const NOW = new Date('2026-11-20T10:00:00Z');

let api: TestApi;
let accountId: string;
let me: TendClient;
let personId: string;

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
  accountId = await api.createAccount();
  me = clientFor(api, accountId);
  personId = (await me.addPerson('Priya Shah')).id;
});
afterAll(() => api.close());

const touch = (cost: unknown) => ({
  kind: 'ONE_TO_ONE',
  occurredAt: '2026-11-18T12:30:00Z',
  personIds: [personId],
  cost,
});

type LogResult = {
  result?: {
    __typename: string;
    id?: string;
    cost?: { amount: string; currency: string } | null;
    issues?: { field: string; message: string }[];
  };
};

const log = (cost: unknown) =>
  api.gql<LogResult>(accountId, LOG_INTERACTION, { input: touch(cost) });

const UPDATE = /* GraphQL */ `
  mutation($id: ID!, $input: UpdateInteractionInput!) {
    result: updateInteraction(id: $id, input: $input) {
      __typename
      ... on Interaction { cost { amount currency } }
      ... on ValidationError { issues { field message } }
    }
  }
`;

describe('a touch’s cost', () => {
  it('round-trips exactly, as a decimal string with its currency', async () => {
    const res = await log({ amount: '12.30', currency: 'GBP' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.result?.cost).toEqual({ amount: '12.30', currency: 'GBP' });
    const id = res.data?.result?.id ?? '';
    const [row] = await api.db
      .select({ cost: interactions.cost, currency: interactions.costCurrency })
      .from(interactions)
      .where(eq(interactions.id, id));
    expect(row).toEqual({ cost: '12.30', currency: 'GBP' });

    // The largest amount the column holds stays exact, where a float would not.
    const big = await log({ amount: '9999999999.99', currency: 'eur' });
    expect(big.data?.result?.cost).toEqual({ amount: '9999999999.99', currency: 'EUR' });
    const zero = await log({ amount: '0.1', currency: 'USD' });
    expect(zero.data?.result?.cost).toEqual({ amount: '0.10', currency: 'USD' });
    const none = await log(null);
    expect(none.data?.result?.cost).toBeNull();
  });

  it('is stored as numeric, not as a float', async () => {
    const result = (await api.db.execute(
      sql`select data_type from information_schema.columns where table_name = 'interactions' and column_name = 'cost'`,
    )) as { rows: { data_type: string }[] };
    expect(result.rows).toEqual([{ data_type: 'numeric' }]);
  });

  it('is changed and removed by an edit', async () => {
    const id = (await log({ amount: '5', currency: 'GBP' })).data?.result?.id;
    const edit = (cost: unknown) =>
      api.gql<LogResult>(accountId, UPDATE, {
        id,
        input: { kind: 'ONE_TO_ONE', occurredAt: '2026-11-18T12:30:00Z', cost },
      });
    expect((await edit({ amount: '7.05', currency: 'CHF' })).data?.result).toEqual({
      __typename: 'Interaction',
      cost: { amount: '7.05', currency: 'CHF' },
    });
    expect((await edit(null)).data?.result?.cost).toBeNull();
  });

  it('refuses what is not an exact decimal, before anything is written', async () => {
    const before = await countRows(api, interactions, accountId);
    const cases: [unknown, RegExp][] = [
      [{ amount: '1e3', currency: 'GBP' }, /Write the amount in digits.*got "1e3"/],
      [{ amount: '12.345', currency: 'GBP' }, /at most 2 decimal places; got "12.345"/],
      [{ amount: 'abc', currency: 'GBP' }, /Write the amount in digits.*got "abc"/],
      [{ amount: '12345678901', currency: 'GBP' }, /at most 10 digits before the decimal point/],
      [
        { amount: 12.3, currency: 'GBP' },
        /Expected a decimal as a string, such as "12.30"; got 12.3/,
      ],
      [{ amount: '12' }, /currency.*required/],
      [12.3, /MoneyInput/],
    ];
    for (const [cost, message] of cases) {
      const res = await log(cost);
      expect(res.data?.result, JSON.stringify(cost)).toBeUndefined();
      expect(res.errors?.[0]?.message, JSON.stringify(cost)).toMatch(message);
    }
    expect(await countRows(api, interactions, accountId)).toBe(before);
  });

  it('names the field for a negative amount, an unknown currency or too many places for it', async () => {
    const before = await countRows(api, interactions, accountId);
    const cases: [unknown, { field: string; message: string }][] = [
      [
        { amount: '-1.00', currency: 'GBP' },
        { field: 'cost.amount', message: 'Cost cannot be negative' },
      ],
      [
        { amount: '1', currency: 'XYZ' },
        {
          field: 'cost.currency',
          message: 'Choose a currency by its ISO 4217 code, such as GBP, EUR or USD',
        },
      ],
      [
        { amount: '1', currency: ' ' },
        { field: 'cost.currency', message: 'Choose the currency' },
      ],
      [
        { amount: '1200.50', currency: 'JPY' },
        { field: 'cost.amount', message: 'JPY amounts are whole, with no decimal places' },
      ],
    ];
    for (const [cost, issue] of cases) {
      const res = await log(cost);
      expect(res.data?.result, JSON.stringify(cost)).toMatchObject({
        __typename: 'ValidationError',
        issues: [issue],
      });
    }
    expect(await countRows(api, interactions, accountId)).toBe(before);
  });

  it('the database holds an amount and its currency together or not at all', async () => {
    const [row] = await api.db
      .insert(interactions)
      .values({ accountId, kind: 'CALL', occurredAt: NOW })
      .returning({ id: interactions.id });
    const set = (values: { cost: string | null; costCurrency: string | null }) =>
      failureCodeOf(
        api.db
          .update(interactions)
          .set(values)
          .where(eq(interactions.id, row?.id ?? '')),
      );
    const CHECK_VIOLATION = '23514';
    expect(await set({ cost: '1.00', costCurrency: null })).toBe(CHECK_VIOLATION);
    expect(await set({ cost: null, costCurrency: 'GBP' })).toBe(CHECK_VIOLATION);
    expect(await set({ cost: '-1.00', costCurrency: 'GBP' })).toBe(CHECK_VIOLATION);
    expect(await set({ cost: '1.00', costCurrency: 'gbp' })).toBe(CHECK_VIOLATION);
    expect(await set({ cost: '1.00', costCurrency: 'GBP' })).toBeUndefined();
  });
});
