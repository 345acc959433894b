import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { useCallback } from 'react';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { KnowsPanel, KnowsPanelFragment } from '../buyers/knows-panel.tsx';
import { DepthPanel, DepthPanelFragment } from '../depth/depth-panel.tsx';
import { DepthScaleFragment, readScales } from '../depth/depth-scales.ts';
import { PersonGroupsPanel, PersonGroupsPanelFragment } from '../groups/person-groups-panel.tsx';
import { LogTouchForm } from '../interactions/log-touch-form.tsx';
import { Timeline } from '../interactions/timeline.tsx';
import { OneToOnePanel, OneToOnePanelFragment } from '../one-to-ones/one-to-one-panel.tsx';
import { ReferralsPanel } from '../referrals/referrals-panel.tsx';
import { refreshFollowUps } from '../weekly/follow-ups.ts';
import { CadencePanel, CadencePanelFragment } from './cadence-panel.tsx';
import { PersonHeader, PersonHeaderFragment } from './person-header.tsx';

const PersonQuery = graphql(
  `
  query Person($id: ID!) {
    person(id: $id) {
      __typename
      ... on NotFoundError {
        message
      }
      ... on Person {
        id
        name
        ...PersonHeader
        ...CadencePanel
        ...DepthPanel
        ...OneToOnePanel
        ...KnowsPanel
        ...PersonGroupsPanel
      }
    }
    depthScales {
      ...DepthScaleFields
    }
  }
`,
  [
    PersonHeaderFragment,
    CadencePanelFragment,
    DepthPanelFragment,
    OneToOnePanelFragment,
    KnowsPanelFragment,
    PersonGroupsPanelFragment,
    DepthScaleFragment,
  ],
);

const PersonNotFound = () => (
  <section className="card empty-state">
    <h1>Person not found</h1>
    <p>This person does not exist or is not in your network.</p>
    <Link to="/people">Back to your people</Link>
  </section>
);

export const PersonPage = () => {
  const { personId } = useParams({ from: '/people/$personId' });
  const { schedule } = useSearch({ from: '/people/$personId' });
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['person', personId],
    queryFn: () => request(PersonQuery, { id: personId }),
  });
  // The person's key also covers the timeline; lists, the week's list and prompts show
  // readiness and due dates too.
  const refresh = useCallback(
    () => refreshFollowUps(queryClient, personId),
    [queryClient, personId],
  );
  const person = query.data?.person;

  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()}>
      {person?.__typename === 'NotFoundError' ? <PersonNotFound /> : null}
      {person?.__typename === 'Person' && query.data ? (
        // Keyed by id so forms start empty when moving from one person to another.
        <div key={person.id}>
          <p className="back-link">
            <Link to="/people">← People</Link>
          </p>
          <PersonHeader person={person} onChanged={refresh} />
          <div className="grid-2 person-columns">
            <div>
              <OneToOnePanel
                person={person}
                openScheduling={schedule === true}
                onChanged={refresh}
              />
              <CadencePanel person={person} onChanged={refresh} />
              <LogTouchForm personId={person.id} onLogged={refresh} />
            </div>
            <div>
              <DepthPanel
                person={person}
                scales={readScales(query.data.depthScales)}
                onChanged={refresh}
              />
              <KnowsPanel person={person} onChanged={refresh} />
              <ReferralsPanel person={person} />
              <PersonGroupsPanel person={person} />
            </div>
          </div>
          <Timeline personId={person.id} onChanged={refresh} />
        </div>
      ) : null}
    </QueryState>
  );
};
