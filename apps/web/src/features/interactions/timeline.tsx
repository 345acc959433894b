import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { graphql, type VariablesOf } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { useAccountSettings } from '../accounts/account-settings.ts';
import {
  DepthChangeEntry,
  IntroductionAskEntry,
  OneToOneEntry,
  ReferralEntry,
  TimelineDepthChangeFragment,
  TimelineIntroductionAskFragment,
  TimelineOneToOneFragment,
  TimelineReferralFragment,
} from './timeline-events.tsx';
import {
  type DeletedTouch,
  TimelineTouchFragment,
  TouchEntry,
  UndoDelete,
} from './timeline-touch.tsx';
import './timeline.css';

const PAGE_SIZE = 20;

const TimelineQuery = graphql(
  `
  query PersonTimeline($id: ID!, $first: Int, $after: String, $kinds: [TimelineKind!]) {
    person(id: $id) {
      __typename
      ... on Person {
        id
        timeline(first: $first, after: $after, kinds: $kinds) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            __typename
            ... on Interaction {
              id
              ...TimelineTouch
            }
            ... on OneToOne {
              id
              ...TimelineOneToOne
            }
            ... on DepthChange {
              id
              dimension
              ...TimelineDepthChange
            }
            ... on Referral {
              id
              ...TimelineReferral
            }
            ... on IntroductionAsk {
              id
              ...TimelineIntroductionAsk
            }
          }
        }
      }
    }
    depthScales {
      dimension
      title
    }
  }
`,
  [
    TimelineTouchFragment,
    TimelineOneToOneFragment,
    TimelineDepthChangeFragment,
    TimelineReferralFragment,
    TimelineIntroductionAskFragment,
  ],
);

type TimelineKind = NonNullable<VariablesOf<typeof TimelineQuery>['kinds']>[number];

type Filter = {
  label: string;
  kinds: TimelineKind[];
  /** The entries counted in the heading, one and many. */
  noun: [string, string];
  empty: string;
};

const FILTERS = [
  {
    label: 'All',
    kinds: [],
    noun: ['entry', 'entries'],
    empty: 'Nothing on the timeline yet',
  },
  { label: 'Touches', kinds: ['TOUCH'], noun: ['touch', 'touches'], empty: 'No touches yet' },
  {
    label: 'One-to-ones',
    // Logged one-to-ones are touches of that kind, and are listed here too.
    kinds: ['ONE_TO_ONE'],
    noun: ['one-to-one', 'one-to-ones'],
    empty: 'No one-to-ones yet',
  },
  {
    label: 'Depth changes',
    kinds: ['DEPTH_CHANGE'],
    noun: ['depth change', 'depth changes'],
    empty: 'No depth changes yet',
  },
  {
    label: 'Referrals',
    kinds: ['REFERRAL'],
    noun: ['referral', 'referrals'],
    empty: 'No referrals yet',
  },
  {
    label: 'Asks',
    kinds: ['INTRODUCTION_ASK'],
    noun: ['ask for an introduction', 'asks for introductions'],
    empty: 'No asks for introductions yet',
  },
] as const satisfies readonly Filter[];

type FilterLabel = (typeof FILTERS)[number]['label'];

/** Under the person's key, so refreshing the person refreshes every filter's timeline too. */
const timelineQueryKey = (personId: string, kinds: readonly TimelineKind[]) =>
  ['person', personId, 'timeline', { kinds }] as const;

export const Timeline = ({
  personId,
  onChanged,
}: {
  personId: string;
  onChanged: () => Promise<unknown>;
}) => {
  const [filterLabel, setFilterLabel] = useState<FilterLabel>('All');
  const filter = FILTERS.find((candidate) => candidate.label === filterLabel) ?? FILTERS[0];
  const [deleted, setDeleted] = useState<DeletedTouch | null>(null);
  const [restored, setRestored] = useState('');
  const timeZone = useAccountSettings().data?.timezone ?? 'UTC';
  const query = useInfiniteQuery({
    queryKey: timelineQueryKey(personId, filter.kinds),
    queryFn: async ({ pageParam }) => {
      const { person, depthScales } = await request(TimelineQuery, {
        id: personId,
        first: PAGE_SIZE,
        after: pageParam,
        kinds: [...filter.kinds],
      });
      return person.__typename === 'Person' ? { ...person.timeline, depthScales } : null;
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) =>
      page?.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined,
  });
  const pages = query.data?.pages ?? [];
  const entries = pages.flatMap((page) => page?.nodes ?? []);
  const total = pages[0]?.totalCount ?? 0;
  const titleOf = (dimension: string) =>
    pages[0]?.depthScales.find((scale) => scale.dimension === dimension)?.title ?? dimension;

  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">
        Timeline{' '}
        {total > 0 ? (
          <span className="muted">
            · {total} {total === 1 ? filter.noun[0] : filter.noun[1]}
          </span>
        ) : null}
      </h2>
      <fieldset className="timeline-filter">
        <legend className="visually-hidden">Show on the timeline</legend>
        {FILTERS.map((option) => (
          <button
            key={option.label}
            type="button"
            className="button-small"
            aria-pressed={option.label === filter.label}
            onClick={() => setFilterLabel(option.label)}
          >
            {option.label}
          </button>
        ))}
      </fieldset>
      {deleted ? (
        <UndoDelete
          key={`${deleted.kind}-${deleted.occurredAt}`}
          deleted={deleted}
          onChanged={onChanged}
          onDone={(message) => {
            setDeleted(null);
            setRestored(message);
          }}
        />
      ) : null}
      {restored ? (
        <p className="notice notice-info" role="status">
          {restored}
        </p>
      ) : null}
      <QueryState
        isPending={query.isPending}
        error={query.data ? null : query.error}
        onRetry={() => query.refetch()}
      >
        {entries.length === 0 ? (
          <p className="muted">{filter.empty}</p>
        ) : (
          <ol className="timeline">
            {entries.map((entry) => {
              const key = `${entry.__typename}-${entry.id}`;
              if (entry.__typename === 'Interaction') {
                return (
                  <TouchEntry
                    key={key}
                    touch={entry}
                    personId={personId}
                    onChanged={onChanged}
                    onDeleted={(touch) => {
                      setRestored('');
                      setDeleted(touch);
                    }}
                  />
                );
              }
              if (entry.__typename === 'OneToOne') {
                return <OneToOneEntry key={key} oneToOne={entry} timeZone={timeZone} />;
              }
              if (entry.__typename === 'Referral') {
                return <ReferralEntry key={key} referral={entry} personId={personId} />;
              }
              if (entry.__typename === 'IntroductionAsk') {
                return <IntroductionAskEntry key={key} ask={entry} />;
              }
              return <DepthChangeEntry key={key} change={entry} title={titleOf(entry.dimension)} />;
            })}
          </ol>
        )}
        {query.hasNextPage ? (
          <div className="pager">
            <button
              type="button"
              className="secondary"
              disabled={query.isFetchingNextPage}
              onClick={() => query.fetchNextPage()}
            >
              {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
            </button>
            <span className="muted">
              {entries.length} of {total} shown
            </span>
          </div>
        ) : null}
        {query.data && query.error ? (
          <p className="field-error" role="alert">
            {query.error.message}
          </p>
        ) : null}
      </QueryState>
    </section>
  );
};
