import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type FieldErrors, fieldErrorsOf, MutationErrorFields } from '../../lib/field-errors.ts';
import { graphql, type VariablesOf } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { dateInputToIso, formatDate, todayInputValue } from '../../ui/dates.ts';
import { Field } from '../../ui/field.tsx';
import { INTERACTION_KINDS, type InteractionKind, isInteractionKind } from './interaction-kinds.ts';

export const LogInteractionMutation = graphql(
  `
  mutation LogInteraction($input: LogInteractionInput!) {
    logInteraction(input: $input) {
      __typename
      ... on Interaction {
        id
        kindLabel
        isDepthTouch
        occurredAt
      }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

type LogInput = VariablesOf<typeof LogInteractionMutation>['input'];

const MAX_DURATION_MINUTES = 24 * 60;
const FORM_FIELDS = new Set(['kind', 'occurredAt', 'durationMinutes', 'notes']);

type Draft = { kind: InteractionKind; date: string; duration: string; notes: string };

const freshDraft = (): Draft => ({
  kind: 'ONE_TO_ONE',
  date: todayInputValue(),
  duration: '',
  notes: '',
});

type Checked =
  | { errors: FieldErrors; input: null }
  | { errors: null; input: Omit<LogInput, 'personIds'> };

/** The checks the GraphQL types would otherwise reject as a whole request, not per field. */
const checkLocally = (draft: Draft): Checked => {
  const errors: FieldErrors = {};
  const occurredAt = dateInputToIso(draft.date);
  if (!occurredAt) errors.occurredAt = 'Enter the date of the touch';
  const duration = draft.duration.trim() === '' ? null : Number(draft.duration);
  if (
    duration !== null &&
    !(Number.isInteger(duration) && duration >= 0 && duration <= MAX_DURATION_MINUTES)
  ) {
    errors.durationMinutes = `Duration must be whole minutes, from 0 to ${MAX_DURATION_MINUTES}`;
  }
  if (!occurredAt || Object.keys(errors).length > 0) return { errors, input: null };
  return {
    errors: null,
    input: {
      kind: draft.kind,
      occurredAt,
      durationMinutes: duration,
      notes: draft.notes.trim() || null,
    },
  };
};

export const LogTouchForm = ({
  personId,
  onLogged,
}: {
  personId: string;
  onLogged: () => Promise<unknown>;
}) => {
  const [draft, setDraft] = useState<Draft>(freshDraft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [logged, setLogged] = useState('');

  const log = useMutation({
    mutationFn: async (input: LogInput) => {
      const result = (await request(LogInteractionMutation, { input })).logInteraction;
      // The new due date and timeline arrive before the form says "logged".
      if (result.__typename === 'Interaction') await onLogged();
      return result;
    },
  });

  // Editing a field takes its old error away, and the last "logged" message with it.
  const edit = (field: string, patch: Partial<Draft>) => {
    setLogged('');
    setDraft((prev) => ({ ...prev, ...patch }));
    setErrors((prev) =>
      field in prev
        ? Object.fromEntries(Object.entries(prev).filter(([key]) => key !== field))
        : prev,
    );
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setLogged('');
    const local = checkLocally(draft);
    setErrors(local.errors ?? {});
    if (!local.input) return;
    let result: Awaited<ReturnType<typeof log.mutateAsync>>;
    try {
      result = await log.mutateAsync({ ...local.input, personIds: [personId] });
    } catch (error) {
      setFormError(error instanceof Error ? error.message : String(error));
      return;
    }
    if (result.__typename === 'Interaction') {
      setDraft(freshDraft());
      setLogged(
        `Logged: ${result.kindLabel} on ${formatDate(result.occurredAt)} (${
          result.isDepthTouch ? 'depth touch' : 'visibility touch'
        }).`,
      );
      return;
    }
    if (result.__typename === 'ValidationError') {
      setErrors(fieldErrorsOf(result));
      const elsewhere = result.issues.filter(
        (issue) => !FORM_FIELDS.has(issue.field.split('.')[0] ?? ''),
      );
      if (elsewhere.length > 0) setFormError(elsewhere.map((issue) => issue.message).join(' '));
      return;
    }
    setFormError(result.message);
  };

  return (
    <form className="card" noValidate onSubmit={onSubmit} aria-labelledby="log-touch-title">
      <h2 id="log-touch-title">Log a touch</h2>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="grid-2 form-grid">
        <Field label="Kind" error={errors.kind}>
          <select
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
          value={draft.notes}
          onChange={(event) => edit('notes', { notes: event.target.value })}
        />
      </Field>
      <div className="form-actions">
        <button type="submit" disabled={log.isPending}>
          {log.isPending ? 'Logging…' : 'Log touch'}
        </button>
        <p className="form-success" role="status">
          {logged}
        </p>
      </div>
    </form>
  );
};
