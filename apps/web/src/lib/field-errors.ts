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

/**
 * Each issue under its input's name (the path's first part, so `emails.2` shows at the e-mails)
 * and under its whole path; several issues at one input are all shown, one after another, so
 * every bad entry of a list is named, not just the last.
 */
export const fieldErrorsOf = (
  result:
    | { __typename?: string; issues?: readonly { field: string; message: string }[] }
    | null
    | undefined,
): FieldErrors => {
  const byField: Record<string, string[]> = {};
  for (const issue of result?.issues ?? []) {
    const input = issue.field.split('.')[0] ?? issue.field;
    for (const key of new Set([input, issue.field])) {
      const messages = byField[key] ?? [];
      byField[key] = messages.includes(issue.message) ? messages : [...messages, issue.message];
    }
  }
  return Object.fromEntries(
    Object.entries(byField).map(([field, messages]) => [field, messages.join(' ')]),
  );
};

/**
 * The validation messages for fields a form does not show, joined into one form-level line;
 * null when every issue has its own input.
 */
type Issue = { field: string; message: string };

export const issuesOutside = (
  issues: readonly { field: string; message: string }[],
  shownFields: ReadonlySet<string>,
): string | null => {
  const elsewhere = issues.filter((issue) => !shownFields.has(issue.field.split('.')[0] ?? ''));
  return elsewhere.length > 0 ? elsewhere.map((issue) => issue.message).join(' ') : null;
};

/** A thrown request error as a form-level message. */
export const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

type Failure = { __typename: string; message: string; issues?: readonly Issue[] };
type FormFeedback = {
  showErrors: (byField: FieldErrors) => void;
  setFormError: (message: string) => void;
};

/**
 * A mutation's error result shown on its form: validation issues next to their inputs (the
 * rest as one form-level line), any other error as the form's message.
 */
export const showFailure = (
  result: Failure,
  shownFields: ReadonlySet<string>,
  form: FormFeedback,
) => {
  if (result.__typename === 'ValidationError') {
    form.showErrors(fieldErrorsOf(result));
    const elsewhere = issuesOutside(result.issues ?? [], shownFields);
    if (elsewhere) form.setFormError(elsewhere);
    return;
  }
  form.setFormError(result.message);
};

/**
 * Sends a form's mutation and, when it answers the saved thing (`saved`), runs `onSaved`; a
 * refusal is shown on the form, as is a request (or an `onSaved`) that fails.
 */
export const submitMutation = async <
  Result extends { __typename: string },
  Saved extends Result['__typename'],
>(
  send: () => Promise<Result>,
  saved: Saved,
  onSaved: (result: Extract<Result, { __typename: Saved }>) => unknown,
  shownFields: ReadonlySet<string>,
  form: FormFeedback,
): Promise<void> => {
  try {
    const result = await send();
    if (result.__typename === saved) {
      await onSaved(result as Extract<Result, { __typename: Saved }>);
      return;
    }
    // Whatever is not the saved thing is one of the mutation's error results.
    showFailure(result as unknown as Failure, shownFields, form);
  } catch (error) {
    form.setFormError(errorText(error));
  }
};
