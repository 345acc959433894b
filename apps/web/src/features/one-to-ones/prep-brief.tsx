import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { graphql, type ResultOf } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { useAccountSettings } from '../accounts/account-settings.ts';
import { type Agenda, AgendaFieldsFragment, LEARN_FIELDS } from './one-to-one-fields.ts';
import { BriefReferrals, BriefReferralsFragment } from './prep-brief-referrals.tsx';
import {
  BriefBuyers,
  BriefBuyersFragment,
  BriefDepth,
  BriefDepthFragment,
  BriefLastOneToOne,
  BriefLastOneToOneFragment,
  BriefOffer,
  BriefSection,
  BriefTouches,
  BriefTouchesFragment,
} from './prep-brief-sections.tsx';
import { formatMeetingTime } from './zoned-time.ts';
import './prep-brief.css';

const PrepBriefQuery = graphql(
  `
  query PrepBrief($id: ID!) {
    oneToOne(id: $id) {
      __typename
      ... on NotFoundError {
        message
      }
      ... on OneToOne {
        id
        status
        startsAt
        durationMinutes
        place
        videoLink
        agenda {
          ...AgendaFields
        }
        person {
          id
          name
          role
          company
          ...BriefTouches
          ...BriefLastOneToOne
          ...BriefDepth
          ...BriefBuyers
          ...BriefReferrals
        }
      }
    }
  }
`,
  [
    AgendaFieldsFragment,
    BriefTouchesFragment,
    BriefLastOneToOneFragment,
    BriefDepthFragment,
    BriefBuyersFragment,
    BriefReferralsFragment,
  ],
);

type BriefOneToOne = Extract<
  ResultOf<typeof PrepBriefQuery>['oneToOne'],
  { __typename: 'OneToOne' }
>;

/** Why a one-to-one that is no longer planned has no brief. */
const NOT_PLANNED: Record<Exclude<BriefOneToOne['status'], 'PLANNED'>, string> = {
  DONE: 'This one-to-one is done',
  CANCELLED: 'This one-to-one was cancelled',
  NO_SHOW: 'This one-to-one was marked a no-show',
};

const BriefNotFound = () => (
  <section className="card empty-state">
    <h1>One-to-one not found</h1>
    <p>This one-to-one does not exist or is not yours.</p>
    <Link to="/one-to-ones">Back to your one-to-ones</Link>
  </section>
);

const NotPlanned = ({
  status,
  person,
}: {
  status: keyof typeof NOT_PLANNED;
  person: BriefOneToOne['person'];
}) => (
  <section className="card empty-state">
    <h1>No brief to prepare</h1>
    <p>{NOT_PLANNED[status]}: a prep brief is for a planned one-to-one.</p>
    <Link to="/people/$personId" params={{ personId: person.id }}>
      Go to {person.name}
    </Link>
  </section>
);

const MeetingAgenda = ({ agenda }: { agenda: Agenda }) => {
  const learn = LEARN_FIELDS.filter(([key]) => agenda.learn[key].trim() !== '');
  const tell = agenda.tell.trim();
  return (
    <BriefSection title="Agenda">
      {learn.length === 0 && !tell ? (
        <p className="muted">No agenda written for this meeting.</p>
      ) : (
        <dl className="prep-brief-facts">
          {learn.map(([key, label]) => (
            <div key={key}>
              <dt>{label}</dt>
              <dd className="prose">{agenda.learn[key]}</dd>
            </div>
          ))}
          {tell ? (
            <div>
              <dt>What to tell them</dt>
              <dd className="prose">{tell}</dd>
            </div>
          ) : null}
        </dl>
      )}
    </BriefSection>
  );
};

const Brief = ({
  oneToOne,
  timeZone,
  myOffer,
}: {
  oneToOne: BriefOneToOne;
  timeZone: string;
  myOffer: string | null;
}) => {
  const { person } = oneToOne;
  const now = new Date();
  const about = [person.role, person.company].filter(Boolean).join(', ');
  return (
    <article className="prep-brief" aria-labelledby="prep-brief-title">
      <div className="prep-brief-tools no-print">
        <Link to="/people/$personId" params={{ personId: person.id }}>
          ← {person.name}
        </Link>
        <button type="button" className="button-small" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <h1 id="prep-brief-title">Prep brief: one-to-one with {person.name}</h1>
      {about ? <p className="muted prep-brief-about">{about}</p> : null}
      <BriefSection title="When and where">
        <p className="prep-brief-item-head">
          <time dateTime={oneToOne.startsAt}>{formatMeetingTime(oneToOne.startsAt, timeZone)}</time>{' '}
          · {oneToOne.durationMinutes} min <span className="muted">({timeZone})</span>
        </p>
        {oneToOne.place ? <p>{oneToOne.place}</p> : null}
        {oneToOne.videoLink ? (
          <p className="prep-brief-link">
            Video call: <a href={oneToOne.videoLink}>{oneToOne.videoLink}</a>
          </p>
        ) : null}
        {!oneToOne.place && !oneToOne.videoLink ? (
          <p className="muted">No place or video link set.</p>
        ) : null}
      </BriefSection>
      <MeetingAgenda agenda={oneToOne.agenda} />
      <BriefTouches person={person} timeZone={timeZone} now={now} />
      <BriefLastOneToOne person={person} timeZone={timeZone} now={now} />
      <BriefDepth person={person} />
      <BriefOffer myOffer={myOffer} />
      <BriefBuyers person={person} />
      <BriefReferrals person={person} />
    </article>
  );
};

/**
 * A page to read (or print) before a planned one-to-one: when and where, what happened lately,
 * where trust and understanding stand, what to get across and whom they could introduce.
 */
export const PrepBriefPage = () => {
  const { oneToOneId } = useParams({ from: '/one-to-ones/$oneToOneId/brief' });
  const query = useQuery({
    queryKey: ['one-to-ones', 'brief', oneToOneId],
    queryFn: () => request(PrepBriefQuery, { id: oneToOneId }),
  });
  const settings = useAccountSettings();
  const oneToOne = query.data?.oneToOne;
  return (
    <QueryState
      isPending={query.isPending || settings.isPending}
      error={query.error ?? settings.error}
      onRetry={() => {
        void query.refetch();
        void settings.refetch();
      }}
    >
      {oneToOne?.__typename === 'NotFoundError' ? <BriefNotFound /> : null}
      {oneToOne?.__typename === 'OneToOne' && oneToOne.status !== 'PLANNED' ? (
        <NotPlanned status={oneToOne.status} person={oneToOne.person} />
      ) : null}
      {oneToOne?.__typename === 'OneToOne' && oneToOne.status === 'PLANNED' && settings.data ? (
        <Brief
          oneToOne={oneToOne}
          timeZone={settings.data.timezone}
          myOffer={settings.data.myOffer}
        />
      ) : null}
    </QueryState>
  );
};
