import { DepthCheck } from './depth-check.tsx';
import type { CardOutcome } from './one-to-one-card.tsx';
import type { Scheduled } from './schedule-form.tsx';
import { formatMeetingTime } from './zoned-time.ts';

/** What follows a change to a one-to-one: its new invite, a clash, or the depth check. */
export type Outcome = CardOutcome | { kind: 'scheduled'; scheduled: Scheduled };

const ClashWarning = ({ scheduled, timeZone }: { scheduled: Scheduled; timeZone: string }) =>
  scheduled.clashes.length > 0 ? (
    <div className="notice notice-warning" role="alert">
      <p>
        <strong>
          This clashes with{' '}
          {scheduled.clashes.length === 1
            ? 'another one-to-one'
            : `${scheduled.clashes.length} other one-to-ones`}
          :
        </strong>
      </p>
      <ul>
        {scheduled.clashes.map((clash) => (
          <li key={clash.id}>
            {clash.person.name}, {formatMeetingTime(clash.startsAt, timeZone)} (
            {clash.durationMinutes} min)
          </li>
        ))}
      </ul>
    </div>
  ) : null;

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
      const { oneToOne } = outcome.scheduled;
      return (
        <div className="outcome">
          <p className="form-success" role="status">
            {outcome.kind === 'scheduled' ? 'Scheduled' : 'Moved'} to{' '}
            {formatMeetingTime(oneToOne.startsAt, timeZone)}.{' '}
            <a href={oneToOne.inviteUrl} download>
              {outcome.kind === 'scheduled' ? 'Download the invite' : 'Download the updated invite'}
            </a>{' '}
            for your calendar.
          </p>
          <ClashWarning scheduled={outcome.scheduled} timeZone={timeZone} />
        </div>
      );
    }
    case 'cancelled':
      return (
        <p className="form-success" role="status">
          Cancelled the one-to-one with {outcome.oneToOne.person.name}.{' '}
          <a href={outcome.oneToOne.inviteUrl} download>
            Download the cancellation
          </a>{' '}
          so your calendar drops it.
        </p>
      );
    case 'no-show':
      return (
        <p className="form-success" role="status">
          Marked as a no-show: nothing was logged, and {outcome.oneToOne.person.name} is still due
          as before.
        </p>
      );
    case 'completed':
      return (
        <div className="outcome">
          <p className="form-success" role="status">
            Logged the one-to-one with {outcome.oneToOne.person.name} as a touch.
          </p>
          <DepthCheck
            personId={outcome.oneToOne.person.id}
            onChanged={onChanged}
            onClose={onClose}
          />
        </div>
      );
  }
};
