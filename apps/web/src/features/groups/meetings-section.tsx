import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorText } from '../../lib/field-errors.ts';
import { request } from '../../lib/request.ts';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { formatCalendarDate } from '../../ui/dates.ts';
import { FormError } from '../../ui/form-error.tsx';
import { formatMoney, type Money } from '../../ui/money.ts';
import { QueryState } from '../../ui/query-state.tsx';
import {
  MeetingForm,
  type MeetingInput,
  meetingDraftOf,
  newMeetingDraft,
} from './meeting-form.tsx';
import {
  DeleteGroupMeetingMutation,
  GroupMeetingsQuery,
  type GroupMeetingView,
  groupMeetingsKey,
  LogGroupMeetingMutation,
  MEETINGS_SHOWN,
  refreshAfterMeeting,
  UpdateGroupMeetingMutation,
} from './meeting-queries.ts';
import { WentTodayButton } from './went-today-button.tsx';
import './meetings.css';

type Person = { id: string; name: string };

/** The members, and whoever the meeting already names (someone who has since left, say). */
const peopleFor = (members: readonly Person[], meeting?: GroupMeetingView): Person[] => {
  const byId = new Map(members.map((person) => [person.id, person]));
  for (const person of meeting?.spokeTo ?? []) byId.set(person.id, person);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
};

const costText = (label: string, cost: Money | null, usual: boolean) =>
  cost ? `${label} ${formatMoney(cost)}${usual ? ' (usual)' : ''}` : null;

type Costs = { currency: string; usualMealCost: Money | null; usualTravelCost: Money | null };

const MeetingRow = ({
  meeting,
  members,
  costs,
}: {
  meeting: GroupMeetingView;
  members: readonly Person[];
  costs: Costs;
}) => {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const day = formatCalendarDate(meeting.heldOn, { withYear: true });

  const update = async (input: MeetingInput) => {
    const result = (await request(UpdateGroupMeetingMutation, { id: meeting.id, input }))
      .updateGroupMeeting;
    if (result.__typename === 'GroupMeeting') {
      await refreshAfterMeeting(queryClient);
      setEditing(false);
    }
    return result;
  };

  const remove = useMutation({
    mutationFn: async () =>
      (await request(DeleteGroupMeetingMutation, { id: meeting.id })).deleteGroupMeeting,
    onSuccess: async (result) => {
      if (result.__typename === 'DeletedGroupMeeting') {
        await refreshAfterMeeting(queryClient);
        return;
      }
      setError(result.message);
    },
    onError: (failure) => setError(errorText(failure)),
  });

  if (editing) {
    return (
      <li className="meeting-row">
        <MeetingForm
          label={`Edit the meeting of ${day}`}
          initial={meetingDraftOf(meeting)}
          {...costs}
          people={peopleFor(members, meeting)}
          save={update}
          submitLabel="Save meeting"
          cancel={
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          }
        />
      </li>
    );
  }

  const details = meeting.attended
    ? [
        costText('Meal', meeting.mealCost, meeting.usesUsualMealCost),
        costText('Travel', meeting.travelCost, meeting.usesUsualTravelCost),
      ].filter(Boolean)
    : [];
  return (
    <li className="meeting-row">
      <div className="meeting-summary">
        <span className="primary">{day}</span>{' '}
        <span className={meeting.attended ? 'badge badge-ok' : 'badge badge-none'}>
          {meeting.attended ? 'Went' : 'Missed'}
        </span>
        {details.length > 0 ? <div className="muted">{details.join(' · ')}</div> : null}
        {meeting.spokeTo.length > 0 ? (
          <div>Spoke to {meeting.spokeTo.map((person) => person.name).join(', ')}</div>
        ) : null}
        {meeting.notes ? <p className="meeting-notes">{meeting.notes}</p> : null}
      </div>
      <FormError message={error} />
      <div className="toolbar">
        <button
          type="button"
          className="secondary button-small"
          aria-label={`Edit the meeting of ${day}`}
          onClick={() => setEditing(true)}
        >
          Edit
        </button>
        <ConfirmAction
          label="Delete"
          accessibleName={`Delete the meeting of ${day}`}
          question={
            meeting.spokeTo.length > 0
              ? 'Delete this meeting, and its touch with the people you spoke to?'
              : 'Delete this meeting?'
          }
          confirmLabel="Delete meeting"
          pendingLabel="Deleting…"
          pending={remove.isPending}
          onConfirm={() => remove.mutate()}
        />
      </div>
    </li>
  );
};

/**
 * A group's meetings: "I went today" in one tap, a form for any other meeting (its actual costs
 * and who I spoke to), and every meeting, newest first, to edit or delete.
 */
export const MeetingsSection = ({ groupId, groupName }: { groupId: string; groupName: string }) => {
  const queryClient = useQueryClient();
  const [logging, setLogging] = useState(false);
  const query = useQuery({
    queryKey: groupMeetingsKey(groupId),
    queryFn: async () =>
      (await request(GroupMeetingsQuery, { id: groupId, first: MEETINGS_SHOWN })).group,
  });
  const group = query.data?.__typename === 'Group' ? query.data : null;
  const members = group?.members.map((member) => member.person) ?? [];
  const costs: Costs = {
    currency: group?.currency ?? '',
    usualMealCost: group?.costPerMeeting ?? null,
    usualTravelCost: group?.travelCost ?? null,
  };

  const log = async (input: MeetingInput) => {
    const result = (await request(LogGroupMeetingMutation, { groupId, input })).logGroupMeeting;
    if (result.__typename === 'GroupMeeting') {
      await refreshAfterMeeting(queryClient);
      setLogging(false);
    }
    return result;
  };

  return (
    <section className="card meetings" aria-labelledby="meetings-title">
      <h2 id="meetings-title">Meetings</h2>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()}>
        {group ? (
          <>
            {group.leftOn ? null : <WentTodayButton groupId={groupId} groupName={groupName} big />}
            {logging ? (
              <MeetingForm
                label="Log a meeting"
                initial={newMeetingDraft()}
                {...costs}
                people={peopleFor(members)}
                save={log}
                submitLabel="Log meeting"
                cancel={
                  <button type="button" className="secondary" onClick={() => setLogging(false)}>
                    Cancel
                  </button>
                }
              />
            ) : (
              <div className="toolbar">
                <button type="button" className="secondary" onClick={() => setLogging(true)}>
                  Log a meeting
                </button>
              </div>
            )}
            {group.meetings.length === 0 ? (
              <p className="muted">No meetings logged yet.</p>
            ) : (
              <>
                <p className="muted">
                  {group.meetingCount === 1 ? '1 meeting' : `${group.meetingCount} meetings`}
                  {group.meetingCount > group.meetings.length
                    ? `, the latest ${group.meetings.length} shown`
                    : ''}
                </p>
                <ul className="list meeting-list" aria-label="Meetings">
                  {group.meetings.map((meeting) => (
                    <MeetingRow
                      key={meeting.id}
                      meeting={meeting}
                      members={members}
                      costs={costs}
                    />
                  ))}
                </ul>
              </>
            )}
          </>
        ) : null}
      </QueryState>
    </section>
  );
};
