import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { submitMutation } from '../../lib/field-errors.ts';
import { request } from '../../lib/request.ts';
import { useFieldErrors } from '../../lib/use-field-errors.ts';
import { todayInputValue } from '../../ui/dates.ts';
import { Field } from '../../ui/field.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { cancelOnEscape, QuickFormActions } from '../../ui/quick-form-actions.tsx';
import {
  isForwardMove,
  REFERRAL_STATUSES,
  type ReferralStatus,
  statusLabel,
} from './referral-labels.ts';
import { MoveReferralStatusMutation, type ReferralView } from './referral-queries.ts';

const SHOWN_FIELDS = new Set(['status', 'changedOn', 'note', 'reopen']);
const MAX_NOTE_LENGTH = 1_000;

/** The next stage of the pipeline, or lost when it is won or lost already (a reopening). */
const nextStatus = (status: ReferralStatus): ReferralStatus => {
  const later = REFERRAL_STATUSES.find((s) => isForwardMove(status, s.value));
  return later?.value ?? 'PROPOSAL';
};

/**
 * Moves a referral to another status on a day. Going back, or out of won or lost, reopens it:
 * the form says so and asks for the reopening to be confirmed before it sends.
 */
export const MoveStatusForm = ({
  referral,
  onDone,
  onCancel,
}: {
  referral: ReferralView;
  onDone: (message: string) => Promise<unknown>;
  onCancel: () => void;
}) => {
  const { formRef, errors, clearError, showErrors } = useFieldErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<ReferralStatus>(nextStatus(referral.status));
  const [changedOn, setChangedOn] = useState(todayInputValue());
  const [note, setNote] = useState('');
  const [reopen, setReopen] = useState(false);
  const reopening = status !== referral.status && !isForwardMove(referral.status, status);
  const move = useMutation({
    mutationFn: async () =>
      (
        await request(MoveReferralStatusMutation, {
          id: referral.id,
          input: { status, changedOn, note, reopen: reopening && reopen },
        })
      ).moveReferralStatus,
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (reopening && !reopen) {
      showErrors({ reopen: 'Tick the box to confirm the referral is reopened' });
      return;
    }
    await submitMutation(
      () => move.mutateAsync(),
      'Referral',
      () => onDone(`Moved to ${statusLabel(status).toLowerCase()}.`),
      SHOWN_FIELDS,
      { showErrors, setFormError },
    );
  };

  return (
    <form
      ref={formRef}
      noValidate
      className="move-status-form"
      aria-label={`Move the referral of ${referral.referredName ?? 'someone'}`}
      onSubmit={onSubmit}
      onKeyDown={cancelOnEscape(move.isPending, onCancel)}
    >
      <FormError message={formError} />
      <div className="grid-2 form-grid">
        <Field label="New status" error={errors.status}>
          <select
            value={status}
            onChange={(event) => {
              setStatus(event.target.value as ReferralStatus);
              clearError('status');
              clearError('reopen');
            }}
          >
            {REFERRAL_STATUSES.filter((s) => s.value !== referral.status).map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="On" error={errors.changedOn}>
          <input
            type="date"
            min={referral.statusHistory.at(-1)?.changedOn ?? referral.referredOn}
            max={todayInputValue()}
            value={changedOn}
            onChange={(event) => {
              setChangedOn(event.target.value);
              clearError('changedOn');
            }}
          />
        </Field>
      </div>
      {reopening ? (
        <Field
          label={`Reopen: move it back from ${statusLabel(referral.status).toLowerCase()} to ${statusLabel(status).toLowerCase()}`}
          error={errors.reopen}
        >
          <input
            type="checkbox"
            checked={reopen}
            onChange={(event) => {
              setReopen(event.target.checked);
              clearError('reopen');
            }}
          />
        </Field>
      ) : null}
      <Field label="Note" hint="(optional)" error={errors.note} limit={MAX_NOTE_LENGTH}>
        <input value={note} onChange={(event) => setNote(event.target.value)} />
      </Field>
      <QuickFormActions
        pending={move.isPending}
        submitLabel={reopening ? 'Reopen and move' : 'Move'}
        pendingLabel="Moving…"
        onCancel={onCancel}
      />
    </form>
  );
};
