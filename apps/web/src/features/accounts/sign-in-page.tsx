import { useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { Field } from '../../ui/field.tsx';
import { AuthNotice } from './auth-notice.tsx';
import { authSessionQuery, type SignInInput, signIn } from './auth-session.ts';
import { useCredentialsForm } from './credentials-form.ts';

const FIELDS = ['email', 'password'] as const;

export const SignInPage = () => {
  const search = useSearch({ from: '/sign-in' });
  const session = useQuery(authSessionQuery);
  const [draft, setDraft] = useState<SignInInput>({ email: '', password: '' });
  const form = useCredentialsForm({ send: signIn, fields: FIELDS, redirect: search.redirect });

  const set = (field: keyof SignInInput) => (event: { target: { value: string } }) => {
    setDraft((prev) => ({ ...prev, [field]: event.target.value }));
    form.clearError(field);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit({ email: draft.email.trim(), password: draft.password });
  };

  return (
    <section className="auth-page">
      <h1 id="sign-in-title">Sign in to Tend</h1>
      <AuthNotice notice={search.notice} />
      <form
        ref={form.formRef}
        className="card"
        noValidate
        aria-labelledby="sign-in-title"
        onSubmit={onSubmit}
      >
        {form.formError ? (
          <p className="form-error" role="alert">
            {form.formError}
          </p>
        ) : null}
        <Field label="E-mail" error={form.errors.email}>
          <input
            type="email"
            value={draft.email}
            onChange={set('email')}
            autoComplete="username"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            required
          />
        </Field>
        <Field label="Password" error={form.errors.password}>
          <input
            type="password"
            value={draft.password}
            onChange={set('password')}
            autoComplete="current-password"
            required
          />
        </Field>
        <div className="form-actions">
          <button type="submit" disabled={form.pending}>
            {form.pending ? 'Signing in…' : 'Sign in'}
          </button>
        </div>
      </form>
      {session.data?.allowSignUp ? (
        <p className="auth-switch">
          New to Tend?{' '}
          <Link to="/sign-up" search={{ redirect: search.redirect }}>
            Create an account
          </Link>
        </p>
      ) : null}
    </section>
  );
};
