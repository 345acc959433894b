import { useQuery } from '@tanstack/react-query';
import { type ErrorComponentProps, Link, Outlet, useRouter } from '@tanstack/react-router';
import { AccountMenu } from '../features/accounts/account-menu.tsx';
import { authSessionQuery } from '../features/accounts/auth-session.ts';
import { DemoBanner } from '../features/onboarding/demo-banner.tsx';
import { ThisWeekNavLink } from '../features/prompts/prompt-count-link.tsx';

const Brand = () => (
  <Link to="/" className="brand" aria-label="Tend home">
    <img src="/favicon.svg" alt="" width={24} height={24} /> Tend
  </Link>
);

export const Layout = () => {
  const session = useQuery(authSessionQuery);
  // Signed out, only the sign-in and sign-up pages show: no navigation to offer.
  const signedIn = session.data?.signedIn === true;
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Brand />
        {signedIn ? (
          <>
            <nav aria-label="Main">
              <ThisWeekNavLink />
              <Link to="/people" activeProps={{ 'aria-current': 'page' }}>
                People
              </Link>
              <Link to="/one-to-ones" activeProps={{ 'aria-current': 'page' }}>
                One-to-ones
              </Link>
              <Link to="/network" activeProps={{ 'aria-current': 'page' }}>
                Map
              </Link>
              <Link to="/buyers" activeProps={{ 'aria-current': 'page' }}>
                Buyers
              </Link>
              <Link to="/referrals" activeProps={{ 'aria-current': 'page' }}>
                Referrals
              </Link>
              <Link to="/groups" activeProps={{ 'aria-current': 'page' }}>
                Groups
              </Link>
              <Link to="/people/new" className="button button-small">
                Add person
              </Link>
            </nav>
            <AccountMenu />
          </>
        ) : null}
      </header>
      {signedIn ? <DemoBanner /> : null}
      <main id="main" className="app-main">
        <Outlet />
      </main>
    </div>
  );
};

/** Shown when the app cannot start a page at all, e.g. the server is down. */
export const RouteError = ({ error }: ErrorComponentProps) => {
  const router = useRouter();
  return (
    <div className="app">
      <header className="app-header">
        <Brand />
      </header>
      <main id="main" className="app-main">
        <div className="error-state" role="alert">
          <p>{error instanceof Error ? error.message : String(error)}</p>
          <button type="button" className="secondary" onClick={() => router.invalidate()}>
            Try again
          </button>
        </div>
      </main>
    </div>
  );
};
