import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { FieldErrors } from '../../lib/field-errors.ts';
import { ApiError, requestJson } from '../../lib/request.ts';
import { Field } from '../../ui/field.tsx';
import { issuesByField } from './auth-session.ts';
import { useLeaveAccount } from './use-leave-account.ts';

const FIELDS = new Set(['password', 'confirmEmail']);

const sameEmail = (typed: string, email: string) =>
  typed.trim().toLowerCase() === email.trim().toLowerCase();

/** The danger zone: the account and everything in it, gone for good. */
export const DeleteAccountSection = ({ email }: { email: string }) => {
  const leave = useLeaveAccount();
  const formRef = useRef<HTMLFormElement>(null);
  const [password, setPassword] = useState('');
  const [confirmEmail, setConfirmEmail] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  // A route, not a mutation: the server checks one password per request, outside a transaction.
  const remove = useMutation({
    mutationFn: async () => {
      await requestJson<{ deleted: true }>('/auth/delete-account', {
        method: 'POST',
        body: { password, confirmEmail: confirmEmail.trim() },
      });
      // Leaves while still pending, so the button cannot be pressed twice.
      await leave('deleted');
    },
  });
  const confirmed = sameEmail(confirmEmail, email);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!confirmed) return;
    setFormError(null);
    try {
      await remove.mutateAsync();
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) {
        flushSync(() => setErrors(issuesByField(error.issues)));
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
        const elsewhere = error.issues.filter((issue) => !FIELDS.has(issue.path[0] ?? ''));
        setFormError(elsewhere.length > 0 ? elsewhere.map((i) => i.message).join(' ') : null);
        return;
      }
      setErrors({});
      setFormError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="card danger-zone" aria-labelledby="delete-account-title">
      <h2 id="delete-account-title">Delete account</h2>
      <p>
        This deletes your account and everything in it: people, touches, groups and referrals. It
        cannot be undone.
      </p>
      <form ref={formRef} noValidate aria-labelledby="delete-account-title" onSubmit={onSubmit}>
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <Field label="Your password" error={errors.password}>
          <input
            type="password"
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
              setErrors(({ password: _, ...rest }) => rest);
            }}
            autoComplete="current-password"
            required
          />
        </Field>
        <Field label="Type your e-mail to confirm" hint={email} error={errors.confirmEmail}>
          <input
            type="email"
            value={confirmEmail}
            onChange={(event) => {
              setConfirmEmail(event.target.value);
              setErrors(({ confirmEmail: _, ...rest }) => rest);
            }}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
          />
        </Field>
        <div className="form-actions">
          <button type="submit" className="danger" disabled={!confirmed || remove.isPending}>
            {remove.isPending ? 'Deleting…' : 'Delete my account and all its data'}
          </button>
          {confirmed ? null : (
            <span className="muted">The button works once the e-mail matches.</span>
          )}
        </div>
      </form>
    </section>
  );
};
