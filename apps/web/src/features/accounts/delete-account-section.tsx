import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { type FieldErrors, fieldErrorsOf, MutationErrorFields } from '../../lib/field-errors.ts';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { Field } from '../../ui/field.tsx';
import { useLeaveAccount } from './use-leave-account.ts';

const DeleteAccountMutation = graphql(
  `
  mutation DeleteAccount($input: DeleteAccountInput!) {
    deleteAccount(input: $input) {
      __typename
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

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

  const remove = useMutation({
    mutationFn: async () => {
      const { deleteAccount } = await request(DeleteAccountMutation, {
        input: { password, confirmEmail: confirmEmail.trim() },
      });
      // Leaves while still pending, so the button cannot be pressed twice.
      if (deleteAccount.__typename === 'MutationDeleteAccountSuccess') await leave('deleted');
      return deleteAccount;
    },
  });
  const confirmed = sameEmail(confirmEmail, email);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!confirmed) return;
    setFormError(null);
    let result: Awaited<ReturnType<typeof remove.mutateAsync>>;
    try {
      result = await remove.mutateAsync();
    } catch (error) {
      setFormError(error instanceof Error ? error.message : String(error));
      return;
    }
    if (result.__typename === 'MutationDeleteAccountSuccess') return;
    if (result.__typename === 'ValidationError') {
      flushSync(() => setErrors(fieldErrorsOf(result)));
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      const elsewhere = result.issues.filter((issue) => !FIELDS.has(issue.field));
      setFormError(elsewhere.length > 0 ? elsewhere.map((i) => i.message).join(' ') : null);
      return;
    }
    setErrors({});
    setFormError(result.message);
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
