import { useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { Field } from '../../ui/field.tsx';
import { AuthNotice } from './auth-notice.tsx';
import { authSessionQuery, signUp } from './auth-session.ts';
import { useCredentialsForm } from './credentials-form.ts';

const FIELDS = ['email', 'password', 'name'] as const;

type Draft = { name: string; email: string; password: string };

export const SignUpPage = () => {
  const search = useSearch({ from: '/sign-up' });
  const session = useQuery(authSessionQuery);
  const [draft, setDraft] = useState<Draft>({ name: '', email: '', password: '' });
  const form = useCredentialsForm({ send: signUp, fields: FIELDS, redirect: search.redirect });
  // The first account on a server is its owner, and keeps what was entered before accounts.
  const owner = session.data?.needsOwner === true;
  const closed = session.data !== undefined && !owner && !session.data.allowSignUp;

  const set = (field: keyof Draft) => (event: { target: { value: string } }) => {
    setDraft((prev) => ({ ...prev, [field]: event.target.value }));
    form.clearError(field);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit({
      email: draft.email.trim(),
      password: draft.password,
      name: draft.name.trim() || null,
    });
  };

  if (closed) {
    return (
      <section className="auth-page">
        <h1>Sign-up is closed</h1>
        <p className="card">
          This Tend server does not take new accounts. Ask its owner for one, or{' '}
          <Link to="/sign-in" search={{ redirect: search.redirect }}>
            sign in
          </Link>{' '}
          if you already have an account.
        </p>
      </section>
    );
  }

  const title = owner ? 'Create the owner account' : 'Create your Tend account';
  const submitLabel = owner ? 'Create the owner account' : 'Create account';
  return (
    <section className="auth-page">
      <h1 id="sign-up-title">{title}</h1>
      <AuthNotice notice={search.notice} />
      {owner ? (
        <div className="owner-intro">
          <p>
            This server has no accounts yet. The first one is its <strong>owner</strong>: it keeps
            any people, touches and groups already entered here.
          </p>
          <p className="muted">
            Accounts made after this one start empty, and no account ever sees another’s data.
          </p>
        </div>
      ) : null}
      <form
        ref={form.formRef}
        className="card"
        noValidate
        aria-labelledby="sign-up-title"
        onSubmit={onSubmit}
      >
        {form.formError ? (
          <p className="form-error" role="alert">
            {form.formError}
          </p>
        ) : null}
        <Field label="Name" hint="optional" error={form.errors.name}>
          <input value={draft.name} onChange={set('name')} autoComplete="name" />
        </Field>
        <Field label="E-mail" error={form.errors.email}>
          <input
            type="email"
            value={draft.email}
            onChange={set('email')}
            autoComplete="email"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            required
          />
        </Field>
        <Field label="Password" hint="at least 10 characters" error={form.errors.password}>
          <input
            type="password"
            value={draft.password}
            onChange={set('password')}
            autoComplete="new-password"
            minLength={10}
            required
          />
        </Field>
        <div className="form-actions">
          <button type="submit" disabled={form.pending}>
            {form.pending ? 'Creating your account…' : submitLabel}
          </button>
        </div>
      </form>
      {owner ? null : (
        <p className="auth-switch">
          Already have an account?{' '}
          <Link to="/sign-in" search={{ redirect: search.redirect }}>
            Sign in
          </Link>
        </p>
      )}
    </section>
  );
};
