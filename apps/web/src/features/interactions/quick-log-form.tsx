import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { errorText, showFailure } from '../../lib/field-errors.ts';
import type { ResultOf } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { Field } from '../../ui/field.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { cancelOnEscape, QuickFormActions } from '../../ui/quick-form-actions.tsx';
import { LogInteractionMutation } from './log-touch-form.tsx';
import {
  checkTouchDraft,
  DateField,
  freshTouchDraft,
  KindField,
  type TouchInput,
  useTouchDraft,
} from './touch-fields.tsx';

export type LoggedTouch = Extract<
  ResultOf<typeof LogInteractionMutation>['logInteraction'],
  { __typename: 'Interaction' }
>;

const FIELDS = new Set(['kind', 'occurredAt', 'notes']);

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
  const notesRef = useRef<HTMLInputElement>(null);
  // No duration here: its draft stays empty, so none is sent.
  const { formRef, draft, errors, edit, showErrors } = useTouchDraft(freshTouchDraft);
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    notesRef.current?.focus();
  }, []);

  const log = useMutation({
    mutationFn: async (input: TouchInput) => {
      const result = (
        await request(LogInteractionMutation, { input: { ...input, personIds: [personId] } })
      ).logInteraction;
      if (result.__typename === 'Interaction') await onLogged(result);
      return result;
    },
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (log.isPending) return;
    setFormError(null);
    const local = checkTouchDraft(draft);
    if (!local.input) {
      showErrors(local.errors);
      return;
    }
    let result: Awaited<ReturnType<typeof log.mutateAsync>>;
    try {
      result = await log.mutateAsync(local.input);
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
      aria-label={`Log a touch with ${personName}`}
      onSubmit={onSubmit}
      onKeyDown={cancelOnEscape(log.isPending, onCancel)}
    >
      <FormError message={formError} />
      <div className="quick-form-fields">
        <KindField draft={draft} errors={errors} edit={edit} />
        <DateField draft={draft} errors={errors} edit={edit} />
        <Field label="Note" hint="optional" error={errors.notes}>
          <input
            ref={notesRef}
            value={draft.notes}
            autoComplete="off"
            onChange={(event) => edit('notes', { notes: event.target.value })}
          />
        </Field>
      </div>
      <QuickFormActions
        pending={log.isPending}
        submitLabel="Log touch"
        pendingLabel="Logging…"
        onCancel={onCancel}
      />
    </form>
  );
};
