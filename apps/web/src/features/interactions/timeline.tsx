import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { formatDate } from '../../ui/dates.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { formatDuration } from './interaction-kinds.ts';

const PAGE_SIZE = 20;

const TimelineQuery = graphql(`
  query PersonTimeline($id: ID!, $first: Int, $after: String) {
    person(id: $id) {
      __typename
      ... on Person {
        id
        timeline(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            kind
            kindLabel
            isDepthTouch
            occurredAt
            durationMinutes
            notes
            people {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** Lives under the person's key, so refreshing the person refreshes the timeline too. */
const timelineQueryKey = (personId: string) => ['person', personId, 'timeline'] as const;

export const Timeline = ({ personId }: { personId: string }) => {
  const query = useInfiniteQuery({
    queryKey: timelineQueryKey(personId),
    queryFn: async ({ pageParam }) => {
      const { person } = await request(TimelineQuery, {
        id: personId,
        first: PAGE_SIZE,
        after: pageParam,
      });
      return person.__typename === 'Person' ? person.timeline : null;
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) =>
      page?.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined,
  });
  const pages = query.data?.pages ?? [];
  const touches = pages.flatMap((page) => page?.nodes ?? []);
  const total = pages[0]?.totalCount ?? 0;

  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">
        Timeline{' '}
        {total > 0 ? (
          <span className="muted">
            · {total} {total === 1 ? 'touch' : 'touches'}
          </span>
        ) : null}
      </h2>
      <QueryState
        isPending={query.isPending}
        error={query.data ? null : query.error}
        onRetry={() => query.refetch()}
      >
        {touches.length === 0 ? (
          <p className="muted">No touches yet</p>
        ) : (
          <ol className="timeline">
            {touches.map((touch) => {
              const others = touch.people.filter((person) => person.id !== personId);
              return (
                <li key={touch.id} className={touch.isDepthTouch ? 'depth' : 'visibility'}>
                  <div className="timeline-head">
                    <strong>{touch.kindLabel}</strong>
                    <span className={touch.isDepthTouch ? 'badge badge-ok' : 'badge badge-none'}>
                      {touch.isDepthTouch ? 'depth touch' : 'visibility touch'}
                    </span>
                    <time dateTime={touch.occurredAt} className="muted">
                      {formatDate(touch.occurredAt)}
                    </time>
                    {touch.durationMinutes ? (
                      <span className="muted">{formatDuration(touch.durationMinutes)}</span>
                    ) : null}
                  </div>
                  {others.length > 0 ? (
                    <div className="muted">
                      With{' '}
                      {others.map((person, index) => (
                        <span key={person.id}>
                          {index > 0 ? ', ' : ''}
                          <Link to="/people/$personId" params={{ personId: person.id }}>
                            {person.name}
                          </Link>
                        </span>
                      ))}
                    </div>
                  ) : null}
                  {touch.notes ? <p className="prose">{touch.notes}</p> : null}
                </li>
              );
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
              {touches.length} of {total} shown
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
