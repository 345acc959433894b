import { print } from '@0no-co/graphql.web';
import type { TadaDocumentNode } from 'gql.tada';

/**
 * Sent with every state-changing request: the server refuses a POST without it, and a form on
 * another site cannot send a custom header.
 */
export const CSRF_HEADERS = { 'x-tend-csrf': '1' } as const;

export const UNREACHABLE = 'Tend could not reach its server. Check that it is running.';

/** A transport or server failure; expected errors arrive as typed results instead. */
export class RequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RequestError';
  }
}

/** No session, or it expired or was signed out elsewhere: the app sends the user to sign in. */
export class UnauthenticatedError extends RequestError {
  constructor(message = 'Sign in to continue.') {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}

export const request = async <Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  ...[variables]: Variables extends Record<string, never> ? [] : [Variables]
): Promise<Result> => {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...CSRF_HEADERS,
      },
      body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
    });
  } catch {
    throw new RequestError(UNREACHABLE);
  }
  const body = (await response.json().catch(() => null)) as {
    data?: Result;
    errors?: { message: string }[];
  } | null;
  if (response.status === 401) throw new UnauthenticatedError(body?.errors?.[0]?.message);
  if (!body) throw new RequestError(`The server answered ${response.status} without data.`);
  if (body.errors?.length) throw new RequestError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new RequestError('The server answered without data.');
  return body.data;
};

/** One problem with a REST request's body, at the path of the field it concerns. */
export type ApiIssue = { path: string[]; message: string };

/** A REST answer other than 2xx, with the server's message and any field issues. */
export class ApiError extends RequestError {
  readonly status: number;
  readonly issues: readonly ApiIssue[];

  constructor(status: number, message: string, issues: readonly ApiIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.issues = issues;
  }
}

type ErrorBody = {
  error?: { message?: string; issues?: ApiIssue[] } | string;
  errors?: { message: string }[];
} | null;

/** A REST endpoint's error answer as an ApiError. */
export const readError = (status: number, body: ErrorBody): ApiError => {
  const error = typeof body?.error === 'object' ? body.error : undefined;
  const message =
    error?.message ??
    (typeof body?.error === 'string' ? body.error : undefined) ??
    body?.errors?.map((e) => e.message).join('; ') ??
    `The server answered ${status}.`;
  return new ApiError(status, message, error?.issues ?? []);
};

/** A JSON request to one of the server's REST endpoints (sign-in and the like). */
export const requestJson = async <Result>(
  path: string,
  options: { method?: 'GET' | 'POST'; body?: unknown } = {},
): Promise<Result> => {
  const method = options.method ?? 'GET';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        accept: 'application/json',
        ...(method === 'GET' ? {} : CSRF_HEADERS),
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
  } catch {
    throw new RequestError(UNREACHABLE);
  }
  const body = (await response.json().catch(() => null)) as unknown;
  if (!response.ok) throw readError(response.status, body as ErrorBody);
  if (body === null) throw new RequestError(`The server answered ${response.status} without data.`);
  return body as Result;
};
