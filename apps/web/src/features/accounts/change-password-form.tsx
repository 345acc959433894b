import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { FieldErrors } from '../../lib/field-errors.ts';
import { ApiError, requestJson } from '../../lib/request.ts';
import { Field } from '../../ui/field.tsx';
import { issuesByField } from './auth-session.ts';
import { sessionsQueryKey } from './sessions-list.tsx';

const FIELDS = new Set(['currentPassword', 'newPassword']);

type Draft = { currentPassword: string; newPassword: string };
const EMPTY: Draft = { currentPassword: '', newPassword: '' };

export const ChangePasswordForm = () => {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);

  // A route, not a mutation: the server checks one password per request, outside a transaction.
  const change = useMutation({
    mutationFn: (input: Draft) =>
      requestJson<{ changed: true }>('/auth/change-password', { method: 'POST', body: input }),
  });

  const set = (field: keyof Draft) => (event: { target: { value: string } }) => {
    setDraft((prev) => ({ ...prev, [field]: event.target.value }));
    setErrors((prev) =>
      field in prev ? Object.fromEntries(Object.entries(prev).filter(([f]) => f !== field)) : prev,
    );
    setChanged(false);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setChanged(false);
    try {
      await change.mutateAsync(draft);
    } catch (error) {
      if (error instanceof ApiError && error.issues.length > 0) {
        const byField = issuesByField(error.issues);
        flushSync(() => setErrors(byField));
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
        const elsewhere = error.issues.filter((issue) => !FIELDS.has(issue.path[0] ?? ''));
        setFormError(elsewhere.length > 0 ? elsewhere.map((i) => i.message).join(' ') : null);
        return;
      }
      setErrors({});
      setFormError(error instanceof Error ? error.message : String(error));
      return;
    }
    setErrors({});
    setDraft(EMPTY);
    setChanged(true);
    // Every other session just ended; this one goes on with a new cookie.
    await queryClient.invalidateQueries({ queryKey: sessionsQueryKey });
  };

  return (
    <section className="card" aria-labelledby="change-password-title">
      <h2 id="change-password-title">Change password</h2>
      <p className="muted">Changing it signs you out everywhere else.</p>
      <form ref={formRef} noValidate aria-labelledby="change-password-title" onSubmit={onSubmit}>
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <div className="grid-2 form-grid">
          <Field label="Current password" error={errors.currentPassword}>
            <input
              type="password"
              value={draft.currentPassword}
              onChange={set('currentPassword')}
              autoComplete="current-password"
              required
            />
          </Field>
          <Field label="New password" hint="at least 10 characters" error={errors.newPassword}>
            <input
              type="password"
              value={draft.newPassword}
              onChange={set('newPassword')}
              autoComplete="new-password"
              minLength={10}
              required
            />
          </Field>
        </div>
        <div className="form-actions">
          <button type="submit" disabled={change.isPending}>
            {change.isPending ? 'Changing…' : 'Change password'}
          </button>
          <p className="form-success" role="status">
            {changed ? 'Password changed. Other sessions were signed out.' : ''}
          </p>
        </div>
      </form>
    </section>
  );
};
