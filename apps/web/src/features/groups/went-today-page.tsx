import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { request } from '../../lib/request.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { GROUPS_KEY, GroupsQuery } from './group-queries.ts';
import { GROUPS_TODAY_KEY, GroupsTodayQuery } from './meeting-queries.ts';
import { WentTodayButton } from './went-today-button.tsx';
import './meetings.css';

/**
 * The home screen's "I went today" shortcut (/went-today): the groups still belonged to, each with
 * its button, the first one not yet logged today focused.
 */
export const WentTodayPage = () => {
  const query = useQuery({
    queryKey: [...GROUPS_KEY, 'list'],
    queryFn: () => request(GroupsQuery),
  });
  // The same query every button reads, so this costs no request of its own.
  const today = useQuery({ queryKey: GROUPS_TODAY_KEY, queryFn: () => request(GroupsTodayQuery) });
  const groups = (query.data?.groups ?? []).filter((group) => group.leftOn === null);
  const firstToLog = groups.find(
    (group) => !today.data?.groups.find((g) => g.id === group.id)?.todaysMeeting,
  );

  return (
    <section>
      <h1>I went today</h1>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()}>
        {groups.length === 0 ? (
          <div className="empty-state card">
            <p>You belong to no group yet.</p>
            <Link to="/groups">Add a group</Link>
          </div>
        ) : (
          <div className="card">
            <p className="muted">Today's meeting, attended, at the group's usual costs.</p>
            <ul className="list" aria-label="Your groups">
              {groups.map((group) => (
                <li key={group.id} className="went-today-row">
                  <Link
                    to="/groups/$groupId"
                    params={{ groupId: group.id }}
                    className="went-today-name"
                  >
                    {group.name}
                  </Link>
                  <WentTodayButton
                    groupId={group.id}
                    groupName={group.name}
                    big
                    autoFocus={group.id === firstToLog?.id}
                  />
                </li>
              ))}
            </ul>
          </div>
        )}
      </QueryState>
    </section>
  );
};
