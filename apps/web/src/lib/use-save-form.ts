import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { errorText, fieldErrorsOf, issuesOutside } from './field-errors.ts';
import { useFieldErrors } from './use-field-errors.ts';

type Issue = { field: string; message: string };

/** What a create or update mutation answers: the saved thing (`Saved`), or why not. */
export type SaveResult<Saved extends string> =
  | { __typename: Saved }
  | {
      __typename: 'ValidationError' | 'NotFoundError';
      message: string;
      issues?: readonly Issue[] | undefined;
    };

/** A list typed as text: one entry per comma or line. */
export const splitEntries = (text: string): string[] =>
  text
    .split(/[,\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean);

/**
 * A form that saves through one mutation: a refusal's issues go to their fields (focus on the
 * first), issues for fields the form does not show go to the top, as does any other failure.
 * `save` does what follows a success before it resolves, so the button stays held until then;
 * `explain` may reword the issues first (naming the bad entry of a list).
 */
/**
 * The number fields whose typed text is no number at all (NaN), with the message each gets:
 * such text cannot be sent as a number, so it is refused at its field before sending.
 */
export const notNumberErrors = <Input>(
  input: Input,
  keys: readonly (keyof Input & string)[],
): Record<string, string> | null => {
  const bad = keys.filter((key) => Number.isNaN(input[key]));
  return bad.length > 0
    ? Object.fromEntries(bad.map((key) => [key, 'Enter a whole number']))
    : null;
};

export const useSaveForm = <Input, Saved extends string>(
  save: (input: Input) => Promise<SaveResult<Saved>>,
  saved: Saved,
  shownFields: ReadonlySet<string>,
) => {
  const [formError, setFormError] = useState<string | null>(null);
  const fieldErrors = useFieldErrors();
  const saving = useMutation({ mutationFn: save });

  const submit = async (
    input: Input,
    explain: (issues: readonly Issue[]) => readonly Issue[] = (issues) => issues,
  ) => {
    setFormError(null);
    let result: SaveResult<Saved>;
    try {
      result = await saving.mutateAsync(input);
    } catch (error) {
      setFormError(errorText(error));
      return;
    }
    if (result.__typename === saved) return;
    if ('message' in result && result.__typename === 'ValidationError') {
      const issues = explain(result.issues ?? []);
      fieldErrors.showErrors(fieldErrorsOf({ issues }));
      setFormError(
        issuesOutside(issues, shownFields) ??
          'Some fields need attention: see the messages below them.',
      );
      return;
    }
    fieldErrors.showErrors({});
    setFormError('message' in result ? result.message : null);
  };

  return { ...fieldErrors, formError, setFormError, saving, submit };
};
