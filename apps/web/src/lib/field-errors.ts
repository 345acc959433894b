import { graphql } from './graphql.ts';

/** What every mutation's error results carry; unmasked so forms read it directly. */
export const MutationErrorFields = graphql(`
  fragment MutationErrorFields on Error @_unmask {
    message
    ... on ValidationError {
      issues {
        field
        message
      }
    }
  }
`);

/** Server validation issues keyed by field, for showing each next to its input. */
export type FieldErrors = Record<string, string>;

export const fieldErrorsOf = (
  result:
    | { __typename?: string; issues?: readonly { field: string; message: string }[] }
    | null
    | undefined,
): FieldErrors =>
  Object.fromEntries(
    (result?.issues ?? []).map((issue) => [
      issue.field.split('.')[0] ?? issue.field,
      issue.message,
    ]),
  );
