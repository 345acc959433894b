import { print } from '@0no-co/graphql.web';
import type { TadaDocumentNode } from 'gql.tada';

/** A transport or server failure; expected errors arrive as typed results instead. */
export class RequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RequestError';
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
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
    });
  } catch {
    throw new RequestError('Tend could not reach its server. Check that it is running.');
  }
  const body = (await response.json().catch(() => null)) as {
    data?: Result;
    errors?: { message: string }[];
  } | null;
  if (!body) throw new RequestError(`The server answered ${response.status} without data.`);
  if (body.errors?.length) throw new RequestError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new RequestError('The server answered without data.');
  return body.data;
};
