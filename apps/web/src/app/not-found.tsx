import { Link } from '@tanstack/react-router';

export const NotFound = () => (
  <section className="empty-state">
    <h1>Page not found</h1>
    <p>There is nothing at this address.</p>
    <Link to="/people">Go to your people</Link>
  </section>
);
