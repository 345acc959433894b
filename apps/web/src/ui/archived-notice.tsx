/**
 * What an archived thing's page says about it, with the way back; and why archiving or
 * restoring failed, if it did.
 */
export const ArchivedNotice = ({
  archived,
  text,
  restoreLabel,
  pendingLabel,
  pending,
  error,
  onRestore,
}: {
  archived: boolean;
  text: string;
  restoreLabel: string;
  pendingLabel: string;
  pending: boolean;
  error: Error | null;
  onRestore: () => void;
}) => (
  <>
    {archived ? (
      <div className="notice" role="status">
        <span>{text}</span>
        <button
          type="button"
          className="secondary button-small"
          disabled={pending}
          onClick={onRestore}
        >
          {pending ? pendingLabel : restoreLabel}
        </button>
      </div>
    ) : null}
    {error ? (
      <p className="form-error" role="alert">
        {error.message}
      </p>
    ) : null}
  </>
);
