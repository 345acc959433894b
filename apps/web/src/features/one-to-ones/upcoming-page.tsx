import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { useAccountSettings } from '../accounts/account-settings.ts';
import { refreshFollowUps } from '../weekly/follow-ups.ts';
import { OneToOneCard } from './one-to-one-card.tsx';
import { OneToOneFieldsFragment } from './one-to-one-fields.ts';
import { type Outcome, OutcomeNotice } from './outcome-notice.tsx';

const UpcomingQuery = graphql(
  `
  query UpcomingOneToOnes {
    upcomingOneToOnes {
      ...OneToOneFields
    }
  }
`,
  [OneToOneFieldsFragment],
);

export const upcomingOneToOnesKey = ['one-to-ones', 'upcoming'] as const;

/** Every planned one-to-one, soonest first, each with its invite and its actions. */
export const UpcomingPage = () => {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: upcomingOneToOnesKey, queryFn: () => request(UpcomingQuery) });
  const settings = useAccountSettings();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const timeZone = settings.data?.timezone ?? 'UTC';
  const refresh = () => refreshFollowUps(queryClient);
  const upcoming = query.data?.upcomingOneToOnes ?? [];

  return (
    <section className="upcoming">
      <div className="page-head">
        <h1>Upcoming one-to-ones</h1>
      </div>
      {outcome ? (
        <OutcomeNotice
          outcome={outcome}
          timeZone={timeZone}
          onChanged={refresh}
          onClose={() => setOutcome(null)}
        />
      ) : null}
      <QueryState
        isPending={query.isPending || settings.isPending}
        error={query.error ?? settings.error}
        onRetry={() => {
          void query.refetch();
          void settings.refetch();
        }}
      >
        {upcoming.length === 0 ? (
          <div className="card empty-state">
            <p>No one-to-ones planned.</p>
            <p>
              Schedule one from a person's page: <Link to="/people">your people</Link>, or the
              people on <Link to="/">this week's list</Link>.
            </p>
          </div>
        ) : (
          <ul className="list upcoming-list">
            {upcoming.map((oneToOne) => (
              <li key={oneToOne.id} className="card">
                <OneToOneCard
                  oneToOne={oneToOne}
                  timeZone={timeZone}
                  myOffer={settings.data?.myOffer ?? ''}
                  now={new Date()}
                  showPerson
                  onOutcome={async (happened) => {
                    await refresh();
                    setOutcome(happened);
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
};
