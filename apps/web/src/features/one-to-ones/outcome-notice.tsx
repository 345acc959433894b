import type { ReactNode } from 'react';
import { DepthCheck } from './depth-check.tsx';
import type { CardOutcome } from './one-to-one-card.tsx';
import type { Scheduled } from './schedule-form.tsx';
import { formatMeetingTime } from './zoned-time.ts';

/** What follows a change to a one-to-one: its new invite, a clash, or the depth check. */
export type Outcome = CardOutcome | { kind: 'scheduled'; scheduled: Scheduled };

type Clash = Scheduled['clashes'][number];

/** The planned one-to-ones a slot overlaps; nothing when there are none. */
export const ClashWarning = ({
  clashes,
  timeZone,
  lead,
}: {
  clashes: readonly Clash[];
  timeZone: string;
  lead: string;
}) =>
  clashes.length > 0 ? (
    <div className="notice notice-warning" role="alert">
      <p>
        <strong>
          {lead} {clashes.length === 1 ? 'another one-to-one' : `${clashes.length} one-to-ones`}:
        </strong>
      </p>
      <ul>
        {clashes.map((clash) => (
          <li key={clash.id}>
            {clash.person.name}, {formatMeetingTime(clash.startsAt, timeZone)} (
            {clash.durationMinutes} min)
          </li>
        ))}
      </ul>
    </div>
  ) : null;

const Dismissible = ({ children, onClose }: { children: ReactNode; onClose: () => void }) => (
  <div className="outcome">
    {children}
    <button type="button" className="link" onClick={onClose}>
      Dismiss
    </button>
  </div>
);

const Message = ({ children }: { children: ReactNode }) => (
  <p className="form-success" role="status">
    {children}
  </p>
);

export const OutcomeNotice = ({
  outcome,
  timeZone,
  onChanged,
  onClose,
}: {
  outcome: Outcome;
  timeZone: string;
  onChanged: () => Promise<unknown>;
  onClose: () => void;
}) => {
  switch (outcome.kind) {
    case 'scheduled':
    case 'rescheduled': {
      const { oneToOne, clashes } = outcome.scheduled;
      return (
        <Dismissible onClose={onClose}>
          <Message>
            {outcome.kind === 'scheduled' ? 'Scheduled' : 'Moved'} to{' '}
            {formatMeetingTime(oneToOne.startsAt, timeZone)}.{' '}
            <a href={oneToOne.inviteUrl} download>
              {outcome.kind === 'scheduled' ? 'Download the invite' : 'Download the updated invite'}
            </a>{' '}
            for your calendar.
          </Message>
          <ClashWarning clashes={clashes} timeZone={timeZone} lead="It overlaps" />
        </Dismissible>
      );
    }
    case 'cancelled':
      return (
        <Dismissible onClose={onClose}>
          <Message>
            Cancelled the one-to-one with {outcome.oneToOne.person.name}.{' '}
            <a href={outcome.oneToOne.inviteUrl} download>
              Download the cancellation
            </a>{' '}
            so your calendar drops it.
          </Message>
        </Dismissible>
      );
    case 'no-show':
      return (
        <Dismissible onClose={onClose}>
          <Message>
            Marked as a no-show: nothing was logged, and {outcome.oneToOne.person.name} is still due
            as before.
          </Message>
        </Dismissible>
      );
    case 'completed':
      return (
        <div className="outcome">
          <Message>Logged the one-to-one with {outcome.oneToOne.person.name} as a touch.</Message>
          <DepthCheck
            personId={outcome.oneToOne.person.id}
            onChanged={onChanged}
            onClose={onClose}
          />
        </div>
      );
  }
};
