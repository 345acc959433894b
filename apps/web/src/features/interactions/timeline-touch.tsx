import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { formatDate } from '../../ui/dates.ts';
import { formatMoney, type Money } from '../../ui/money.ts';
import { EditTouchForm } from './edit-touch-form.tsx';
import { formatDuration } from './interaction-kinds.ts';
import { LogInteractionMutation } from './log-touch-form.tsx';

export const TimelineTouchFragment = graphql(`
  fragment TimelineTouch on Interaction {
    id
    kind
    kindLabel
    isDepthTouch
    occurredAt
    durationMinutes
    cost {
      amount
      currency
    }
    notes
    people {
      id
      name
    }
  }
`);

const DeleteInteractionMutation = graphql(`
  mutation DeleteInteraction($id: ID!) {
    deleteInteraction(id: $id) {
      __typename
      ... on DeletedInteraction {
        id
        kind
        occurredAt
        notes
        groupMeetingId
      }
      ... on Error {
        message
      }
    }
  }
`);

type Touch = ResultOf<typeof TimelineTouchFragment>;

/** What "Undo" needs to log a deleted touch again: the deleted row, and who was in it. */
export type DeletedTouch = {
  kind: Touch['kind'];
  kindLabel: string;
  occurredAt: string;
  notes: string | null;
  durationMinutes: number | null;
  cost: Money | null;
  personIds: string[];
  /** The group meeting it was the touch of, which gets it back. */
  groupMeetingId: string | null;
};

/** A touch on the timeline, edited in place and deleted with an undo. */
export const TouchEntry = ({
  touch: data,
  personId,
  onChanged,
  onDeleted,
}: {
  touch: FragmentOf<typeof TimelineTouchFragment>;
  personId: string;
  onChanged: () => Promise<unknown>;
  onDeleted: (deleted: DeletedTouch) => void;
}) => {
  const touch = readFragment(TimelineTouchFragment, data);
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const others = touch.people.filter((person) => person.id !== personId);
  const remove = useMutation({
    mutationFn: async () => {
      const result = (await request(DeleteInteractionMutation, { id: touch.id })).deleteInteraction;
      if (result.__typename !== 'DeletedInteraction') throw new Error(result.message);
      await onChanged();
      return result;
    },
    onSuccess: (deleted) =>
      onDeleted({
        kind: deleted.kind,
        kindLabel: touch.kindLabel,
        occurredAt: deleted.occurredAt,
        notes: deleted.notes,
        // Not returned by the deletion: taken from the entry as it was shown.
        durationMinutes: touch.durationMinutes,
        cost: touch.cost,
        personIds: touch.people.map((person) => person.id),
        groupMeetingId: deleted.groupMeetingId,
      }),
  });

  const stopEditing = () => {
    flushSync(() => setEditing(false));
    editRef.current?.focus();
  };

  return (
    <li className={touch.isDepthTouch ? 'depth' : 'visibility'}>
      {editing ? (
        <EditTouchForm
          touch={touch}
          onSaved={async () => {
            await onChanged();
            stopEditing();
          }}
          onCancel={stopEditing}
        />
      ) : (
        <>
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
            {touch.cost ? <span className="muted">cost {formatMoney(touch.cost)}</span> : null}
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
          <div className="timeline-actions">
            <button
              ref={editRef}
              type="button"
              className="secondary button-small"
              aria-label={`Edit ${touch.kindLabel} on ${formatDate(touch.occurredAt)}`}
              onClick={() => setEditing(true)}
            >
              Edit
            </button>
            <ConfirmAction
              label="Delete"
              question={
                others.length > 0
                  ? `Delete this ${touch.kindLabel.toLowerCase()} for everyone in it?`
                  : `Delete this ${touch.kindLabel.toLowerCase()}?`
              }
              confirmLabel="Delete"
              pendingLabel="Deleting…"
              pending={remove.isPending}
              onConfirm={() => remove.mutate()}
            />
          </div>
          {remove.error ? (
            <p className="field-error" role="alert">
              {remove.error.message}
            </p>
          ) : null}
        </>
      )}
    </li>
  );
};

/** "Deleted … Undo": logs the deleted touch again, with the same people, date and notes. */
export const UndoDelete = ({
  deleted,
  onChanged,
  onDone,
}: {
  deleted: DeletedTouch;
  onChanged: () => Promise<unknown>;
  onDone: (message: string) => void;
}) => {
  const undo = useMutation({
    mutationFn: async () => {
      const result = (
        await request(LogInteractionMutation, {
          input: {
            kind: deleted.kind,
            occurredAt: deleted.occurredAt,
            notes: deleted.notes,
            durationMinutes: deleted.durationMinutes,
            cost: deleted.cost,
            personIds: deleted.personIds,
            groupMeetingId: deleted.groupMeetingId,
          },
        })
      ).logInteraction;
      if (result.__typename !== 'Interaction') throw new Error(result.message);
      await onChanged();
    },
    onSuccess: () => onDone(`${deleted.kindLabel} on ${formatDate(deleted.occurredAt)} restored.`),
  });
  return (
    <div className="notice" role="status">
      <span>
        Deleted: {deleted.kindLabel} on {formatDate(deleted.occurredAt)}.
      </span>
      <button
        type="button"
        className="secondary button-small"
        disabled={undo.isPending}
        onClick={() => undo.mutate()}
      >
        {undo.isPending ? 'Restoring…' : 'Undo'}
      </button>
      {undo.error ? (
        <span className="field-error" role="alert">
          {undo.error.message}
        </span>
      ) : null}
    </div>
  );
};
