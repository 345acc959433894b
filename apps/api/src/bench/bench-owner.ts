import { CSRF_HEADER } from '../server.ts';
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
