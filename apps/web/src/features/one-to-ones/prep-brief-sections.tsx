import { Link } from '@tanstack/react-router';
import { type ReactNode, useId } from 'react';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql.ts';
import { formatRelative } from '../../ui/dates.ts';
import { strengthLabel } from '../buyers/knows-strengths.ts';
import { formatMeetingDay } from './zoned-time.ts';

/** One part of the brief: a titled card that prints whole, on a page of its own if need be. */
export const BriefSection = ({ title, children }: { title: string; children: ReactNode }) => {
  const titleId = useId();
  return (
    <section className="card prep-brief-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </section>
  );
};

const Empty = ({ children }: { children: ReactNode }) => <p className="muted">{children}</p>;

export const BriefTouchesFragment = graphql(`
  fragment BriefTouches on Person {
    timeline(kinds: [TOUCH], first: 3) {
      nodes {
        __typename
        ... on Interaction {
          id
          kindLabel
          occurredAt
          notes
        }
      }
    }
  }
`);

/** The three latest touches, newest first, with what was noted at each. */
export const BriefTouches = ({
  person: data,
  timeZone,
  now,
}: {
  person: FragmentOf<typeof BriefTouchesFragment>;
  timeZone: string;
  now: Date;
}) => {
  const touches = readFragment(BriefTouchesFragment, data).timeline.nodes.flatMap((node) =>
    node.__typename === 'Interaction' ? [node] : [],
  );
  return (
    <BriefSection title="Last three touches">
      {touches.length === 0 ? (
        <Empty>No touches logged yet.</Empty>
      ) : (
        <ul className="list prep-brief-list">
          {touches.map((touch) => (
            <li key={touch.id}>
              <p className="prep-brief-item-head">
                {touch.kindLabel} ·{' '}
                <time dateTime={touch.occurredAt}>
                  {formatMeetingDay(touch.occurredAt, timeZone)}
                </time>{' '}
                <span className="muted">({formatRelative(touch.occurredAt, now, timeZone)})</span>
              </p>
              {touch.notes ? <p className="prose">{touch.notes}</p> : <Empty>No notes.</Empty>}
            </li>
          ))}
        </ul>
      )}
    </BriefSection>
  );
};

export const BriefLastOneToOneFragment = graphql(`
  fragment BriefLastOneToOne on Person {
    lastOneToOne {
      id
      startsAt
      agendaText
      touch {
        id
        notes
      }
    }
  }
`);

/**
 * The notes of the latest done one-to-one: those taken when it was marked done (they start from
 * its agenda), or its agenda when none were kept.
 */
export const BriefLastOneToOne = ({
  person: data,
  timeZone,
  now,
}: {
  person: FragmentOf<typeof BriefLastOneToOneFragment>;
  timeZone: string;
  now: Date;
}) => {
  const last = readFragment(BriefLastOneToOneFragment, data).lastOneToOne;
  const notes = last?.touch?.notes;
  return (
    <BriefSection title="Last one-to-one">
      {last ? (
        <>
          <p className="prep-brief-item-head">
            <time dateTime={last.startsAt}>{formatMeetingDay(last.startsAt, timeZone)}</time>{' '}
            <span className="muted">({formatRelative(last.startsAt, now, timeZone)})</span>
          </p>
          {notes ? (
            <p className="prose">{notes}</p>
          ) : last.agendaText ? (
            <>
              <p className="muted">No notes were kept; its agenda was:</p>
              <p className="prose">{last.agendaText}</p>
            </>
          ) : (
            <Empty>No notes or agenda were kept.</Empty>
          )}
        </>
      ) : (
        <Empty>No one-to-one done with them yet.</Empty>
      )}
    </BriefSection>
  );
};

export const BriefDepthFragment = graphql(`
  fragment BriefDepth on Person {
    trust {
      level
      label
    }
    theirUnderstanding {
      level
      label
    }
    readiness
    nextStep {
      title
      detail
    }
  }
`);

/** Where the relationship stands, and the step that would make a referral likelier. */
export const BriefDepth = ({ person: data }: { person: FragmentOf<typeof BriefDepthFragment> }) => {
  const person = readFragment(BriefDepthFragment, data);
  return (
    <BriefSection title="Trust and understanding">
      <dl className="prep-brief-facts">
        <dt>Trust</dt>
        <dd>
          {person.trust.level}/5 · {person.trust.label}
        </dd>
        <dt>Their understanding of my business</dt>
        <dd>
          {person.theirUnderstanding.level}/5 · {person.theirUnderstanding.label}
        </dd>
        <dt>Referral readiness</dt>
        <dd>{person.readiness}/100</dd>
      </dl>
      <h3>Next step: {person.nextStep.title}</h3>
      <p className="prep-brief-detail">{person.nextStep.detail}</p>
    </BriefSection>
  );
};

/** What I want them to understand about my business: the account's offer. */
export const BriefOffer = ({ myOffer }: { myOffer: string | null }) => (
  <BriefSection title="What I want them to understand">
    {myOffer?.trim() ? (
      <p className="prose">{myOffer}</p>
    ) : (
      <Empty>
        You have not written your offer yet. <Link to="/settings">Write it in Settings</Link>.
      </Empty>
    )}
  </BriefSection>
);

export const BriefBuyersFragment = graphql(`
  fragment BriefBuyers on Person {
    knows {
      strength
      note
      targetBuyer {
        id
        name
        archivedAt
      }
    }
  }
`);

/** The target buyer profiles they can reach, with how well; archived profiles are no target. */
export const BriefBuyers = ({
  person: data,
}: {
  person: FragmentOf<typeof BriefBuyersFragment>;
}) => {
  const tags = readFragment(BriefBuyersFragment, data).knows.filter(
    (tag) => tag.targetBuyer.archivedAt === null,
  );
  return (
    <BriefSection title="Target buyers they can reach">
      {tags.length === 0 ? (
        <Empty>Not tagged as knowing any target buyer yet.</Empty>
      ) : (
        <ul className="list prep-brief-list">
          {tags.map((tag) => (
            <li key={tag.targetBuyer.id}>
              <p className="prep-brief-item-head">
                {tag.targetBuyer.name} — {strengthLabel(tag.strength)}
              </p>
              {tag.note ? <p className="prose">{tag.note}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </BriefSection>
  );
};
