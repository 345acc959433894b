import { accounts } from '@tend/db';
import { freshDatabase } from '@tend/db/testing';
import type { RateLimitRule } from '@tend/domain';
import { eq } from 'drizzle-orm';
import { buildServer, CSRF_HEADER } from '../server.ts';
import { SESSION_COOKIE } from '../use-cases/accounts/session-tokens.ts';

export type GraphQLResponse<T = Record<string, unknown>> = {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
};

export type HttpResponse = {
  status: number;
  headers: Headers;
  body: Record<string, unknown> | null;
  /** The session cookie the response set (value), '' when it cleared it, undefined otherwise. */
  sessionCookie: string | undefined;
};

export const TEST_PASSWORD = 'correct horse battery';

const sessionCookieOf = (headers: Headers): string | undefined => {
  const cookie = headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return cookie === undefined
    ? undefined
    : (cookie.split(';')[0]?.slice(SESSION_COOKIE.length + 1) ?? '');
};

export type TestApi = Awaited<ReturnType<typeof startTestApi>>;

/**
 * The real server over HTTP on a database of its own, with a settable clock. Accounts are made
 * by signing up, and requests carry their session cookie, as a browser's would.
 */
export const startTestApi = async (
  options: {
    now?: Date;
    production?: boolean;
    allowSignUp?: boolean;
    signUpLimit?: RateLimitRule;
  } = {},
) => {
  const database = await freshDatabase();
  let now = options.now ?? new Date('2026-11-20T10:00:00Z');
  const app = await buildServer({
    db: database.db,
    now: () => now,
    production: options.production ?? false,
    allowSignUp: options.allowSignUp ?? true,
    // Every test user signs up from 127.0.0.1.
    signUpLimit: options.signUpLimit ?? { max: 10_000, windowMs: 60_000 },
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const cookies = new Map<string, string>();
  let accountCount = 0;

  const http = async (
    path: string,
    init: {
      method?: string;
      body?: unknown;
      cookie?: string | undefined;
      headers?: Record<string, string>;
      /** false leaves out the CSRF header, as a cross-site form would. */
      csrf?: boolean;
    } = {},
  ): Promise<HttpResponse> => {
    const response = await fetch(`${address}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.csrf === false ? {} : { [CSRF_HEADER]: '1' }),
        ...(init.cookie ? { cookie: `${SESSION_COOKIE}=${init.cookie}` } : {}),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
      sessionCookie: sessionCookieOf(response.headers),
    };
  };

  /** A GraphQL request with a session cookie (or none, to see what a stranger gets). */
  const gqlWithCookie = async <T = Record<string, unknown>>(
    cookie: string | undefined,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> => {
    const response = await http('/graphql', { body: { query, variables }, cookie });
    return { status: response.status, ...(response.body as Omit<GraphQLResponse<T>, 'status'>) };
  };

  const signUp = async (email: string, password = TEST_PASSWORD) => {
    const response = await http('/auth/sign-up', { body: { email, password } });
    const account = response.body?.account as { id: string } | undefined;
    if (response.status !== 201 || !account || !response.sessionCookie) {
      throw new Error(`Sign-up failed: ${response.status} ${JSON.stringify(response.body)}`);
    }
    cookies.set(account.id, response.sessionCookie);
    return { accountId: account.id, cookie: response.sessionCookie };
  };

  return {
    url: address,
    db: database.db,
    http,
    signUp,
    gqlWithCookie,
    gql: <T = Record<string, unknown>>(
      accountId: string,
      query: string,
      variables: Record<string, unknown> = {},
    ) => gqlWithCookie<T>(cookies.get(accountId), query, variables),
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
      accountCount += 1;
      const { accountId } = await signUp(`user${accountCount}@example.com`);
      await database.db
        .update(accounts)
        .set({ name, timezone: 'Europe/London', onboardedAt: onboarded ? now : null })
        .where(eq(accounts.id, accountId));
      return accountId;
    },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
};
