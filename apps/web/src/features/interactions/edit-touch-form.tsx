import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { errorText, MutationErrorFields, showFailure } from '../../lib/field-errors.ts';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { isoToDateInput } from '../../ui/dates.ts';
import { FormError } from '../../ui/form-error.tsx';
import type { Money } from '../../ui/money.ts';
import { cancelOnEscape, QuickFormActions } from '../../ui/quick-form-actions.tsx';
import type { InteractionKind } from './interaction-kinds.ts';
import {
  checkTouchDraft,
  TouchFields,
  type TouchInput,
  touchDraftOf,
  useTouchDraft,
} from './touch-fields.tsx';

const UpdateInteractionMutation = graphql(
  `
  mutation UpdateInteraction($id: ID!, $input: UpdateInteractionInput!) {
    updateInteraction(id: $id, input: $input) {
      __typename
      ... on Interaction {
        id
      }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

const FIELDS = new Set(['kind', 'occurredAt', 'durationMinutes', 'cost', 'notes']);

export type EditableTouch = {
  id: string;
  kind: InteractionKind;
  occurredAt: string;
  durationMinutes: number | null;
  cost: Money | null;
  notes: string | null;
};

/** The log form's fields, in place of the timeline entry; the people in the touch stay. */
export const EditTouchForm = ({
  touch,
  onSaved,
  onCancel,
}: {
  touch: EditableTouch;
  onSaved: () => Promise<unknown>;
  onCancel: () => void;
}) => {
  const kindRef = useRef<HTMLSelectElement>(null);
  const originalDate = isoToDateInput(touch.occurredAt);
  const { formRef, draft, errors, edit, showErrors } = useTouchDraft(() => touchDraftOf(touch));
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    kindRef.current?.focus();
  }, []);

  const update = useMutation({
    mutationFn: async (input: TouchInput) => {
      const result = (await request(UpdateInteractionMutation, { id: touch.id, input }))
        .updateInteraction;
      if (result.__typename === 'Interaction') await onSaved();
      return result;
    },
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    // An unchanged day keeps the touch's own time, so saving never moves it.
    const local = checkTouchDraft(draft, { date: originalDate, occurredAt: touch.occurredAt });
    if (!local.input) {
      showErrors(local.errors);
      return;
    }
    let result: Awaited<ReturnType<typeof update.mutateAsync>>;
    try {
      result = await update.mutateAsync(local.input);
    } catch (error) {
      setFormError(errorText(error));
      return;
    }
    if (result.__typename === 'Interaction') return;
    showFailure(result, FIELDS, { showErrors, setFormError });
  };

  return (
    <form
      ref={formRef}
      className="quick-form"
      noValidate
      aria-label="Edit touch"
      onSubmit={onSubmit}
      onKeyDown={cancelOnEscape(update.isPending, onCancel)}
    >
      <FormError message={formError} />
      <TouchFields draft={draft} errors={errors} edit={edit} kindRef={kindRef} compactNotes />
      <QuickFormActions
        pending={update.isPending}
        submitLabel="Save touch"
        pendingLabel="Saving…"
        onCancel={onCancel}
      />
    </form>
  );
};
