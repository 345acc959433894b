import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { errorText } from '../../lib/field-errors.ts';
import { request } from '../../lib/request.ts';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { formatCalendarDate, todayInputValue } from '../../ui/dates.ts';
import { FormError } from '../../ui/form-error.tsx';
import { formatMoney } from '../../ui/money.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { EnjoymentSection } from './enjoyment-section.tsx';
import { GroupForm, type GroupInput, groupDraftOf, groupInputOf } from './group-form.tsx';
import { feeText, GROUP_KIND_LABELS, minutesText } from './group-labels.ts';
import {
  DeleteGroupMutation,
  GROUPS_KEY,
  GroupQuery,
  UpdateGroupMutation,
} from './group-queries.ts';
import { MeetingsSection } from './meetings-section.tsx';
import { MembersSection } from './members-section.tsx';

const NotFound = () => (
  <section className="card empty-state">
    <h1>Group not found</h1>
    <p>This group does not exist or is not in your account.</p>
    <Link to="/groups">Back to groups</Link>
  </section>
);

/** One fact of the group, left out when it is empty. */
const Fact = ({ label, value }: { label: string; value: string | null }) =>
  value ? (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  ) : null;

export const GroupPage = () => {
  const { groupId } = useParams({ from: '/groups/$groupId' });
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const query = useQuery({
    queryKey: [...GROUPS_KEY, groupId],
    queryFn: async () => (await request(GroupQuery, { id: groupId })).group,
  });
  const group = query.data?.__typename === 'Group' ? query.data : null;

  const update = async (input: GroupInput) => {
    const result = (await request(UpdateGroupMutation, { id: groupId, input })).updateGroup;
    if (result.__typename === 'Group') {
      await queryClient.invalidateQueries({ queryKey: GROUPS_KEY });
      setEditing(false);
    }
    return result;
  };

  const leave = useMutation({
    mutationFn: async (input: GroupInput) => update(input),
    onSuccess: (result) => setActionError(result.__typename === 'Group' ? null : result.message),
    onError: (error) => setActionError(errorText(error)),
  });

  const remove = useMutation({
    mutationFn: async () => (await request(DeleteGroupMutation, { id: groupId })).deleteGroup,
    onSuccess: async (result) => {
      if (result.__typename === 'DeletedGroup') {
        await queryClient.invalidateQueries({ queryKey: GROUPS_KEY });
        await navigate({ to: '/groups' });
        return;
      }
      setActionError(
        'issues' in result ? (result.issues?.[0]?.message ?? result.message) : result.message,
      );
    },
    onError: (error) => setActionError(errorText(error)),
  });

  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()}>
      {query.data && !group ? <NotFound /> : null}
      {group ? (
        <section className="group-page">
          <p>
            <Link to="/groups">← Groups</Link>
          </p>
          <h1>{group.name}</h1>
          <p>
            <Link to="/groups/$groupId/review" params={{ groupId: group.id }} className="button">
              Review: should I stay?
            </Link>
          </p>
          {group.leftOn ? (
            <p className="notice" role="note">
              You left this group on {formatCalendarDate(group.leftOn, { withYear: true })}. Its
              history stays.
            </p>
          ) : null}
          <FormError message={actionError} />
          {editing ? (
            <div className="card">
              <h2>Edit group</h2>
              <GroupForm
                label="Edit group"
                initial={groupDraftOf(group)}
                save={update}
                submitLabel="Save group"
                cancel={
                  <button type="button" className="secondary" onClick={() => setEditing(false)}>
                    Cancel
                  </button>
                }
              />
            </div>
          ) : (
            <div className="card">
              <dl className="facts">
                <Fact label="Kind" value={GROUP_KIND_LABELS[group.kind]} />
                <Fact label="One per profession" value={group.onePerProfession ? 'Yes' : 'No'} />
                <Fact label="Fee" value={feeText(group.fee, group.feePeriod)} />
                <Fact
                  label="Meets every"
                  value={group.meetingCadenceDays ? `${group.meetingCadenceDays} days` : null}
                />
                <Fact
                  label="Cost per meeting"
                  value={group.costPerMeeting ? formatMoney(group.costPerMeeting) : null}
                />
                <Fact
                  label="Travel cost"
                  value={group.travelCost ? formatMoney(group.travelCost) : null}
                />
                <Fact
                  label="Time per meeting"
                  value={`${minutesText(group.timePerMeetingMinutes)} (preparation ${group.prepMinutes}, travel ${group.travelMinutes}, meeting ${group.meetingMinutes}, chat ${group.chatMinutes} min)`}
                />
                <Fact
                  label="Joined"
                  value={
                    group.joinedOn ? formatCalendarDate(group.joinedOn, { withYear: true }) : null
                  }
                />
                <Fact
                  label="Left"
                  value={group.leftOn ? formatCalendarDate(group.leftOn, { withYear: true }) : null}
                />
              </dl>
              <div className="toolbar">
                <button type="button" onClick={() => setEditing(true)}>
                  Edit
                </button>
                {group.leftOn ? null : (
                  <ConfirmAction
                    label="Leave group"
                    question="Leave this group today? Its history stays."
                    confirmLabel="Leave today"
                    pendingLabel="Leaving…"
                    pending={leave.isPending}
                    onConfirm={() => leave.mutate(groupInputOf(group, todayInputValue()))}
                  />
                )}
                <ConfirmAction
                  label="Delete"
                  question="Delete this group for good?"
                  confirmLabel="Delete group"
                  pendingLabel="Deleting…"
                  pending={remove.isPending}
                  onConfirm={() => remove.mutate()}
                />
              </div>
            </div>
          )}
          <MembersSection groupId={group.id} />
          <MeetingsSection groupId={group.id} groupName={group.name} />
          <EnjoymentSection groupId={group.id} history={group.enjoymentHistory} />
        </section>
      ) : null}
    </QueryState>
  );
};
