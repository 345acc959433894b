import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { graphql, type ResultOf } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { formatDate } from '../../ui/dates.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { EditTouchForm } from './edit-touch-form.tsx';
import { formatDuration } from './interaction-kinds.ts';
import { LogInteractionMutation } from './log-touch-form.tsx';

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
            cost
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

const DeleteInteractionMutation = graphql(`
  mutation DeleteInteraction($id: ID!) {
    deleteInteraction(id: $id) {
      __typename
      ... on DeletedInteraction {
        id
        kind
        occurredAt
        notes
      }
      ... on Error {
        message
      }
    }
  }
`);

/** Lives under the person's key, so refreshing the person refreshes the timeline too. */
const timelineQueryKey = (personId: string) => ['person', personId, 'timeline'] as const;

type Touch = Extract<
  ResultOf<typeof TimelineQuery>['person'],
  { __typename: 'Person' }
>['timeline']['nodes'][number];

/** What "Undo" needs to log a deleted touch again: the deleted row, and who was in it. */
type Deleted = {
  kind: Touch['kind'];
  kindLabel: string;
  occurredAt: string;
  notes: string | null;
  durationMinutes: number | null;
  cost: number | null;
  personIds: string[];
};

const TimelineEntry = ({
  touch,
  personId,
  onChanged,
  onDeleted,
}: {
  touch: Touch;
  personId: string;
  onChanged: () => Promise<unknown>;
  onDeleted: (deleted: Deleted) => void;
}) => {
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
const UndoDelete = ({
  deleted,
  onChanged,
  onDone,
}: {
  deleted: Deleted;
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

export const Timeline = ({
  personId,
  onChanged,
}: {
  personId: string;
  onChanged: () => Promise<unknown>;
}) => {
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [restored, setRestored] = useState('');
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
        {touches.length === 0 ? (
          <p className="muted">No touches yet</p>
        ) : (
          <ol className="timeline">
            {touches.map((touch) => (
              <TimelineEntry
                key={touch.id}
                touch={touch}
                personId={personId}
                onChanged={onChanged}
                onDeleted={(entry) => {
                  setRestored('');
                  setDeleted(entry);
                }}
              />
            ))}
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
