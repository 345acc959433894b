import type { KeyboardEvent } from 'react';

/** An inline form's small submit button and its Cancel, both held while the form is busy. */
export const QuickFormActions = ({
  pending,
  submitLabel,
  pendingLabel,
  danger = false,
  onCancel,
}: {
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  danger?: boolean;
  onCancel: () => void;
}) => (
  <div className="form-actions">
    <button
      type="submit"
      className={danger ? 'danger button-small' : 'button-small'}
      disabled={pending}
    >
      {pending ? pendingLabel : submitLabel}
    </button>
    <button type="button" className="secondary button-small" disabled={pending} onClick={onCancel}>
      Cancel
    </button>
  </div>
);

/** Escape closes an inline form, unless it is busy saving. */
export const cancelOnEscape =
  (pending: boolean, onCancel: () => void) => (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !pending) {
      event.stopPropagation();
      onCancel();
    }
  };
