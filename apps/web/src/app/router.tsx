import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import { HomePage } from '../features/onboarding/home-page.tsx';
import { AddPersonPage } from '../features/people/add-person-page.tsx';
import { PeopleListPage, type PeopleSearch } from '../features/people/people-list-page.tsx';
import { PersonPage } from '../features/people/person-page.tsx';
import { Layout } from './layout.tsx';
import { NotFound } from './not-found.tsx';

const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFound });

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });

const peopleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people',
  validateSearch: (search: Record<string, unknown>): PeopleSearch => ({
    q: typeof search.q === 'string' && search.q ? search.q : undefined,
    sort: search.sort === 'NEXT_DUE' ? 'NEXT_DUE' : undefined,
    archived: search.archived === true || search.archived === 'true' ? true : undefined,
  }),
  component: PeopleListPage,
});

const addPersonRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people/new',
  component: AddPersonPage,
});

export const personRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people/$personId',
  component: PersonPage,
});

export const router = createRouter({
  routeTree: rootRoute.addChildren([homeRoute, peopleRoute, addPersonRoute, personRoute]),
  defaultPreload: 'intent',
});

declare module '@tanstack/react-router' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: only an interface can augment the router's Register
  interface Register {
    router: typeof router;
  }
}
