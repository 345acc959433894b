import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql.ts';
import { formatDate } from '../../ui/dates.ts';
import { QuickLogForm } from '../interactions/quick-log-form.tsx';
import { DueBadge } from '../people/due-badge.tsx';
import { refreshFollowUps } from '../weekly/follow-ups.ts';
import { useKeyboardRow } from '../weekly/keyboard-list.tsx';
import { PromptButtons, PromptForm, type PromptMode } from './prompt-actions.tsx';

export const OpenPromptFragment = graphql(`
  fragment OpenPrompt on Prompt {
    id
    reason
    dueAt
    raisedAt
    person {
      id
      name
      dueState
      nextDueAt
    }
  }
`);

type Mode = 'idle' | 'log' | PromptMode;

export const promptRowKey = (id: string) => `prompt:${id}`;

/** One open prompt: why it was raised, and log / snooze / dismiss in place. */
export const PromptRow = ({
  prompt: data,
  announce,
}: {
  prompt: FragmentOf<typeof OpenPromptFragment>;
  announce: (message: string) => void;
}) => {
  const prompt = readFragment(OpenPromptFragment, data);
  const { person } = prompt;
  const queryClient = useQueryClient();
  const nameId = useId();
  const [mode, setMode] = useState<Mode>('idle');
  const row = useKeyboardRow<HTMLLIElement>(promptRowKey(prompt.id), {
    log: () => setMode('log'),
    secondary: () => setMode('snooze'),
  });

  // A form closed without acting gives the focus back to its row, so j/k carry on from here.
  const close = () => {
    setMode('idle');
    row.ref.current?.focus();
  };
  const refresh = () => refreshFollowUps(queryClient, person.id);

  return (
    <li
      ref={row.ref}
      className="entry"
      tabIndex={-1}
      data-current={row.isCurrent || undefined}
      aria-labelledby={nameId}
      onFocus={row.onFocus}
    >
      <div className="entry-head">
        <Link
          id={nameId}
          to="/people/$personId"
          params={{ personId: person.id }}
          className="primary"
        >
          {person.name}
        </Link>
        <DueBadge state={person.dueState} nextDueAt={person.nextDueAt} />
        <span className="muted entry-when">
          due since <time dateTime={prompt.dueAt}>{formatDate(prompt.dueAt)}</time>
        </span>
      </div>
      <p className="entry-reason">{prompt.reason}</p>
      {mode === 'idle' ? (
        <div className="entry-actions">
          <button
            type="button"
            className="button-small"
            aria-describedby={nameId}
            onClick={() => setMode('log')}
          >
            Log touch
          </button>
          <PromptButtons describedBy={nameId} onChoose={setMode} />
        </div>
      ) : null}
      {mode === 'log' ? (
        <QuickLogForm
          personId={person.id}
          personName={person.name}
          onCancel={close}
          onLogged={async (touch) => {
            await refresh();
            announce(
              `Logged: ${touch.kindLabel} with ${person.name} on ${formatDate(touch.occurredAt)}.`,
            );
            // A depth touch closes the prompt and the row goes; a visibility touch leaves it open.
            close();
          }}
        />
      ) : null}
      {mode === 'snooze' || mode === 'dismiss' ? (
        <PromptForm
          mode={mode}
          promptId={prompt.id}
          person={person}
          announce={announce}
          onClose={close}
        />
      ) : null}
    </li>
  );
};
