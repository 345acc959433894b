import { accounts } from '@tend/db';
import { freshDatabase } from '@tend/db/testing';
import type { RateLimitRule } from '@tend/domain';
import { eq, isNotNull } from 'drizzle-orm';
import { buildServer, CSRF_HEADER } from '../server.ts';
import type { TrustProxy } from '../trust-proxy.ts';
import { SESSION_COOKIE } from '../use-cases/accounts/session-tokens.ts';
import { raiseAllDuePrompts } from '../use-cases/prompts/raise-all-due-prompts.ts';

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

/** The address a production test server makes its links to, unless a test sets another. */
export const TEST_PUBLIC_URL = 'http://tend.test';

/** The code the test server takes to create its owner; sent with the first sign-up only. */
export const TEST_SETUP_CODE = 'TEST-SETU-PC0D-E000';

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
    /** As TRUST_PROXY: lets a test send each request from its own address (X-Forwarded-For). */
    trustProxy?: TrustProxy;
    /** null: a server started without one, where nobody can become the owner. */
    setupCode?: string | null;
    /** Where users reach the server, for the links it makes; production defaults it. */
    publicUrl?: string;
    /** Receives the server's log lines (JSON, one a line), to test what is logged. */
    logStream?: { write: (line: string) => void };
    /** As a server started with SMTP_URL set. */
    mailConfigured?: boolean;
  } = {},
) => {
  const database = await freshDatabase();
  let now = options.now ?? new Date('2026-11-20T10:00:00Z');
  // Several servers on the one database, as replicas behind a proxy: see startReplica.
  const serve = async () => {
    const app = await buildServer({
      db: database.db,
      now: () => now,
      production: options.production ?? false,
      allowSignUp: options.allowSignUp ?? true,
      // Every test user signs up from 127.0.0.1.
      signUpLimit: options.signUpLimit ?? { max: 10_000, windowMs: 60_000 },
      trustProxy: options.trustProxy ?? false,
      setupCode: options.setupCode === null ? undefined : (options.setupCode ?? TEST_SETUP_CODE),
      // A production server makes links only to its configured address.
      publicUrl: options.publicUrl ?? (options.production ? TEST_PUBLIC_URL : undefined),
      logger: options.logStream ? { stream: options.logStream } : false,
      mailConfigured: options.mailConfigured ?? false,
    });
    return { app, address: await app.listen({ host: '127.0.0.1', port: 0 }) };
  };
  const { app, address } = await serve();
  const replicas: Awaited<ReturnType<typeof serve>>['app'][] = [];
  const cookies = new Map<string, string>();
  let accountCount = 0;

  /** Requests to the server at `base`: this one, or a replica. */
  const clientOf = (base: string) => {
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
      const response = await fetch(`${base}${path}`, {
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

    /** As the account `accountId` signed up on any of the servers. */
    const gql = <T = Record<string, unknown>>(
      accountId: string,
      query: string,
      variables: Record<string, unknown> = {},
    ) => gqlWithCookie<T>(cookies.get(accountId), query, variables);
    return { http, gqlWithCookie, gql };
  };
  const { http, gqlWithCookie, gql } = clientOf(address);

  const signUp = async (email: string, password = TEST_PASSWORD) => {
    // Only the owner's sign-up takes the setup code: afterwards it is spent.
    const first = (await database.adminDb.$count(accounts, isNotNull(accounts.passwordHash))) === 0;
    const setupCode = first ? (options.setupCode ?? TEST_SETUP_CODE) : undefined;
    const response = await http('/auth/sign-up', { body: { email, password, setupCode } });
    const account = response.body?.account as { id: string } | undefined;
    if (response.status !== 201 || !account || !response.sessionCookie) {
      throw new Error(`Sign-up failed: ${response.status} ${JSON.stringify(response.body)}`);
    }
    cookies.set(account.id, response.sessionCookie);
    return { accountId: account.id, cookie: response.sessionCookie };
  };

  return {
    url: address,
    /**
     * Raw access for setting tests up and checking rows across accounts: the admin's login, which
     * row-level security does not limit. The server itself logs in as `serverDb`.
     */
    db: database.adminDb,
    /** The server's own pool (on Postgres a member of tend_server only), and its URL. */
    serverDb: database.db,
    serverUrl: database.serverUrl,
    http,
    signUp,
    gqlWithCookie,
    gql,
    /**
     * Another server on the same database and clock, as a second replica behind a proxy would
     * be; accounts signed up on either are reached on both with their session cookie.
     */
    startReplica: async () => {
      const replica = await serve();
      replicas.push(replica.app);
      return { url: replica.address, ...clientOf(replica.address) };
    },
    setNow: (date: Date) => {
      now = date;
    },
    /**
     * What the prompts job does each minute, at the test's clock: reads raise no prompts, so a
     * test that moves time on runs this before it looks.
     */
    raisePrompts: () => raiseAllDuePrompts(database.db, now),
    /** Moves the clock to `date` with the prompts job run there, as by then it would have. */
    passTimeTo: async (date: Date) => {
      now = date;
      await raiseAllDuePrompts(database.db, now);
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
      await database.adminDb
        .update(accounts)
        .set({ name, timezone: 'Europe/London', onboardedAt: onboarded ? now : null })
        .where(eq(accounts.id, accountId));
      return accountId;
    },
    close: async () => {
      await Promise.all([app, ...replicas].map((server) => server.close()));
      await database.close();
    },
  };
};
