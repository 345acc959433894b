import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { MutationErrorFields, submitMutation } from '../../lib/field-errors.ts';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { useFieldErrors } from '../../lib/use-field-errors.ts';
import { Field } from '../../ui/field.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { cancelOnEscape, QuickFormActions } from '../../ui/quick-form-actions.tsx';
import type { OneToOneView } from './one-to-one-fields.ts';

const CompleteMutation = graphql(
  `
  mutation CompleteOneToOne($id: ID!, $input: CompleteOneToOneInput) {
    completeOneToOne(id: $id, input: $input) {
      __typename
      ... on CompleteOneToOnePayload {
        oneToOne {
          id
          status
        }
      }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

const FORM_FIELDS = new Set(['notes', 'durationMinutes']);
/** A touch's notes limit: a longer agenda shows as too long, to be shortened, never cut. */
const NOTES_MAX_LENGTH = 10_000;

/**
 * Marks a one-to-one done: it is logged as a one-to-one touch whose notes start from the
 * agenda, so what was learned is written where it was planned.
 */
export const CompleteForm = ({
  oneToOne,
  onCompleted,
  onCancel,
}: {
  oneToOne: OneToOneView;
  onCompleted: () => Promise<unknown>;
  onCancel: () => void;
}) => {
  const [notes, setNotes] = useState(oneToOne.agendaText);
  const [duration, setDuration] = useState(String(oneToOne.durationMinutes));
  const { formRef, errors, clearError, showErrors } = useFieldErrors();
  const [formError, setFormError] = useState<string | null>(null);

  const complete = useMutation({
    mutationFn: async (input: { notes: string | null; durationMinutes: number }) => {
      const result = (await request(CompleteMutation, { id: oneToOne.id, input })).completeOneToOne;
      if (result.__typename === 'CompleteOneToOnePayload') await onCompleted();
      return result;
    },
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const minutes = Number(duration);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) {
      showErrors({ durationMinutes: 'Duration must be whole minutes, from 1 to 1440' });
      return;
    }
    // Once done, the mutation itself closes the form (`onCompleted`).
    await submitMutation(
      () => complete.mutateAsync({ notes: notes.trim() || null, durationMinutes: minutes }),
      'CompleteOneToOnePayload',
      () => {},
      FORM_FIELDS,
      { showErrors, setFormError },
    );
  };

  return (
    <form
      ref={formRef}
      className="one-to-one-form"
      noValidate
      onSubmit={onSubmit}
      onKeyDown={cancelOnEscape(complete.isPending, onCancel)}
      aria-label="Mark the one-to-one done"
    >
      <FormError message={formError} />
      <Field
        label="What you learned"
        hint="(logged as the touch's notes)"
        error={errors.notes}
        limit={NOTES_MAX_LENGTH}
      >
        <textarea
          rows={6}
          value={notes}
          onChange={(event) => {
            clearError('notes');
            setNotes(event.target.value);
          }}
        />
      </Field>
      <Field label="Minutes" error={errors.durationMinutes}>
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={1440}
          value={duration}
          onChange={(event) => {
            clearError('durationMinutes');
            setDuration(event.target.value);
          }}
        />
      </Field>
      <QuickFormActions
        pending={complete.isPending}
        submitLabel="Log it as done"
        pendingLabel="Logging…"
        onCancel={onCancel}
      />
    </form>
  );
};
