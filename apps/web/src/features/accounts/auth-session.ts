import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { type ApiIssue, requestJson } from '../../lib/request.ts';

/**
 * What the server says about this browser: signed in, and whether anyone may sign up. Never
 * whether the server has an owner yet: the owner's sign-up starts from the setup link.
 */
export type AuthSession = { signedIn: boolean; allowSignUp: boolean };

export type PublicAccount = { id: string; email: string | null; name: string; isOwner: boolean };

export const authSessionQueryKey = ['auth-session'] as const;

export const authSessionQuery = queryOptions({
  queryKey: authSessionQueryKey,
  queryFn: () => requestJson<AuthSession>('/auth/session'),
  staleTime: 60_000,
});

export type SignUpInput = {
  email: string;
  password: string;
  name: string | null;
  /** Only for the owner's account: the one-time code the server printed at its first start. */
  setupCode?: string | undefined;
  /** The browser's zone, so days and the week start where the user lives; onboarding shows it. */
  timezone: string;
};
export type SignInInput = { email: string; password: string };

export const signUp = (input: SignUpInput) =>
  requestJson<{ account: PublicAccount }>('/auth/sign-up', { method: 'POST', body: input });

export const signIn = (input: SignInInput) =>
  requestJson<{ account: PublicAccount }>('/auth/sign-in', { method: 'POST', body: input });

export const signOut = () => requestJson<unknown>('/auth/sign-out', { method: 'POST' });

/** Sign-in and sign-up issues keyed by their field, like `fieldErrorsOf` does for GraphQL. */
export const issuesByField = (issues: readonly ApiIssue[]): Record<string, string> =>
  Object.fromEntries(issues.map((issue) => [issue.path[0] ?? '', issue.message]));

/** Asks the server again, so the route guard sees a session that just began or ended. */
export const refreshAuthSession = (queryClient: QueryClient) =>
  queryClient.fetchQuery({ ...authSessionQuery, staleTime: 0 });

/** Drops every cached answer except the session itself: they belonged to another account. */
export const forgetAccountData = (queryClient: QueryClient) =>
  queryClient.removeQueries({
    predicate: (query) => query.queryKey[0] !== authSessionQueryKey[0],
  });

/** Only a path inside the app is a redirect target, never another site. */
export const safeRedirect = (value: unknown): string | undefined =>
  typeof value === 'string' &&
  value.startsWith('/') &&
  !value.startsWith('//') &&
  !value.startsWith('/\\')
    ? value
    : undefined;

export const PUBLIC_PATHS = ['/sign-in', '/sign-up'] as const;

export const isPublicPath = (pathname: string): boolean =>
  (PUBLIC_PATHS as readonly string[]).includes(pathname.replace(/\/+$/, '') || '/');

/** Messages the sign-in page shows after an account or its sessions ended. */
export const NOTICES = {
  'signed-out-everywhere': 'You were signed out on every device.',
  deleted: 'Your account and all its data were deleted.',
} as const;

export type Notice = keyof typeof NOTICES;

export type AuthSearch = {
  redirect?: string | undefined;
  notice?: Notice | undefined;
  /** The setup code from the link the server printed; the sign-up page takes it out at once. */
  setup?: string | undefined;
};

/** A setup code in an address, as typed there: a code of digits alone is parsed as a number. */
export const setupCodeOf = (value: unknown): string | undefined => {
  const code = typeof value === 'number' ? String(value) : value;
  return typeof code === 'string' && code.trim() !== '' && code.length <= 200
    ? code.trim()
    : undefined;
};

export const validateAuthSearch = (search: Record<string, unknown>): AuthSearch => ({
  redirect: safeRedirect(search.redirect),
  notice:
    typeof search.notice === 'string' && search.notice in NOTICES
      ? (search.notice as Notice)
      : undefined,
  setup: setupCodeOf(search.setup),
});
