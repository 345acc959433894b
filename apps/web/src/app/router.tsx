import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import {
  type AuthSession,
  authSessionQuery,
  authSessionQueryKey,
  isPublicPath,
  safeRedirect,
  setupCodeOf,
  validateAuthSearch,
} from '../features/accounts/auth-session.ts';
import { SignInPage } from '../features/accounts/sign-in-page.tsx';
import { SignUpPage } from '../features/accounts/sign-up-page.tsx';
import { validateNetworkSearch } from '../features/depth/network-search.ts';
import { HomePage } from '../features/onboarding/home-page.tsx';
import {
  PEOPLE_REFERRAL_FILTERS,
  PeopleListPage,
  type PeopleSearch,
  peopleSortOf,
} from '../features/people/people-list-page.tsx';
import { validateReferralsSearch } from '../features/referrals/referral-search.ts';
import { UnauthenticatedError } from '../lib/request.ts';
import { Layout, RouteError } from './layout.tsx';
import { NotFound } from './not-found.tsx';

/**
 * A request answered 401 (the session expired, or was signed out on another device): the
 * guard's cached session is wrong now, so correct it and go to sign-in, keeping the place.
 */
const sendToSignIn = () => {
  queryClient.setQueryData<AuthSession>(authSessionQueryKey, (session) =>
    session ? { ...session, signedIn: false } : session,
  );
  const location = router.latestLocation;
  if (isPublicPath(location.pathname)) return;
  void router.navigate({
    to: '/sign-in',
    search: { redirect: safeRedirect(location.href) },
    replace: true,
  });
};

const onError = (error: Error) => {
  if (error instanceof UnauthenticatedError) sendToSignIn();
};

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      // Asking again without a session cannot help.
      retry: (failures, error) => !(error instanceof UnauthenticatedError) && failures < 1,
      staleTime: 10_000,
    },
  },
});

const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  // Every page but sign-in and sign-up needs a session; those two need the opposite.
  beforeLoad: async ({ context, location, search }) => {
    const session = await context.queryClient.ensureQueryData(authSessionQuery);
    const publicPage = isPublicPath(location.pathname);
    // The link a new server prints, /?setup=CODE, opens the owner's sign-up with the code. Read
    // from the raw address: a code of digits alone would not survive being parsed as a number.
    const setup = setupCodeOf(new URLSearchParams(location.searchStr).get('setup'));
    if (!session.signedIn && setup && location.pathname !== '/sign-up') {
      throw redirect({ to: '/sign-up', search: { setup }, replace: true });
    }
    if (!session.signedIn && !publicPage) {
      throw redirect({
        to: '/sign-in',
        search: { redirect: safeRedirect(location.href) },
        replace: true,
      });
    }
    if (session.signedIn && publicPage) {
      const target = safeRedirect((search as { redirect?: unknown }).redirect);
      throw target
        ? redirect({ href: target, replace: true })
        : redirect({ to: '/', replace: true });
    }
    return { session };
  },
  component: Layout,
  errorComponent: RouteError,
  notFoundComponent: NotFound,
});

// Pages a visit rarely starts on load as their own chunks, keeping the first load small.
const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });

const pastWeeksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/weeks',
  component: lazyRouteComponent(
    () => import('../features/weekly/past-weeks-page.tsx'),
    'PastWeeksPage',
  ),
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: validateAuthSearch,
  component: SignInPage,
});

const signUpRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-up',
  validateSearch: validateAuthSearch,
  component: SignUpPage,
});

const settingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/settings',
  component: lazyRouteComponent(
    () => import('../features/accounts/settings-page.tsx'),
    'SettingsPage',
  ),
});

const peopleRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people',
  validateSearch: (search: Record<string, unknown>): PeopleSearch => ({
    q: typeof search.q === 'string' && search.q ? search.q : undefined,
    sort: peopleSortOf(search.sort),
    referrals: PEOPLE_REFERRAL_FILTERS.find((filter) => filter === search.referrals),
    archived: search.archived === true || search.archived === 'true' ? true : undefined,
  }),
  component: PeopleListPage,
});

const addPersonRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people/new',
  component: lazyRouteComponent(
    () => import('../features/people/add-person-page.tsx'),
    'AddPersonPage',
  ),
});

const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people/import',
  validateSearch: (search: Record<string, unknown>): { batch?: string | undefined } => ({
    batch: typeof search.batch === 'string' && search.batch ? search.batch : undefined,
  }),
  component: lazyRouteComponent(() => import('../features/imports/import-page.tsx'), 'ImportPage'),
});

export const personRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/people/$personId',
  // `schedule` opens the one-to-one form, for "Schedule one-to-one" links from lists.
  validateSearch: (search: Record<string, unknown>): { schedule?: true | undefined } => ({
    schedule: search.schedule === true || search.schedule === 'true' ? true : undefined,
  }),
  component: lazyRouteComponent(() => import('../features/people/person-page.tsx'), 'PersonPage'),
});

const networkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/network',
  validateSearch: validateNetworkSearch,
  component: lazyRouteComponent(
    () => import('../features/depth/network-map-page.tsx'),
    'NetworkMapPage',
  ),
});

const buyersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/buyers',
  component: lazyRouteComponent(
    () => import('../features/buyers/buyers-list-page.tsx'),
    'BuyersListPage',
  ),
});

const buyerGapsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/buyers/gaps',
  component: lazyRouteComponent(
    () => import('../features/buyers/buyer-gaps-page.tsx'),
    'BuyerGapsPage',
  ),
});

export const buyerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/buyers/$targetBuyerId',
  component: lazyRouteComponent(() => import('../features/buyers/buyer-page.tsx'), 'BuyerPage'),
});

const referralsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/referrals',
  validateSearch: validateReferralsSearch,
  component: lazyRouteComponent(
    () => import('../features/referrals/referrals-page.tsx'),
    'ReferralsPage',
  ),
});

const groupsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/groups',
  component: lazyRouteComponent(() => import('../features/groups/groups-page.tsx'), 'GroupsPage'),
});

export const groupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/groups/$groupId',
  component: lazyRouteComponent(() => import('../features/groups/group-page.tsx'), 'GroupPage'),
});

const groupReviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/groups/$groupId/review',
  component: lazyRouteComponent(
    () => import('../features/groups/review-page.tsx'),
    'GroupReviewPage',
  ),
});

// The home screen's shortcuts (public/manifest.webmanifest): each lands on its action.
const logTouchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/log',
  component: lazyRouteComponent(
    () => import('../features/interactions/log-touch-page.tsx'),
    'LogTouchPage',
  ),
});

const wentTodayRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/went-today',
  component: lazyRouteComponent(
    () => import('../features/groups/went-today-page.tsx'),
    'WentTodayPage',
  ),
});

const upcomingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/one-to-ones',
  component: lazyRouteComponent(
    () => import('../features/one-to-ones/upcoming-page.tsx'),
    'UpcomingPage',
  ),
});

const prepBriefRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/one-to-ones/$oneToOneId/brief',
  component: lazyRouteComponent(
    () => import('../features/one-to-ones/prep-brief.tsx'),
    'PrepBriefPage',
  ),
});

export const router = createRouter({
  routeTree: rootRoute.addChildren([
    homeRoute,
    pastWeeksRoute,
    signInRoute,
    signUpRoute,
    settingsRoute,
    peopleRoute,
    addPersonRoute,
    importRoute,
    personRoute,
    networkRoute,
    buyersRoute,
    buyerGapsRoute,
    buyerRoute,
    upcomingRoute,
    referralsRoute,
    groupsRoute,
    groupRoute,
    groupReviewRoute,
    logTouchRoute,
    wentTodayRoute,
    prepBriefRoute,
  ]),
  context: { queryClient },
  defaultPreload: 'intent',
});

declare module '@tanstack/react-router' {
  // biome-ignore lint/style/useConsistentTypeDefinitions: only an interface can augment the router's Register
  interface Register {
    router: typeof router;
  }
}
