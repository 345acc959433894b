import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type RefObject, useEffect, useId, useRef, useState } from 'react';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { CompleteForm } from './complete-form.tsx';
import type { OneToOneView } from './one-to-one-fields.ts';
import { type Scheduled, ScheduleForm } from './schedule-form.tsx';
import { formatMeetingDay, formatMeetingTime } from './zoned-time.ts';

const CancelMutation = graphql(`
  mutation CancelOneToOne($id: ID!) {
    cancelOneToOne(id: $id) {
      __typename
      ... on OneToOne {
        id
        status
      }
      ... on Error {
        message
      }
    }
  }
`);

const NoShowMutation = graphql(`
  mutation MarkOneToOneNoShow($id: ID!) {
    markOneToOneNoShow(id: $id) {
      __typename
      ... on OneToOne {
        id
        status
      }
      ... on Error {
        message
      }
    }
  }
`);

/** What happened to a one-to-one, for the panel or page around the card to follow up on. */
export type CardOutcome =
  | { kind: 'rescheduled'; scheduled: Scheduled }
  | { kind: 'completed'; oneToOne: OneToOneView }
  | { kind: 'cancelled'; oneToOne: OneToOneView }
  | { kind: 'no-show'; oneToOne: OneToOneView };

type Mode = 'view' | 'confirm-done' | 'reschedule' | 'complete';

/**
 * A done meeting's touch is logged at its start, and a touch may be at most a day ahead (the
 * server's rule): a meeting further off cannot be marked done yet.
 */
const DONE_AHEAD_MS = 86_400_000;

/** A planned one-to-one: when and where, its invite, and what can be done with it. */
export const OneToOneCard = ({
  oneToOne,
  timeZone,
  myOffer,
  now,
  showPerson = false,
  onOutcome,
}: {
  oneToOne: OneToOneView;
  timeZone: string;
  myOffer: string;
  now: Date;
  showPerson?: boolean;
  onOutcome: (outcome: CardOutcome) => Promise<unknown>;
}) => {
  const [mode, setMode] = useState<Mode>('view');
  const doneButton = useRef<HTMLButtonElement>(null);
  const rescheduleButton = useRef<HTMLButtonElement>(null);
  const keepPlannedButton = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  // The button whose form just closed, to put focus back on once it is shown again.
  const returnTo = useRef<RefObject<HTMLButtonElement | null> | null>(null);
  useEffect(() => {
    if (mode === 'confirm-done') keepPlannedButton.current?.focus();
    if (mode === 'view' && returnTo.current) {
      returnTo.current.current?.focus();
      returnTo.current = null;
    }
  }, [mode]);
  const open = (next: Exclude<Mode, 'view'>) => {
    returnTo.current = next === 'reschedule' ? rescheduleButton : doneButton;
    setMode(next);
  };
  const statusChange = useMutation({
    mutationFn: async (change: 'cancelled' | 'no-show') => {
      const result =
        change === 'cancelled'
          ? (await request(CancelMutation, { id: oneToOne.id })).cancelOneToOne
          : (await request(NoShowMutation, { id: oneToOne.id })).markOneToOneNoShow;
      if (result.__typename !== 'OneToOne') throw new Error(result.message);
      await onOutcome({ kind: change, oneToOne });
    },
  });
  const started = new Date(oneToOne.startsAt) <= now;
  const tooEarlyToMarkDone = new Date(oneToOne.startsAt).getTime() - now.getTime() > DONE_AHEAD_MS;
  const day = formatMeetingDay(oneToOne.startsAt, timeZone);
  const where = [oneToOne.place, oneToOne.videoLink ? 'video call' : null]
    .filter(Boolean)
    .join(' · ');

  return (
    <article className="one-to-one" aria-label={`One-to-one with ${oneToOne.person.name}`}>
      <p className="one-to-one-when">
        {showPerson ? (
          <>
            <Link to="/people/$personId" params={{ personId: oneToOne.person.id }}>
              {oneToOne.person.name}
            </Link>
            {' · '}
          </>
        ) : null}
        <time dateTime={oneToOne.startsAt}>{formatMeetingTime(oneToOne.startsAt, timeZone)}</time>
        <span className="muted"> · {oneToOne.durationMinutes} min</span>
        {started ? <span className="badge badge-due">Did it happen?</span> : null}
      </p>
      {where ? <p className="muted">{where}</p> : null}
      {oneToOne.videoLink ? (
        <p>
          <a href={oneToOne.videoLink} target="_blank" rel="noreferrer noopener">
            Join the video call
          </a>
        </p>
      ) : null}
      {mode === 'view' ? (
        <>
          <p className="calendar-links">
            <a href={oneToOne.inviteUrl} download>
              Download invite (.ics)
            </a>
            <a href={oneToOne.googleCalendarUrl} target="_blank" rel="noreferrer noopener">
              Add to Google Calendar
            </a>
            <a href={oneToOne.outlookCalendarUrl} target="_blank" rel="noreferrer noopener">
              Add to Outlook
            </a>
          </p>
          {statusChange.error ? (
            <p className="form-error" role="alert">
              {statusChange.error.message}
            </p>
          ) : null}
          <div className="one-to-one-actions">
            <Link
              to="/one-to-ones/$oneToOneId/brief"
              params={{ oneToOneId: oneToOne.id }}
              className="button button-secondary button-small"
            >
              Prep brief
            </Link>
            <button
              ref={doneButton}
              type="button"
              className="button-small"
              // Not started yet: the user says so first, as the touch goes at the meeting's time.
              onClick={() => open(started ? 'complete' : 'confirm-done')}
            >
              Mark done
            </button>
            <button
              ref={rescheduleButton}
              type="button"
              className="secondary button-small"
              onClick={() => open('reschedule')}
            >
              Reschedule
            </button>
            {started ? (
              <ConfirmAction
                label="No-show"
                question="They did not come? Nothing is logged."
                confirmLabel="Yes, a no-show"
                pendingLabel="Saving…"
                pending={statusChange.isPending}
                onConfirm={() => statusChange.mutate('no-show')}
              />
            ) : null}
            <ConfirmAction
              label="Cancel meeting"
              question="Cancel this one-to-one?"
              confirmLabel="Yes, cancel it"
              pendingLabel="Cancelling…"
              pending={statusChange.isPending}
              onConfirm={() => statusChange.mutate('cancelled')}
            />
          </div>
        </>
      ) : null}
      {mode === 'confirm-done' ? (
        <fieldset className="confirm" aria-labelledby={questionId}>
          <span id={questionId}>
            {tooEarlyToMarkDone
              ? `This meeting is on ${day}, more than a day away: mark it done once it has happened, or reschedule it to when you met.`
              : `This meeting is on ${day}; mark it done anyway?`}
          </span>
          <span className="confirm-actions">
            {tooEarlyToMarkDone ? (
              <button type="button" className="button-small" onClick={() => open('reschedule')}>
                Reschedule
              </button>
            ) : (
              <button type="button" className="button-small" onClick={() => setMode('complete')}>
                Yes, mark it done
              </button>
            )}
            <button
              ref={keepPlannedButton}
              type="button"
              className="secondary button-small"
              onClick={() => setMode('view')}
            >
              Keep it planned
            </button>
          </span>
        </fieldset>
      ) : null}
      {mode === 'reschedule' ? (
        <ScheduleForm
          personId={oneToOne.person.id}
          personName={oneToOne.person.name}
          existing={oneToOne}
          timeZone={timeZone}
          myOffer={myOffer}
          onSaved={async (scheduled) => {
            await onOutcome({ kind: 'rescheduled', scheduled });
            setMode('view');
          }}
          onCancel={() => setMode('view')}
        />
      ) : null}
      {mode === 'complete' ? (
        <CompleteForm
          oneToOne={oneToOne}
          onCompleted={() => onOutcome({ kind: 'completed', oneToOne })}
          onCancel={() => setMode('view')}
        />
      ) : null}
    </article>
  );
};
