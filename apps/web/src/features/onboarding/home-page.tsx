import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { graphql, type ResultOf } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { ThisWeekPage } from '../weekly/this-week-page.tsx';
import { OnboardingTimeZone } from './onboarding-time-zone.tsx';
import { useViewer, type ViewerQuery, viewerQueryKey } from './viewer.ts';

const FinishOnboardingMutation = graphql(`
  mutation FinishOnboarding($choice: OnboardingChoice!) {
    finishOnboarding(choice: $choice) {
      id
      name
      email
      isOwner
      onboarded
      hasDemoData
    }
  }
`);

type Choice = 'DEMO' | 'EMPTY';

export const HomePage = () => {
  const viewer = useViewer();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const finish = useMutation({
    mutationFn: (choice: Choice) => request(FinishOnboardingMutation, { choice }),
    onSuccess: async (data, choice) => {
      queryClient.setQueryData<ResultOf<typeof ViewerQuery>>(viewerQueryKey, {
        viewer: data.finishOnboarding,
      });
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'viewer' });
      // With demo data there is a week to work through at once; an empty network starts with
      // adding people.
      if (choice === 'DEMO') return;
      await navigate({ to: '/people', replace: true });
    },
  });

  // Once onboarded, home is this week's list.
  if (viewer.data?.viewer.onboarded && !finish.isPending) return <ThisWeekPage />;

  return (
    <QueryState isPending={viewer.isPending} error={viewer.error} onRetry={() => viewer.refetch()}>
      <section className="welcome">
        <h1>Welcome to Tend</h1>
        <p>
          Referrals come from people who both trust you and understand your business, and Tend shows
          how deep each of those relationships is.
        </p>
        <p>
          It tells you who to reconnect with before a relationship goes stale, and what would make
          each person ready to refer you.
        </p>
        <OnboardingTimeZone />
        {finish.error ? (
          <p className="form-error" role="alert">
            {finish.error.message}
          </p>
        ) : null}
        <div className="grid-2">
          <div className="card choice">
            <h2>See how it works</h2>
            <p className="muted">
              Sample people, touches and groups, marked as demo. Remove them with one click when you
              are ready.
            </p>
            <button type="button" disabled={finish.isPending} onClick={() => finish.mutate('DEMO')}>
              {finish.isPending && finish.variables === 'DEMO'
                ? 'Preparing demo data…'
                : 'Explore with demo data'}
            </button>
          </div>
          <div className="card choice">
            <h2>Start fresh</h2>
            <p className="muted">Add the people in your network yourself, starting now.</p>
            <button
              type="button"
              className="secondary"
              disabled={finish.isPending}
              onClick={() => finish.mutate('EMPTY')}
            >
              {finish.isPending && finish.variables === 'EMPTY'
                ? 'Starting…'
                : 'Start with an empty network'}
            </button>
          </div>
        </div>
      </section>
    </QueryState>
  );
};
