import { Link, Outlet } from '@tanstack/react-router';
import { DemoBanner } from '../features/onboarding/demo-banner.tsx';

export const Layout = () => (
  <div className="app">
    <a className="skip-link" href="#main">
      Skip to content
    </a>
    <header className="app-header">
      <Link to="/" className="brand" aria-label="Tend home">
        <img src="/favicon.svg" alt="" width={24} height={24} /> Tend
      </Link>
      <nav aria-label="Main">
        <Link to="/people" activeProps={{ 'aria-current': 'page' }}>
          People
        </Link>
        <Link to="/people/new" className="button button-small">
          Add person
        </Link>
      </nav>
    </header>
    <DemoBanner />
    <main id="main" className="app-main">
      <Outlet />
    </main>
  </div>
);
