import { accounts } from '@tend/db';
import { freshDatabase } from '@tend/db/testing';
import { buildServer } from '../server.ts';

/** Requests name their account in this header; only the test server reads it. */
const ACCOUNT_HEADER = 'x-test-account';

export type GraphQLResponse<T = Record<string, unknown>> = {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
};

export type TestApi = Awaited<ReturnType<typeof startTestApi>>;

export const startTestApi = async (options: { now?: Date } = {}) => {
  const database = await freshDatabase();
  let now = options.now ?? new Date('2026-11-20T10:00:00Z');
  const app = await buildServer({
    db: database.db,
    resolveAccountId: (request) => String(request.headers[ACCOUNT_HEADER]),
    now: () => now,
    production: false,
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });

  const gql = async <T = Record<string, unknown>>(
    accountId: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> => {
    const response = await fetch(`${address}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [ACCOUNT_HEADER]: accountId },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, ...body };
  };

  return {
    url: address,
    db: database.db,
    gql,
    setNow: (date: Date) => {
      now = date;
    },
    /** `onboarded: false` gives the account of a first visit, before the demo-or-empty choice. */
    createAccount: async ({
      name = 'Test account',
      onboarded = true,
    }: {
      name?: string;
      onboarded?: boolean;
    } = {}) => {
      const [account] = await database.db
        .insert(accounts)
        .values({ name, timezone: 'Europe/London', onboardedAt: onboarded ? now : null })
        .returning({ id: accounts.id });
      if (!account) throw new Error('Could not create account');
      return account.id;
    },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
};
