import { useEffect, useId, useRef, useState } from 'react';

/**
 * A button whose action waits for an inline "are you sure?" step: no modal to trap focus in,
 * and it reads well on a phone.
 */
export const ConfirmAction = ({
  label,
  accessibleName,
  question,
  confirmLabel,
  pendingLabel,
  pending,
  onConfirm,
}: {
  label: string;
  /** The button's name when its short label needs context (say, which tag it removes). */
  accessibleName?: string;
  question: string;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  onConfirm: () => void;
}) => {
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Focus follows the step, so keyboard users land on the new buttons and back again on cancel.
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) {
      cancelRef.current?.focus();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      triggerRef.current?.focus();
    }
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className="secondary button-small"
        aria-label={accessibleName}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <fieldset className="confirm" aria-labelledby={questionId}>
      <span id={questionId}>{question}</span>
      <span className="confirm-actions">
        <button
          type="button"
          className="danger button-small"
          disabled={pending}
          onClick={onConfirm}
        >
          {pending ? pendingLabel : confirmLabel}
        </button>
        <button
          ref={cancelRef}
          type="button"
          className="secondary button-small"
          disabled={pending}
          onClick={() => {
            returnFocus.current = true;
            setAsking(false);
          }}
        >
          Cancel
        </button>
      </span>
    </fieldset>
  );
};
