import { useQueryClient } from '@tanstack/react-query';
import { formatDate } from '../../ui/dates.ts';
import { refreshFollowUps } from '../weekly/follow-ups.ts';
import { DismissForm } from './dismiss-form.tsx';
import { SnoozeForm } from './snooze-form.tsx';

/** What can be done with an open prompt besides logging a touch. */
export type PromptMode = 'snooze' | 'dismiss';

/** Snooze and Dismiss, among a row's actions, wherever the person's prompt is shown. */
export const PromptButtons = ({
  describedBy,
  onChoose,
}: {
  describedBy: string;
  onChoose: (mode: PromptMode) => void;
}) => (
  <>
    <button
      type="button"
      className="secondary button-small"
      aria-describedby={describedBy}
      onClick={() => onChoose('snooze')}
    >
      Snooze
    </button>
    <button
      type="button"
      className="secondary button-small"
      aria-describedby={describedBy}
      onClick={() => onChoose('dismiss')}
    >
      Dismiss
    </button>
  </>
);

/** The snooze or the dismiss form of a person's prompt; what was done is announced. */
export const PromptForm = ({
  mode,
  promptId,
  person,
  announce,
  onClose,
}: {
  mode: PromptMode;
  promptId: string;
  person: { id: string; name: string };
  announce: (message: string) => void;
  /** After acting or cancelling: the row takes the focus back. */
  onClose: () => void;
}) => {
  const queryClient = useQueryClient();
  const refresh = () => refreshFollowUps(queryClient, person.id);
  return mode === 'snooze' ? (
    <SnoozeForm
      promptId={promptId}
      personName={person.name}
      onCancel={onClose}
      onSnoozed={async (until) => {
        await refresh();
        announce(`Snoozed the prompt for ${person.name} until ${formatDate(until)}.`);
        onClose();
      }}
    />
  ) : (
    <DismissForm
      promptId={promptId}
      personName={person.name}
      onCancel={onClose}
      onDismissed={async () => {
        await refresh();
        announce(`Dismissed the prompt for ${person.name}.`);
        onClose();
      }}
    />
  );
};
