import { freshDatabase, type TestDatabase } from '@tend/db/testing';
import { buildServer, CSRF_HEADER } from '../server.ts';
import { SESSION_COOKIE } from '../use-cases/accounts/session-tokens.ts';

/** The code a bench server is built with, so its one account can be the owner. */
export const BENCH_SETUP_CODE = 'BENCH-SETUP-CODE';

/** Signs the bench's owner up on a server built with BENCH_SETUP_CODE: its cookie and account. */
export const signUpBenchOwner = async (url: string) => {
  const signUp = await fetch(`${url}/auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
    body: JSON.stringify({
      email: 'bench@example.com',
      password: 'benchmark password',
      setupCode: BENCH_SETUP_CODE,
    }),
  });
  const cookie =
    signUp.headers
      .getSetCookie()
      .find((c) => c.startsWith(`${SESSION_COOKIE}=`))
      ?.split(';')[0] ?? '';
  const { account } = (await signUp.json()) as { account: { id: string } };
  return { cookie, accountId: account.id };
};

export type BenchServer = {
  database: TestDatabase;
  url: string;
  cookie: string;
  accountId: string;
};

/**
 * Runs `work` against a production server on a fresh database of `adminUrl`'s server, with its
 * owner signed up; both are gone afterwards.
 */
export const withBenchServer = async <T>(
  prefix: string,
  adminUrl: string,
  work: (bench: BenchServer) => Promise<T>,
): Promise<T> => {
  const database = await freshDatabase(prefix, adminUrl);
  const app = await buildServer({
    db: database.db,
    production: true,
    setupCode: BENCH_SETUP_CODE,
    publicUrl: 'http://127.0.0.1',
  });
  try {
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    return await work({ database, url, ...(await signUpBenchOwner(url)) });
  } finally {
    await app.close();
    await database.close();
  }
};
