import { Link } from '@tanstack/react-router';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '../../lib/graphql.ts';
import { formatCalendarDate, formatDate } from '../../ui/dates.ts';
import { formatMeetingTime } from '../one-to-ones/zoned-time.ts';
import { formatDuration } from './interaction-kinds.ts';

// Entries of the timeline that are not touches, so neither edited nor deleted from it.

export const TimelineOneToOneFragment = graphql(`
  fragment TimelineOneToOne on OneToOne {
    id
    startsAt
    # Aliased: a touch's durationMinutes may be null, and fields of one name in a union's
    # members must agree.
    meetingMinutes: durationMinutes
    place
    status
  }
`);

export const TimelineDepthChangeFragment = graphql(`
  fragment TimelineDepthChange on DepthChange {
    id
    dimension
    fromLevel
    toLevel
    toLabel
    note
    changedAt
  }
`);

export const TimelineReferralFragment = graphql(`
  fragment TimelineReferral on Referral {
    id
    direction
    referredOn
    # Aliased: a one-to-one's status is of another type, and fields of one name in a union's
    # members must agree.
    referralStatus: status
    referredName
    person {
      id
      name
    }
    referredPerson {
      id
    }
  }
`);

export const TimelineIntroductionAskFragment = graphql(`
  fragment TimelineIntroductionAsk on IntroductionAsk {
    id
    askedAt
    message
    targetBuyer {
      id
      name
    }
  }
`);

const STATUS_WORDS: Record<ResultOf<typeof TimelineOneToOneFragment>['status'], string> = {
  PLANNED: 'planned',
  DONE: 'done',
  CANCELLED: 'cancelled',
  NO_SHOW: 'no-show',
};

/** A one-to-one not logged as a touch: planned, cancelled, or one they did not come to. */
export const OneToOneEntry = ({
  oneToOne: data,
  timeZone,
}: {
  oneToOne: FragmentOf<typeof TimelineOneToOneFragment>;
  timeZone: string;
}) => {
  const oneToOne = readFragment(TimelineOneToOneFragment, data);
  return (
    <li className={`timeline-one-to-one status-${oneToOne.status.toLowerCase()}`}>
      <div className="timeline-head">
        <strong>One-to-one {STATUS_WORDS[oneToOne.status]}</strong>
        <time dateTime={oneToOne.startsAt} className="muted">
          {formatMeetingTime(oneToOne.startsAt, timeZone)}
        </time>
        <span className="muted">{formatDuration(oneToOne.meetingMinutes)}</span>
      </div>
      {oneToOne.place ? <div className="muted prose">At {oneToOne.place}</div> : null}
    </li>
  );
};

/** "Trust 2 → 3: Would lend them my car", with the note that came with it. */
export const DepthChangeEntry = ({
  change: data,
  title,
}: {
  change: FragmentOf<typeof TimelineDepthChangeFragment>;
  title: string;
}) => {
  const change = readFragment(TimelineDepthChangeFragment, data);
  return (
    <li className="timeline-depth-change">
      <div className="timeline-head">
        <strong>
          {title} {change.fromLevel} → {change.toLevel}:
        </strong>
        <span>{change.toLabel}</span>
        <time dateTime={change.changedAt} className="muted">
          {formatDate(change.changedAt)}
        </time>
      </div>
      {change.note ? <p className="prose">{change.note}</p> : null}
    </li>
  );
};

/**
 * A referral on the timeline of who gave or received it, and of the one referred: "Referral
 * received from Ann: Dora", with where it stands now.
 */
export const ReferralEntry = ({
  referral: data,
  personId,
}: {
  referral: FragmentOf<typeof TimelineReferralFragment>;
  personId: string;
}) => {
  const referral = readFragment(TimelineReferralFragment, data);
  const referred = referral.referredName ?? 'someone';
  const received = referral.direction === 'RECEIVED';
  const title =
    referral.referredPerson?.id === personId
      ? received
        ? `Referred to you by ${referral.person.name}`
        : `Referred by you to ${referral.person.name}`
      : received
        ? `Referral received: ${referred}`
        : `Referral given: ${referred}`;
  return (
    <li className="timeline-referral">
      <div className="timeline-head">
        <strong>{title}</strong>
        <span className="badge">{referral.referralStatus.toLowerCase()}</span>
        <time dateTime={referral.referredOn} className="muted">
          {formatCalendarDate(referral.referredOn, { withYear: true })}
        </time>
      </div>
    </li>
  );
};

/** An ask for an introduction, with the message as it was sent. */
export const IntroductionAskEntry = ({
  ask: data,
}: {
  ask: FragmentOf<typeof TimelineIntroductionAskFragment>;
}) => {
  const ask = readFragment(TimelineIntroductionAskFragment, data);
  return (
    <li className="timeline-introduction-ask">
      <div className="timeline-head">
        <strong>
          Asked for an introduction
          {ask.targetBuyer ? (
            <>
              {' '}
              to{' '}
              <Link to="/buyers/$targetBuyerId" params={{ targetBuyerId: ask.targetBuyer.id }}>
                {ask.targetBuyer.name}
              </Link>
            </>
          ) : null}
        </strong>
        <time dateTime={ask.askedAt} className="muted">
          {formatDate(ask.askedAt)}
        </time>
      </div>
      <details>
        <summary>The message</summary>
        <p className="prose">{ask.message}</p>
      </details>
    </li>
  );
};
