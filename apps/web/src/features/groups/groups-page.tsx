import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { request } from '../../lib/request.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { useAccountSettings } from '../accounts/account-settings.ts';
import { emptyGroupDraft, GroupForm, type GroupInput } from './group-form.tsx';
import { feeText, GROUP_KIND_LABELS, minutesText } from './group-labels.ts';
import { CreateGroupMutation, GROUPS_KEY, GroupsQuery } from './group-queries.ts';
import { GroupsComparison } from './groups-comparison.tsx';
import { WentTodayButton } from './went-today-button.tsx';

const EmptyState = () => (
  <div className="empty-state card">
    <p>
      A networking group is a club, chamber, community or mastermind you belong to. Referrals come
      from your network, not from the group itself: a group only feeds your network with people you
      can get to know one-to-one.
    </p>
    <p>
      Add each group with its fee, the usual cost of a meeting and the time a meeting takes you, so
      you can see what it costs you.
    </p>
  </div>
);

export const GroupsPage = () => {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const settings = useAccountSettings();
  const [adding, setAdding] = useState(false);
  const query = useQuery({
    queryKey: [...GROUPS_KEY, 'list'],
    queryFn: () => request(GroupsQuery),
  });
  const all = query.data?.groups ?? [];
  // Groups still belonged to first, then the ones left.
  const groups = [...all.filter((g) => g.leftOn === null), ...all.filter((g) => g.leftOn !== null)];

  const create = async (input: GroupInput) => {
    const result = (await request(CreateGroupMutation, { input })).createGroup;
    if (result.__typename === 'Group') {
      await queryClient.invalidateQueries({ queryKey: GROUPS_KEY });
      await navigate({ to: '/groups/$groupId', params: { groupId: result.id } });
    }
    return result;
  };

  return (
    <section>
      <h1>Groups</h1>
      {adding ? (
        <div className="card">
          <h2>New group</h2>
          <GroupForm
            label="New group"
            initial={emptyGroupDraft(settings.data?.currency ?? 'GBP')}
            save={create}
            submitLabel="Create group"
            cancel={
              <button type="button" className="secondary" onClick={() => setAdding(false)}>
                Cancel
              </button>
            }
          />
        </div>
      ) : (
        <div className="toolbar">
          <button type="button" onClick={() => setAdding(true)}>
            New group
          </button>
        </div>
      )}
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()}>
        {groups.length === 0 ? (
          <EmptyState />
        ) : (
          <div className="card">
            <ul className="list" aria-label="Groups">
              {groups.map((group) => (
                <li key={group.id} className="list-row">
                  <div>
                    <Link to="/groups/$groupId" params={{ groupId: group.id }} className="primary">
                      {group.name}
                    </Link>
                    {group.leftOn ? <span className="badge"> Left</span> : null}
                    <div className="muted">
                      {[
                        GROUP_KIND_LABELS[group.kind],
                        feeText(group.fee, group.feePeriod),
                        `${minutesText(group.timePerMeetingMinutes)} per meeting`,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </div>
                  </div>
                  {group.leftOn ? null : (
                    <WentTodayButton groupId={group.id} groupName={group.name} />
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
      </QueryState>
      <GroupsComparison />
    </section>
  );
};
