import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';
import { Field } from '../../ui/field.tsx';
import { AuthNotice } from './auth-notice.tsx';
import { authSessionQuery, signUp } from './auth-session.ts';
import { useCredentialsForm } from './credentials-form.ts';

const FIELDS = ['setupCode', 'email', 'password', 'name'] as const;

type Draft = { setupCode: string; name: string; email: string; password: string };

export const SignUpPage = () => {
  const search = useSearch({ from: '/sign-up' });
  const navigate = useNavigate();
  const session = useQuery(authSessionQuery);
  const [draft, setDraft] = useState<Draft>({
    setupCode: search.setup ?? '',
    name: '',
    email: '',
    password: '',
  });
  // The owner's account, the first on a server, takes the setup code the server printed: from
  // its link, or asked for once the server says it needs one.
  const [owner, setOwner] = useState(search.setup !== undefined);
  const form = useCredentialsForm({
    send: signUp,
    fields: FIELDS,
    redirect: search.redirect,
    onFieldErrors: (errors) => {
      if (errors.setupCode) setOwner(true);
    },
  });
  const closed = session.data !== undefined && !owner && !session.data.allowSignUp;

  // The code is a secret: it leaves the address bar and the history entry as soon as it is read.
  useEffect(() => {
    if (search.setup === undefined) return;
    void navigate({
      to: '/sign-up',
      search: { redirect: search.redirect, notice: search.notice },
      replace: true,
    });
  }, [navigate, search.setup, search.redirect, search.notice]);

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
      setupCode: (owner && draft.setupCode.trim()) || undefined,
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
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
            The first account on this server is its <strong>owner</strong>: it keeps any people,
            touches and groups already entered here. Creating it takes the setup code the server
            printed when it started.
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
        {owner ? (
          <Field label="Setup code" hint="printed in the server log" error={form.errors.setupCode}>
            <input
              value={draft.setupCode}
              onChange={set('setupCode')}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              required
            />
          </Field>
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
      <p className="auth-switch">
        Already have an account?{' '}
        <Link to="/sign-in" search={{ redirect: search.redirect }}>
          Sign in
        </Link>
      </p>
    </section>
  );
};
