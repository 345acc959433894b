import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useViewer } from '../onboarding/viewer.ts';
import { signOut } from './auth-session.ts';
import { useLeaveAccount } from './use-leave-account.ts';

/** The signed-in account's e-mail in the header, opening its settings and sign-out. */
export const AccountMenu = () => {
  const viewer = useViewer();
  const leave = useLeaveAccount();
  const [open, setOpen] = useState(false);
  const menuRef = useRef<HTMLDetailsElement>(null);
  const signOutNow = useMutation({
    mutationFn: async () => {
      await signOut();
      await leave();
    },
  });

  // A click elsewhere or Escape closes the menu, as with any menu.
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      menuRef.current?.querySelector('summary')?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const email = viewer.data?.viewer.email ?? viewer.data?.viewer.name ?? 'Account';
  return (
    <details
      ref={menuRef}
      className="account-menu"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary title={email} data-testid="account-menu">
        <span className="visually-hidden">Account: </span>
        <span className="account-email">{email}</span>
      </summary>
      <div className="account-menu-panel">
        <p className="muted account-menu-who">
          Signed in as <strong>{email}</strong>
        </p>
        <Link to="/settings" onClick={() => setOpen(false)}>
          Settings
        </Link>
        <button
          type="button"
          className="secondary button-small"
          disabled={signOutNow.isPending}
          onClick={() => signOutNow.mutate()}
        >
          {signOutNow.isPending ? 'Signing out…' : 'Sign out'}
        </button>
        {signOutNow.error ? (
          <p className="field-error" role="alert">
            {signOutNow.error.message}
          </p>
        ) : null}
      </div>
    </details>
  );
};
