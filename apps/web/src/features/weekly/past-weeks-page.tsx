import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { formatCalendarDate } from '../../ui/dates.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { weeklyKeys } from './follow-ups.ts';

const PAST_WEEKS = 12;

const PastWeeklyListsQuery = graphql(`
  query PastWeeklyLists($limit: Int) {
    pastWeeklyLists(limit: $limit) {
      id
      weekStartsOn
      completionRate
      items {
        id
        status
        person {
          id
          name
        }
      }
    }
  }
`);

const STATUS_LABELS = { PENDING: 'not done', DONE: 'done', SKIPPED: 'skipped' } as const;

/** Earlier weeks' lists, newest first, each with how much of it was done. */
export const PastWeeksPage = () => {
  const query = useQuery({
    queryKey: [...weeklyKeys.past, PAST_WEEKS],
    queryFn: () => request(PastWeeklyListsQuery, { limit: PAST_WEEKS }),
  });
  const weeks = query.data?.pastWeeklyLists;

  return (
    <section className="this-week">
      <p className="back-link">
        <Link to="/">← This week</Link>
      </p>
      <h1>Past weeks</h1>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()}>
        {weeks && weeks.length === 0 ? (
          <div className="card empty-state">
            <p>No past weeks yet. Each week’s list stays here once the week is over.</p>
          </div>
        ) : null}
        {weeks && weeks.length > 0 ? (
          <ul className="list card" aria-label="Past weeks">
            {weeks.map((week) => {
              const done = week.items.filter((item) => item.status === 'DONE').length;
              const percent = Math.round(week.completionRate * 100);
              return (
                <li key={week.id} className="past-week">
                  <details>
                    <summary className="past-week-summary">
                      <span className="primary">
                        Week of {formatCalendarDate(week.weekStartsOn, { withYear: true })}
                      </span>
                      <span className="muted">
                        {week.items.length === 0
                          ? 'nobody was due'
                          : `${done} of ${week.items.length} done · ${percent}%`}
                      </span>
                    </summary>
                    {week.items.length > 0 ? (
                      <ul className="inline-list past-week-people">
                        {week.items.map((item) => (
                          <li key={item.id}>
                            <Link to="/people/$personId" params={{ personId: item.person.id }}>
                              {item.person.name}
                            </Link>{' '}
                            <span className="muted">({STATUS_LABELS[item.status]})</span>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </details>
                </li>
              );
            })}
          </ul>
        ) : null}
      </QueryState>
    </section>
  );
};
