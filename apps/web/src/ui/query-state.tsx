import type { ReactNode } from 'react';

/** The loading and error states every data view shows the same way. */
export const QueryState = ({
  isPending,
  error,
  onRetry,
  children,
}: {
  isPending: boolean;
  error: Error | null;
  onRetry?: () => void;
  children: ReactNode;
}) => {
  if (error) {
    return (
      <div className="error-state" role="alert">
        <p>{error.message}</p>
        {onRetry ? (
          <button type="button" className="secondary" onClick={onRetry}>
            Try again
          </button>
        ) : null}
      </div>
    );
  }
  if (isPending) {
    return (
      <p className="loading" role="status">
        Loading…
      </p>
    );
  }
  return <>{children}</>;
};
