import { cloneElement, type ReactElement, useId } from 'react';

/** The message for text past a field's limit; the server refuses it with the same limit. */
export const overLimitMessage = (length: number, limit: number) =>
  `At most ${limit.toLocaleString('en')} characters: this has ${length.toLocaleString('en')}`;

/**
 * A field's error beside it, announced as it appears, for the groups of boxes and other inputs
 * that are not a single `Field`. The input points at `id` with `aria-describedby`.
 */
export const FieldError = ({
  id,
  message,
  announce = true,
}: {
  id?: string;
  message: string | undefined;
  announce?: boolean;
}) =>
  message ? (
    <p className="field-error" id={id} role={announce ? 'alert' : undefined}>
      {message}
    </p>
  ) : null;

/**
 * A labelled input with its hint and its error next to it, wired for screen readers. With a
 * `limit`, the input's length is counted against it and text past it is an error at once: the
 * input takes any length (no `maxLength`, which cuts pasted text without a word).
 */
export const Field = ({
  label,
  hint,
  error,
  limit,
  children,
}: {
  label: string;
  hint?: string;
  error?: string | undefined;
  limit?: number;
  children: ReactElement<Record<string, unknown>>;
}) => {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const countId = `${id}-count`;
  const value = children.props.value;
  const length = limit !== undefined && typeof value === 'string' ? value.length : null;
  const shownError =
    error ??
    (length !== null && limit !== undefined && length > limit
      ? overLimitMessage(length, limit)
      : undefined);
  const describedBy = [
    hint ? hintId : null,
    length !== null ? countId : null,
    shownError ? errorId : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}{' '}
        {hint ? (
          <span className="hint" id={hintId}>
            {hint}
          </span>
        ) : null}
      </label>
      {cloneElement(children, {
        id,
        'aria-invalid': shownError ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {length !== null ? (
        <p className="char-count" id={countId}>
          {length.toLocaleString('en')} / {limit?.toLocaleString('en')} characters
        </p>
      ) : null}
      {/* A sent form's error is announced as it appears; the count past a limit is not, since
          it changes with every key and the field's description already carries it. */}
      <FieldError id={errorId} message={shownError} announce={error !== undefined} />
    </div>
  );
};
