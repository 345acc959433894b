import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { FieldErrors } from '../../lib/field-errors.ts';
import { ApiError } from '../../lib/request.ts';
import { forgetAccountData, issuesByField, refreshAuthSession } from './auth-session.ts';

/**
 * Sign-in and sign-up share this: field issues (400, or a refused setup code) go next to their
 * inputs, anything else (wrong password, sign-up closed, too many attempts) above the form; on
 * success the cache starts over for the new account and the user goes where they were headed.
 */
export const useCredentialsForm = <Input>({
  send,
  fields,
  redirect,
  onFieldErrors,
}: {
  send: (input: Input) => Promise<unknown>;
  fields: readonly string[];
  redirect: string | undefined;
  /** Told of the fields in error in the same render, so a field shown only then gets focus. */
  onFieldErrors?: (errors: FieldErrors) => void;
}) => {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: send,
    // Awaited before the mutation settles, so the button stays disabled until the page changes.
    onSuccess: async () => {
      forgetAccountData(queryClient);
      await refreshAuthSession(queryClient);
      if (redirect) await navigate({ href: redirect, replace: true });
      else await navigate({ to: '/', replace: true });
    },
  });

  const submit = async (input: Input) => {
    setFormError(null);
    try {
      await mutation.mutateAsync(input);
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) {
        const byField = issuesByField(error.issues);
        const here = Object.fromEntries(
          Object.entries(byField).filter(([field]) => fields.includes(field)),
        );
        const elsewhere = Object.entries(byField).filter(([field]) => !fields.includes(field));
        // Rendered at once so focus can move to the first field in error.
        flushSync(() => {
          setErrors(here);
          onFieldErrors?.(here);
        });
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
        setFormError(
          elsewhere.length > 0 ? elsewhere.map(([, message]) => message).join(' ') : null,
        );
        return;
      }
      setErrors({});
      setFormError(error instanceof Error ? error.message : String(error));
    }
  };

  // Editing a field takes its old error away; the server judges it again on the next submit.
  const clearError = (field: string) =>
    setErrors((prev) =>
      field in prev ? Object.fromEntries(Object.entries(prev).filter(([f]) => f !== field)) : prev,
    );

  return { formRef, errors, formError, submit, clearError, pending: mutation.isPending };
};
