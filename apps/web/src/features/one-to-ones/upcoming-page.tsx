import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { useAccountSettings } from '../accounts/account-settings.ts';
import { refreshFollowUps } from '../weekly/follow-ups.ts';
import { OneToOneCard } from './one-to-one-card.tsx';
import { OneToOneFieldsFragment, type OneToOneView } from './one-to-one-fields.ts';
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

const OneToOneList = ({
  title,
  intro,
  oneToOnes,
  ...cardProps
}: {
  title: string;
  intro?: string;
  oneToOnes: readonly OneToOneView[];
  timeZone: string;
  myOffer: string;
  now: Date;
  onOutcome: (outcome: Outcome) => Promise<unknown>;
}) =>
  oneToOnes.length > 0 ? (
    <section aria-label={title}>
      <h2>{title}</h2>
      {intro ? <p className="section-intro">{intro}</p> : null}
      <ul className="list upcoming-list">
        {oneToOnes.map((oneToOne) => (
          <li key={oneToOne.id} className="card">
            <OneToOneCard oneToOne={oneToOne} showPerson {...cardProps} />
          </li>
        ))}
      </ul>
    </section>
  ) : null;

/**
 * Every planned one-to-one, soonest first: those that started and wait for an outcome, then
 * those to come, each with its invite and its actions.
 */
export const UpcomingPage = () => {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: upcomingOneToOnesKey, queryFn: () => request(UpcomingQuery) });
  const settings = useAccountSettings();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const timeZone = settings.data?.timezone ?? 'UTC';
  const refresh = () => refreshFollowUps(queryClient);
  const upcoming = query.data?.upcomingOneToOnes ?? [];
  const now = new Date();
  const started = upcoming.filter((oneToOne) => new Date(oneToOne.startsAt) <= now);
  const coming = upcoming.filter((oneToOne) => new Date(oneToOne.startsAt) > now);
  const cardProps = {
    timeZone,
    myOffer: settings.data?.myOffer ?? '',
    now,
    onOutcome: async (happened: Outcome) => {
      await refresh();
      setOutcome(happened);
    },
  };

  return (
    <section className="upcoming">
      <div className="page-head">
        <h1>One-to-ones</h1>
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
          <>
            <OneToOneList
              title="Did they happen?"
              intro="These have started: mark each done, a no-show, or move it."
              oneToOnes={started}
              {...cardProps}
            />
            <OneToOneList title="Coming up" oneToOnes={coming} {...cardProps} />
          </>
        )}
      </QueryState>
    </section>
  );
};
