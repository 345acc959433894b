import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import {
  errorText,
  type FieldErrors,
  fieldErrorsOf,
  MutationErrorFields,
} from '../../lib/field-errors.ts';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { Field } from '../../ui/field.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { cancelOnEscape, QuickFormActions } from '../../ui/quick-form-actions.tsx';

const DismissPromptMutation = graphql(
  `
  mutation DismissPrompt($id: ID!, $input: DismissPromptInput!) {
    dismissPrompt(id: $id, input: $input) {
      __typename
      ... on Prompt {
        id
        status
      }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

/** Closing a prompt without a touch asks why, and the reason stays in the person's history. */
export const DismissForm = ({
  promptId,
  personName,
  onDismissed,
  onCancel,
}: {
  promptId: string;
  personName: string;
  onDismissed: () => Promise<unknown>;
  onCancel: () => void;
}) => {
  const inputRef = useRef<HTMLInputElement>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  const dismiss = useMutation({
    mutationFn: async (text: string) => {
      const result = (
        await request(DismissPromptMutation, { id: promptId, input: { reason: text } })
      ).dismissPrompt;
      if (result.__typename === 'Prompt') await onDismissed();
      return result;
    },
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (dismiss.isPending) return;
    setFormError(null);
    let result: Awaited<ReturnType<typeof dismiss.mutateAsync>>;
    try {
      result = await dismiss.mutateAsync(reason);
    } catch (error) {
      setFormError(errorText(error));
      return;
    }
    if (result.__typename === 'ValidationError') {
      const byField = fieldErrorsOf(result);
      flushSync(() => setErrors(byField));
      inputRef.current?.focus();
      if (!byField.reason) setFormError(result.message);
    } else if (result.__typename === 'NotFoundError') {
      setFormError(result.message);
    }
  };

  return (
    <form
      className="quick-form"
      noValidate
      aria-label={`Dismiss the prompt for ${personName}`}
      onSubmit={onSubmit}
      onKeyDown={cancelOnEscape(dismiss.isPending, onCancel)}
    >
      <FormError message={formError} />
      <Field label="Why dismiss it?" hint="kept in their history" error={errors.reason} limit={500}>
        <input
          ref={inputRef}
          value={reason}
          autoComplete="off"
          onChange={(event) => {
            setReason(event.target.value);
            setErrors({});
          }}
        />
      </Field>
      <QuickFormActions
        pending={dismiss.isPending}
        submitLabel="Dismiss prompt"
        pendingLabel="Dismissing…"
        danger
        onCancel={onCancel}
      />
    </form>
  );
};
