import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { errorText } from '../../lib/field-errors.ts';
import { request } from '../../lib/request.ts';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { formatCalendarDate, formatDate } from '../../ui/dates.ts';
import { formatMoney } from '../../ui/money.ts';
import { MoveStatusForm } from './move-status-form.tsx';
import { ReferralForm } from './referral-form.tsx';
import { directionLabel, referredNameOf, statusLabel } from './referral-labels.ts';
import {
  DeleteReferralMutation,
  type ReferralView,
  ThankForReferralMutation,
} from './referral-queries.ts';

type Mode = 'view' | 'move' | 'edit';

/** One referral: who, whom, for what, where it stands and its history, with what can be done. */
export const ReferralCard = ({
  referral,
  onChanged,
}: {
  referral: ReferralView;
  onChanged: (message: string) => Promise<unknown>;
}) => {
  const [mode, setMode] = useState<Mode>('view');
  const [error, setError] = useState<string | null>(null);
  const name = referredNameOf(referral);
  const remove = useMutation({
    mutationFn: async () =>
      (await request(DeleteReferralMutation, { id: referral.id })).deleteReferral,
  });
  const thank = useMutation({
    mutationFn: async () =>
      (await request(ThankForReferralMutation, { id: referral.id })).thankForReferral,
  });
  const run = async (
    action: () => Promise<{ __typename: string; message?: string }>,
    done: string,
    ok: string,
  ) => {
    setError(null);
    try {
      const result = await action();
      if (result.__typename === ok) await onChanged(done);
      else setError(result.message ?? 'That did not work');
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  const done = async (message: string) => {
    setMode('view');
    await onChanged(message);
  };

  return (
    <li className="referral-card" data-testid="referral">
      <div className="referral-head">
        <strong>
          {referral.referredPerson ? (
            <Link to="/people/$personId" params={{ personId: referral.referredPerson.id }}>
              {name}
            </Link>
          ) : (
            name
          )}
        </strong>{' '}
        <span className={`badge referral-status status-${referral.status.toLowerCase()}`}>
          {statusLabel(referral.status)}
        </span>
      </div>
      <div className="muted">
        {directionLabel(referral.direction)} {referral.direction === 'RECEIVED' ? 'from' : 'to'}{' '}
        <Link to="/people/$personId" params={{ personId: referral.person.id }}>
          {referral.person.name}
        </Link>{' '}
        · {formatCalendarDate(referral.referredOn, { withYear: true })}
        {referral.targetBuyer ? ` · ${referral.targetBuyer.name}` : null}
        {referral.value ? ` · ${formatMoney(referral.value)}` : null}
      </div>
      {referral.notes ? <p className="prose">{referral.notes}</p> : null}
      {referral.statusHistory.length > 1 ? (
        <details>
          <summary>History</summary>
          <ol className="referral-history">
            {referral.statusHistory.map((change) => (
              <li key={`${change.status}-${change.changedOn}-${change.note ?? ''}`}>
                {statusLabel(change.status)} on{' '}
                {formatCalendarDate(change.changedOn, { withYear: true })}
                {change.note ? ` — ${change.note}` : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {referral.thankedAt ? (
        <p className="muted">Thanked on {formatDate(referral.thankedAt)}</p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {mode === 'move' ? (
        <MoveStatusForm referral={referral} onDone={done} onCancel={() => setMode('view')} />
      ) : null}
      {mode === 'edit' ? (
        <ReferralForm referral={referral} onDone={done} onCancel={() => setMode('view')} />
      ) : null}
      {mode === 'view' ? (
        <div className="form-actions">
          <button
            type="button"
            className="button-small"
            aria-label={`Move status of ${name}`}
            onClick={() => setMode('move')}
          >
            Move status
          </button>
          <button
            type="button"
            className="secondary button-small"
            aria-label={`Edit referral of ${name}`}
            onClick={() => setMode('edit')}
          >
            Edit
          </button>
          {referral.direction === 'RECEIVED' && !referral.thankedAt ? (
            <button
              type="button"
              className="secondary button-small"
              disabled={thank.isPending}
              onClick={() =>
                run(
                  () => thank.mutateAsync(),
                  `Thanked ${referral.person.name}: logged as a touch.`,
                  'Referral',
                )
              }
            >
              {thank.isPending ? 'Thanking…' : 'Thank them'}
            </button>
          ) : null}
          <ConfirmAction
            label="Delete"
            accessibleName={`Delete referral of ${name}`}
            question={`Delete the referral of ${name} and its history?`}
            confirmLabel="Delete"
            pendingLabel="Deleting…"
            pending={remove.isPending}
            onConfirm={() =>
              run(() => remove.mutateAsync(), `Referral of ${name} deleted.`, 'DeletedReferral')
            }
          />
        </div>
      ) : null}
    </li>
  );
};
