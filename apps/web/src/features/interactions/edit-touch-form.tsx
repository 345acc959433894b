import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { type FieldErrors, fieldErrorsOf, MutationErrorFields } from '../../lib/field-errors.ts';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { dateInputToIso, isoToDateInput, todayInputValue } from '../../ui/dates.ts';
import { Field } from '../../ui/field.tsx';
import { INTERACTION_KINDS, type InteractionKind, isInteractionKind } from './interaction-kinds.ts';

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

const MAX_DURATION_MINUTES = 24 * 60;
const FIELDS = new Set(['kind', 'occurredAt', 'durationMinutes', 'notes']);

export type EditableTouch = {
  id: string;
  kind: InteractionKind;
  occurredAt: string;
  durationMinutes: number | null;
  cost: number | null;
  notes: string | null;
};

type Draft = { kind: InteractionKind; date: string; duration: string; notes: string };

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
  const formRef = useRef<HTMLFormElement>(null);
  const kindRef = useRef<HTMLSelectElement>(null);
  const originalDate = isoToDateInput(touch.occurredAt);
  const [draft, setDraft] = useState<Draft>({
    kind: touch.kind,
    date: originalDate,
    duration: touch.durationMinutes === null ? '' : String(touch.durationMinutes),
    notes: touch.notes ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    kindRef.current?.focus();
  }, []);

  const update = useMutation({
    mutationFn: async (input: {
      kind: InteractionKind;
      occurredAt: string;
      durationMinutes: number | null;
      notes: string | null;
      cost: number | null;
    }) => {
      const result = (await request(UpdateInteractionMutation, { id: touch.id, input }))
        .updateInteraction;
      if (result.__typename === 'Interaction') await onSaved();
      return result;
    },
  });

  const edit = (field: string, patch: Partial<Draft>) => {
    setDraft((prev) => ({ ...prev, ...patch }));
    setErrors((prev) =>
      field in prev ? Object.fromEntries(Object.entries(prev).filter(([f]) => f !== field)) : prev,
    );
  };

  const showErrors = (byField: FieldErrors) => {
    flushSync(() => setErrors(byField));
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const local: FieldErrors = {};
    // An unchanged day keeps the touch's own time, so saving never moves it.
    const occurredAt = draft.date === originalDate ? touch.occurredAt : dateInputToIso(draft.date);
    if (!occurredAt) local.occurredAt = 'Enter the date of the touch';
    const duration = draft.duration.trim() === '' ? null : Number(draft.duration);
    if (
      duration !== null &&
      !(Number.isInteger(duration) && duration >= 0 && duration <= MAX_DURATION_MINUTES)
    ) {
      local.durationMinutes = `Duration must be whole minutes, from 0 to ${MAX_DURATION_MINUTES}`;
    }
    if (!occurredAt || Object.keys(local).length > 0) {
      showErrors(local);
      return;
    }
    let result: Awaited<ReturnType<typeof update.mutateAsync>>;
    try {
      result = await update.mutateAsync({
        kind: draft.kind,
        occurredAt,
        durationMinutes: duration,
        notes: draft.notes.trim() || null,
        cost: touch.cost,
      });
    } catch (error) {
      setFormError(error instanceof Error ? error.message : String(error));
      return;
    }
    if (result.__typename === 'Interaction') return;
    if (result.__typename === 'ValidationError') {
      showErrors(fieldErrorsOf(result));
      const elsewhere = result.issues.filter(
        (issue) => !FIELDS.has(issue.field.split('.')[0] ?? ''),
      );
      if (elsewhere.length > 0) setFormError(elsewhere.map((issue) => issue.message).join(' '));
      return;
    }
    setFormError(result.message);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !update.isPending) {
      event.stopPropagation();
      onCancel();
    }
  };

  return (
    <form
      ref={formRef}
      className="quick-form"
      noValidate
      aria-label="Edit touch"
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
    >
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="grid-2 form-grid">
        <Field label="Kind" error={errors.kind}>
          <select
            ref={kindRef}
            value={draft.kind}
            onChange={(event) => {
              const kind = event.target.value;
              if (isInteractionKind(kind)) edit('kind', { kind });
            }}
          >
            {INTERACTION_KINDS.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Date" error={errors.occurredAt}>
          <input
            type="date"
            required
            max={todayInputValue()}
            value={draft.date}
            onChange={(event) => edit('occurredAt', { date: event.target.value })}
          />
        </Field>
      </div>
      <Field label="Duration" hint="minutes, optional" error={errors.durationMinutes}>
        <input
          inputMode="numeric"
          value={draft.duration}
          onChange={(event) => edit('durationMinutes', { duration: event.target.value })}
        />
      </Field>
      <Field label="Notes" hint="optional" error={errors.notes}>
        <textarea
          className="compact"
          value={draft.notes}
          onChange={(event) => edit('notes', { notes: event.target.value })}
        />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button-small" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save touch'}
        </button>
        <button
          type="button"
          className="secondary button-small"
          disabled={update.isPending}
          onClick={onCancel}
        >
          Cancel
        </button>
      </div>
    </form>
  );
};
