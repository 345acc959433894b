import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { type FieldErrors, fieldErrorsOf } from '../../lib/field-errors.ts';
import type { ResultOf } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { dateInputToIso, todayInputValue } from '../../ui/dates.ts';
import { Field } from '../../ui/field.tsx';
import { INTERACTION_KINDS, type InteractionKind, isInteractionKind } from './interaction-kinds.ts';
import { LogInteractionMutation } from './log-touch-form.tsx';

export type LoggedTouch = Extract<
  ResultOf<typeof LogInteractionMutation>['logInteraction'],
  { __typename: 'Interaction' }
>;

const FIELDS = new Set(['kind', 'occurredAt', 'notes']);

type Draft = { kind: InteractionKind; date: string; notes: string };

/**
 * The 20-second log: kind (a one-to-one unless changed), today, an optional note. Opens with
 * the note focused, so typing it and pressing Enter logs the touch; Escape closes it.
 */
export const QuickLogForm = ({
  personId,
  personName,
  onLogged,
  onCancel,
}: {
  personId: string;
  personName: string;
  /** Called once the touch is saved; the form stays busy until it settles. */
  onLogged: (touch: LoggedTouch) => Promise<unknown>;
  onCancel: () => void;
}) => {
  const formRef = useRef<HTMLFormElement>(null);
  const notesRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<Draft>(() => ({
    kind: 'ONE_TO_ONE',
    date: todayInputValue(),
    notes: '',
  }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    notesRef.current?.focus();
  }, []);

  const log = useMutation({
    mutationFn: async (input: Draft & { occurredAt: string }) => {
      const result = (
        await request(LogInteractionMutation, {
          input: {
            kind: input.kind,
            occurredAt: input.occurredAt,
            notes: input.notes.trim() || null,
            durationMinutes: null,
            personIds: [personId],
          },
        })
      ).logInteraction;
      if (result.__typename === 'Interaction') await onLogged(result);
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
    if (log.isPending) return;
    setFormError(null);
    const occurredAt = dateInputToIso(draft.date);
    if (!occurredAt) {
      showErrors({ occurredAt: 'Enter the date of the touch' });
      return;
    }
    let result: Awaited<ReturnType<typeof log.mutateAsync>>;
    try {
      result = await log.mutateAsync({ ...draft, occurredAt });
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
    if (event.key === 'Escape' && !log.isPending) {
      event.stopPropagation();
      onCancel();
    }
  };

  return (
    <form
      ref={formRef}
      className="quick-form"
      noValidate
      aria-label={`Log a touch with ${personName}`}
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
    >
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <div className="quick-form-fields">
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
        <Field label="Note" hint="optional" error={errors.notes}>
          <input
            ref={notesRef}
            value={draft.notes}
            autoComplete="off"
            onChange={(event) => edit('notes', { notes: event.target.value })}
          />
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button-small" disabled={log.isPending}>
          {log.isPending ? 'Logging…' : 'Log touch'}
        </button>
        <button
          type="button"
          className="secondary button-small"
          disabled={log.isPending}
          onClick={onCancel}
        >
          Cancel
        </button>
      </div>
    </form>
  );
};
