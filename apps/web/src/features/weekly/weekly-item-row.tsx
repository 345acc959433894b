import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { formatDate } from '../../ui/dates.ts';
import { QuickLogForm } from '../interactions/quick-log-form.tsx';
import { NextOneToOneNote } from '../one-to-ones/next-one-to-one-note.tsx';
import { DueBadge } from '../people/due-badge.tsx';
import { PromptButtons, PromptForm, type PromptMode } from '../prompts/prompt-actions.tsx';
import { refreshFollowUps, weeklyKeys } from './follow-ups.ts';
import { useKeyboardRow } from './keyboard-list.tsx';

export const WeeklyItemFragment = graphql(`
  fragment WeeklyItem on WeeklyListItem {
    id
    position
    reason
    status
    actedAt
    person {
      id
      name
      dueState
      nextDueAt
      nextOneToOne {
        id
        startsAt
      }
      openPrompt {
        id
        dueAt
      }
    }
  }
`);

const MarkWeeklyItemMutation = graphql(`
  mutation MarkWeeklyItem($id: ID!, $status: WeeklyItemStatus!) {
    markWeeklyItem(id: $id, status: $status) {
      __typename
      ... on WeeklyListItem {
        id
        status
        actedAt
      }
      ... on Error {
        message
      }
    }
  }
`);

type Status = 'PENDING' | 'DONE' | 'SKIPPED';
type Mode = 'idle' | 'log' | PromptMode;

export const weeklyRowKey = (id: string) => `item:${id}`;

const STATUS_BADGES: Record<Status, { label: string; className: string }> = {
  PENDING: { label: 'To do', className: 'badge badge-none' },
  DONE: { label: 'Done', className: 'badge badge-ok' },
  SKIPPED: { label: 'Skipped', className: 'badge badge-none' },
};

/**
 * One person on the week's list: why them, and log / skip / schedule in one click. Their open
 * prompt, if any, is shown here with its snooze and dismiss, not again among the prompts.
 */
export const WeeklyItemRow = ({
  item: data,
  announce,
}: {
  item: FragmentOf<typeof WeeklyItemFragment>;
  announce: (message: string) => void;
}) => {
  const item = readFragment(WeeklyItemFragment, data);
  const { person } = item;
  const prompt = person.openPrompt;
  const queryClient = useQueryClient();
  const nameId = useId();
  const undoRef = useRef<HTMLButtonElement>(null);
  const skipRef = useRef<HTMLButtonElement>(null);
  const [mode, setMode] = useState<Mode>('idle');

  const mark = useMutation({
    mutationFn: async (status: Status) => {
      const result = (await request(MarkWeeklyItemMutation, { id: item.id, status }))
        .markWeeklyItem;
      if (result.__typename !== 'WeeklyListItem') throw new Error(result.message);
      await queryClient.invalidateQueries({ queryKey: weeklyKeys.all });
      return result;
    },
  });

  const setStatus = (status: Status) => {
    if (mark.isPending) return;
    const focusWasHere = row.ref.current?.contains(document.activeElement) ?? false;
    mark.mutate(status, {
      onSuccess: () => {
        announce(
          status === 'SKIPPED'
            ? `Skipped ${person.name} this week.`
            : `${person.name} is back on this week’s list.`,
        );
        // The button pressed is replaced by its opposite: keep the focus on the row's controls.
        if (focusWasHere && document.activeElement !== row.ref.current) {
          (status === 'SKIPPED' ? undoRef : skipRef).current?.focus();
        }
      },
    });
  };

  const row = useKeyboardRow<HTMLLIElement>(weeklyRowKey(item.id), {
    log: () => setMode('log'),
    secondary: () => {
      if (item.status === 'PENDING') setStatus('SKIPPED');
    },
  });

  const closeForm = () => {
    flushSync(() => setMode('idle'));
    row.ref.current?.focus();
  };

  const status = (mark.isPending ? mark.variables : item.status) as Status;
  // A prompt closed elsewhere (a touch, another tab) takes its open form with it.
  const shown: Mode = mode !== 'log' && !prompt ? 'idle' : mode;
  const badge = STATUS_BADGES[status];

  return (
    <li
      ref={row.ref}
      className={`entry entry-${status.toLowerCase()}`}
      tabIndex={-1}
      data-current={row.isCurrent || undefined}
      data-status={status}
      aria-labelledby={nameId}
      onFocus={row.onFocus}
    >
      <div className="entry-head">
        <span className="entry-position" aria-hidden="true">
          {item.position + 1}
        </span>
        <Link
          id={nameId}
          to="/people/$personId"
          params={{ personId: person.id }}
          className="primary"
        >
          {person.name}
        </Link>
        {status === 'PENDING' ? (
          <DueBadge state={person.dueState} nextDueAt={person.nextDueAt} />
        ) : null}
        <span className={badge.className} data-testid="item-status">
          {badge.label}
        </span>
        {status !== 'PENDING' && item.actedAt ? (
          <span className="muted entry-when">{formatDate(item.actedAt)}</span>
        ) : null}
        {prompt ? (
          <span className="muted entry-when" data-testid="prompt-open">
            prompt open, due since <time dateTime={prompt.dueAt}>{formatDate(prompt.dueAt)}</time>
          </span>
        ) : null}
      </div>
      <p className="entry-reason">
        <span className="visually-hidden">Why this person: </span>
        {item.reason}
      </p>
      {mark.error ? (
        <p className="field-error" role="alert">
          {mark.error.message}
        </p>
      ) : null}
      {shown === 'log' ? (
        <QuickLogForm
          personId={person.id}
          personName={person.name}
          onCancel={closeForm}
          onLogged={async (touch) => {
            await refreshFollowUps(queryClient, person.id);
            announce(
              `Logged: ${touch.kindLabel} with ${person.name} on ${formatDate(touch.occurredAt)}.`,
            );
            closeForm();
          }}
        />
      ) : null}
      {prompt && (shown === 'snooze' || shown === 'dismiss') ? (
        <PromptForm
          mode={shown}
          promptId={prompt.id}
          person={person}
          announce={announce}
          onClose={closeForm}
        />
      ) : null}
      {shown === 'idle' ? (
        <div className="entry-actions">
          {status === 'PENDING' || prompt ? (
            <button
              type="button"
              className="button-small"
              aria-describedby={nameId}
              onClick={() => setMode('log')}
            >
              Log touch
            </button>
          ) : null}
          {status === 'PENDING' ? (
            <>
              <button
                ref={skipRef}
                type="button"
                className="secondary button-small"
                aria-describedby={nameId}
                disabled={mark.isPending}
                onClick={() => setStatus('SKIPPED')}
              >
                Skip
              </button>
              {person.nextOneToOne ? (
                <NextOneToOneNote startsAt={person.nextOneToOne.startsAt} />
              ) : (
                <Link
                  to="/people/$personId"
                  params={{ personId: person.id }}
                  search={{ schedule: true }}
                  className="button button-secondary button-small"
                  aria-describedby={nameId}
                >
                  Schedule one-to-one
                </Link>
              )}
            </>
          ) : null}
          {status === 'SKIPPED' ? (
            <button
              ref={undoRef}
              type="button"
              className="secondary button-small"
              aria-label={`Undo skipping ${person.name}`}
              disabled={mark.isPending}
              onClick={() => setStatus('PENDING')}
            >
              Undo
            </button>
          ) : null}
          {prompt ? <PromptButtons describedBy={nameId} onChoose={setMode} /> : null}
        </div>
      ) : null}
    </li>
  );
};
