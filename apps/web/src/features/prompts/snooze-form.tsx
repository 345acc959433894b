import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { type FieldErrors, fieldErrorsOf, MutationErrorFields } from '../../lib/field-errors.ts';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { dateInputToIso, tomorrowInputValue } from '../../ui/dates.ts';
import { Field } from '../../ui/field.tsx';

const SnoozePromptMutation = graphql(
  `
  mutation SnoozePrompt($id: ID!, $input: SnoozePromptInput!) {
    snoozePrompt(id: $id, input: $input) {
      __typename
      ... on Prompt {
        id
        status
        snoozedUntil
      }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

type Choice = 'WEEK' | 'MONTH' | 'UNTIL';

/** A week, a month, or until a day the user picks; the prompt comes back on its own then. */
export const SnoozeForm = ({
  promptId,
  personName,
  onSnoozed,
  onCancel,
}: {
  promptId: string;
  personName: string;
  onSnoozed: (until: string) => Promise<unknown>;
  onCancel: () => void;
}) => {
  const titleId = useId();
  const firstRef = useRef<HTMLButtonElement>(null);
  const [date, setDate] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    firstRef.current?.focus();
  }, []);

  const snooze = useMutation({
    mutationFn: async ({ choice, until }: { choice: Choice; until: string | null }) => {
      const result = (
        await request(SnoozePromptMutation, { id: promptId, input: { choice, until } })
      ).snoozePrompt;
      if (result.__typename === 'Prompt') await onSnoozed(result.snoozedUntil ?? '');
      return result;
    },
  });

  const run = async (choice: Choice, until: string | null = null) => {
    setFormError(null);
    setErrors({});
    let result: Awaited<ReturnType<typeof snooze.mutateAsync>>;
    try {
      result = await snooze.mutateAsync({ choice, until });
    } catch (error) {
      setFormError(error instanceof Error ? error.message : String(error));
      return;
    }
    if (result.__typename === 'ValidationError') {
      const byField = fieldErrorsOf(result);
      setErrors(byField);
      if (!byField.until) setFormError(result.message);
    } else if (result.__typename === 'NotFoundError') {
      setFormError(result.message);
    }
  };

  const onSubmitDate = (event: FormEvent) => {
    event.preventDefault();
    const until = dateInputToIso(date);
    if (!until) {
      setErrors({ until: 'Choose a date' });
      return;
    }
    void run('UNTIL', until);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !snooze.isPending) {
      event.stopPropagation();
      onCancel();
    }
  };

  const pending = snooze.isPending ? snooze.variables.choice : null;
  return (
    <form
      className="quick-form"
      noValidate
      aria-labelledby={titleId}
      onSubmit={onSubmitDate}
      onKeyDown={onKeyDown}
    >
      <p id={titleId} className="quick-form-title">
        Snooze the prompt for {personName}
      </p>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="form-actions">
        <button
          ref={firstRef}
          type="button"
          className="secondary button-small"
          disabled={snooze.isPending}
          onClick={() => void run('WEEK')}
        >
          {pending === 'WEEK' ? 'Snoozing…' : 'A week'}
        </button>
        <button
          type="button"
          className="secondary button-small"
          disabled={snooze.isPending}
          onClick={() => void run('MONTH')}
        >
          {pending === 'MONTH' ? 'Snoozing…' : 'A month'}
        </button>
      </div>
      <div className="snooze-until">
        <Field label="Until" error={errors.until}>
          <input
            type="date"
            min={tomorrowInputValue()}
            value={date}
            onChange={(event) => {
              setDate(event.target.value);
              setErrors({});
            }}
          />
        </Field>
        <button type="submit" className="secondary button-small" disabled={snooze.isPending}>
          {pending === 'UNTIL' ? 'Snoozing…' : 'Snooze until then'}
        </button>
      </div>
      <div className="form-actions">
        <button type="button" className="link" disabled={snooze.isPending} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
};
