/** A form-level error, announced when it appears; nothing when there is none. */
export const FormError = ({ message }: { message: string | null }) =>
  message ? (
    <p className="form-error" role="alert">
      {message}
    </p>
  ) : null;
