import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { errorText } from '../../lib/field-errors.ts';
import { request } from '../../lib/request.ts';
import { useSaveForm } from '../../lib/use-save-form.ts';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { formatCalendarDate, todayInputValue } from '../../ui/dates.ts';
import { Field } from '../../ui/field.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { cancelOnEscape, QuickFormActions } from '../../ui/quick-form-actions.tsx';
import { AddMembersForm } from './add-members-form.tsx';
import { GROUPS_KEY } from './group-queries.ts';
import {
  GroupMembersQuery,
  type GroupMemberView,
  RemoveGroupMemberMutation,
  UpdateGroupMemberMutation,
} from './members-queries.ts';

/** By my professions in Settings: worth knowing before spending time on a member. */
const ROLE_LABELS = { COMPETITOR: 'Competitor', POWER_PARTNER: 'Power partner' } as const;

const LEAVE_FIELDS = new Set(['leftOn']);

const dayText = (day: string) => formatCalendarDate(day, { withYear: true });

const datesText = (member: GroupMemberView) => {
  const joined = member.joinedOn ? `Joined ${dayText(member.joinedOn)}` : 'Joined: date not noted';
  return member.leftOn ? `${joined} · left ${dayText(member.leftOn)}` : joined;
};

/** The first problem a refusal names, for a one-line message beside the member. */
const refusalText = (result: { message: string; issues?: readonly { message: string }[] }) =>
  result.issues?.[0]?.message ?? result.message;

/** Asks the day they left (today unless said otherwise), which keeps the membership as history. */
const LeaveForm = ({
  groupId,
  member,
  onLeft,
  onCancel,
}: {
  groupId: string;
  member: GroupMemberView;
  onLeft: () => Promise<unknown>;
  onCancel: () => void;
}) => {
  const [leftOn, setLeftOn] = useState(todayInputValue);
  const { formRef, errors, clearError, formError, saving, submit } = useSaveForm(
    async (day: string) => {
      const result = (
        await request(UpdateGroupMemberMutation, {
          groupId,
          personId: member.person.id,
          input: { profession: member.profession, joinedOn: member.joinedOn, leftOn: day },
        })
      ).updateGroupMember;
      if (result.__typename === 'GroupMember') await onLeft();
      return result;
    },
    'GroupMember',
    LEAVE_FIELDS,
  );
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await submit(leftOn);
  };
  return (
    <form
      ref={formRef}
      noValidate
      className="quick-form"
      aria-label={`Mark ${member.person.name} as left`}
      onSubmit={onSubmit}
      onKeyDown={cancelOnEscape(saving.isPending, onCancel)}
    >
      <FormError message={formError} />
      <Field label="Left on" error={errors.leftOn}>
        <input
          type="date"
          value={leftOn}
          min={member.joinedOn ?? undefined}
          max={todayInputValue()}
          onChange={(event) => {
            setLeftOn(event.target.value);
            clearError('leftOn');
          }}
        />
      </Field>
      <QuickFormActions
        pending={saving.isPending}
        submitLabel="Mark as left"
        pendingLabel="Saving…"
        onCancel={onCancel}
      />
    </form>
  );
};

/** One member: their page, what they do in the group, when they joined, and what can change. */
const MemberRow = ({
  groupId,
  member,
  refresh,
}: {
  groupId: string;
  member: GroupMemberView;
  refresh: () => Promise<unknown>;
}) => {
  const [leaving, setLeaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = member.person.name;
  const personId = member.person.id;

  const remove = useMutation({
    mutationFn: async () =>
      (await request(RemoveGroupMemberMutation, { groupId, personId })).removeGroupMember,
    onSuccess: async (result) => {
      if (result.__typename === 'Group') return refresh();
      setError(refusalText(result));
    },
    onError: (failure) => setError(errorText(failure)),
  });
  // Rejoining clears the left date; the joined date stays as it was.
  const rejoin = useMutation({
    mutationFn: async () =>
      (
        await request(UpdateGroupMemberMutation, {
          groupId,
          personId,
          input: { profession: member.profession, joinedOn: member.joinedOn, leftOn: null },
        })
      ).updateGroupMember,
    onSuccess: async (result) => {
      if (result.__typename === 'GroupMember') return refresh();
      setError(refusalText(result));
    },
    onError: (failure) => setError(errorText(failure)),
  });

  return (
    <li className="entry">
      <div className="entry-head">
        <Link to="/people/$personId" params={{ personId }} className="primary">
          {name}
        </Link>
        {member.profession ? <span>{member.profession}</span> : null}
        {member.role ? (
          <span className={member.role === 'COMPETITOR' ? 'badge badge-due' : 'badge badge-ok'}>
            {ROLE_LABELS[member.role]}
          </span>
        ) : null}
      </div>
      <p className="entry-reason">{datesText(member)}</p>
      <FormError message={error} />
      {leaving ? (
        <LeaveForm
          groupId={groupId}
          member={member}
          onLeft={refresh}
          onCancel={() => setLeaving(false)}
        />
      ) : (
        <div className="entry-actions">
          {member.isCurrent ? (
            <button
              type="button"
              className="secondary button-small"
              aria-label={`Mark as left: ${name}`}
              onClick={() => {
                setError(null);
                setLeaving(true);
              }}
            >
              Mark as left
            </button>
          ) : (
            <button
              type="button"
              className="secondary button-small"
              aria-label={`Rejoin ${name}`}
              disabled={rejoin.isPending}
              onClick={() => {
                setError(null);
                rejoin.mutate();
              }}
            >
              {rejoin.isPending ? 'Rejoining…' : 'Rejoin'}
            </button>
          )}
          <ConfirmAction
            label="Remove"
            accessibleName={`Remove ${name}`}
            question={`Remove ${name}, added by mistake? Someone who left is marked as left instead.`}
            confirmLabel="Remove"
            pendingLabel="Removing…"
            pending={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
        </div>
      )}
    </li>
  );
};

/** Who is in the group: current members by name, past ones on request, and adding many at once. */
export const MembersSection = ({ groupId }: { groupId: string }) => {
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [showPast, setShowPast] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const query = useQuery({
    queryKey: [...GROUPS_KEY, groupId, 'members'],
    queryFn: async () => (await request(GroupMembersQuery, { id: groupId })).group,
  });
  const members = query.data?.__typename === 'Group' ? query.data.members : [];
  const current = members.filter((member) => member.isCurrent);
  const past = members.filter((member) => !member.isCurrent);

  // New people appear in the people list; members' pages show their groups.
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: GROUPS_KEY }),
      queryClient.invalidateQueries({ queryKey: ['people'] }),
      queryClient.invalidateQueries({ queryKey: ['person'] }),
    ]);

  return (
    <section className="card" aria-labelledby="members-title">
      <div className="card-head">
        <h2 id="members-title">Members</h2>
        {adding ? null : (
          <button
            type="button"
            className="button-small"
            onClick={() => {
              setAdded(null);
              setAdding(true);
            }}
          >
            Add members
          </button>
        )}
      </div>
      {added ? (
        <p className="form-success" role="status">
          {added}
        </p>
      ) : null}
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()}>
        {adding ? (
          <AddMembersForm
            groupId={groupId}
            members={members}
            onAdded={async (summary) => {
              await refresh();
              setAdding(false);
              setAdded(summary);
            }}
            onCancel={() => setAdding(false)}
          />
        ) : null}
        {current.length === 0 ? (
          <p className="muted">
            No members yet. Add the people you meet here, with what each of them does.
          </p>
        ) : (
          <ul className="entries" aria-label="Current members">
            {current.map((member) => (
              <MemberRow
                key={member.person.id}
                groupId={groupId}
                member={member}
                refresh={refresh}
              />
            ))}
          </ul>
        )}
        {past.length > 0 ? (
          <>
            <p>
              <button
                type="button"
                className="secondary button-small"
                aria-expanded={showPast}
                onClick={() => setShowPast((shown) => !shown)}
              >
                {`${showPast ? 'Hide' : 'Show'} past members (${past.length})`}
              </button>
            </p>
            {showPast ? (
              <ul className="entries" aria-label="Past members">
                {past.map((member) => (
                  <MemberRow
                    key={member.person.id}
                    groupId={groupId}
                    member={member}
                    refresh={refresh}
                  />
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </QueryState>
    </section>
  );
};
