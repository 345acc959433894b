import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import { graphql, type ResultOf } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { useAccountSettings } from '../accounts/account-settings.ts';
import { type Outcome, OutcomeNotice } from '../one-to-ones/outcome-notice.tsx';
import { ScheduleForm } from '../one-to-ones/schedule-form.tsx';
import { useFormatDueDay } from '../people/due-badge.tsx';
import { BUYERS_KEY } from './buyer-mutations.ts';
import { IntroductionAskForm } from './introduction-ask-form.tsx';
import { strengthLabel } from './knows-strengths.ts';
import './who-knows.css';

/** Rows shown: the best of everyone tagged (the server ranks them all). */
const SHOWN = 50;

const WhoKnowsQuery = graphql(`
  query WhoKnows($id: ID!, $first: Int) {
    targetBuyer(id: $id) {
      __typename
      ... on TargetBuyer {
        id
        whoKnows(first: $first) {
          totalCount
          rows {
            person {
              id
              name
            }
            strength
            note
            readiness
            weakerSide {
              side
              level
            }
            nextStep {
              kind
              title
              detail
            }
            lastDepthTouchAt
            draftAsk {
              message
              mailto
            }
          }
        }
      }
    }
  }
`);

type Row = Extract<
  ResultOf<typeof WhoKnowsQuery>['targetBuyer'],
  { __typename: 'TargetBuyer' }
>['whoKnows']['rows'][number];

const weakerSideText = ({ side, level }: Row['weakerSide']) =>
  side === 'TRUST'
    ? `Weaker side: trust, ${level} of 5`
    : side === 'UNDERSTANDING'
      ? `Weaker side: their understanding, ${level} of 5`
      : `Trust and their understanding level, at ${level} of 5`;

type Open = 'ask' | 'schedule' | null;

const WhoKnowsRow = ({
  row,
  rank,
  targetBuyerId,
  onChanged,
}: {
  row: Row;
  rank: number;
  targetBuyerId: string;
  onChanged: () => Promise<unknown>;
}) => {
  const [open, setOpen] = useState<Open>(null);
  const [status, setStatus] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const settings = useAccountSettings();
  const due = useFormatDueDay();
  const nameId = useId();
  const { person } = row;
  const timeZone = settings.data?.timezone ?? 'UTC';
  const buttons = useRef<Record<'ask' | 'schedule', HTMLButtonElement | null>>({
    ask: null,
    schedule: null,
  });
  const lastOpened = useRef<Open>(null);
  const choose = (next: Open) => {
    setStatus('');
    setOutcome(null);
    if (next) lastOpened.current = next;
    setOpen(next);
  };
  // Closing a form puts focus back on the button that opened it.
  useEffect(() => {
    if (open === null && lastOpened.current) {
      buttons.current[lastOpened.current]?.focus();
      lastOpened.current = null;
    }
  }, [open]);
  return (
    <li className="who-knows-row" aria-labelledby={nameId} data-testid="who-knows-row">
      <div className="who-knows-head">
        <span className="who-knows-rank muted">{rank}.</span>
        <strong id={nameId}>
          <Link to="/people/$personId" params={{ personId: person.id }}>
            {person.name}
          </Link>
        </strong>
        <span className="badge badge-ok">{strengthLabel(row.strength)}</span>
        <span className="who-knows-readiness">Readiness {row.readiness} / 100</span>
      </div>
      <p className="muted who-knows-facts">
        <span>{weakerSideText(row.weakerSide)}</span>
        <span data-testid="who-knows-last-touch">
          {row.lastDepthTouchAt
            ? `Last depth touch: ${due.day(row.lastDepthTouchAt)} (${due.relative(row.lastDepthTouchAt)})`
            : 'No depth touch yet'}
        </span>
      </p>
      <p className="who-knows-step">
        <strong>Next step: {row.nextStep.title}.</strong> {row.nextStep.detail}
      </p>
      {row.note ? <p className="knows-note">{row.note}</p> : null}
      {open === null ? (
        <div className="form-actions">
          <button
            ref={(button) => {
              buttons.current.ask = button;
            }}
            type="button"
            className="button-small"
            aria-label={`Ask for an introduction through ${person.name}`}
            onClick={() => choose('ask')}
          >
            Ask for an introduction
          </button>
          <button
            ref={(button) => {
              buttons.current.schedule = button;
            }}
            type="button"
            className="secondary button-small"
            aria-label={`Schedule a one-to-one with ${person.name}`}
            onClick={() => choose('schedule')}
          >
            Schedule a one-to-one
          </button>
        </div>
      ) : null}
      {open === 'ask' ? (
        <IntroductionAskForm
          personId={person.id}
          personName={person.name}
          targetBuyerId={targetBuyerId}
          draft={row.draftAsk}
          onCancel={() => choose(null)}
          onRecorded={async () => {
            choose(null);
            setStatus(`Ask recorded on ${person.name}’s timeline.`);
            await onChanged();
          }}
        />
      ) : null}
      {open === 'schedule' ? (
        <QueryState
          isPending={settings.isPending}
          error={settings.error}
          onRetry={() => settings.refetch()}
        >
          <ScheduleForm
            personId={person.id}
            personName={person.name}
            timeZone={timeZone}
            myOffer={settings.data?.myOffer ?? ''}
            onCancel={() => choose(null)}
            onSaved={async (scheduled) => {
              choose(null);
              setOutcome({ kind: 'scheduled', scheduled });
              await onChanged();
            }}
          />
        </QueryState>
      ) : null}
      {outcome ? (
        <OutcomeNotice
          outcome={outcome}
          timeZone={timeZone}
          onChanged={onChanged}
          onClose={() => setOutcome(null)}
        />
      ) : null}
      <p className="form-success" role="status">
        {status}
      </p>
    </li>
  );
};

/** Everyone tagged as knowing the profile, best placed to introduce first. */
export const WhoKnowsSection = ({ targetBuyerId }: { targetBuyerId: string }) => {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: [...BUYERS_KEY, 'one', targetBuyerId, 'who-knows'],
    queryFn: () => request(WhoKnowsQuery, { id: targetBuyerId, first: SHOWN }),
  });
  const found = query.data?.targetBuyer;
  const list = found?.__typename === 'TargetBuyer' ? found.whoKnows : null;
  // An ask or a meeting shows on the person's page: refresh it and this list.
  const refresh = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['person'] }),
      queryClient.invalidateQueries({ queryKey: BUYERS_KEY }),
      queryClient.invalidateQueries({ queryKey: ['one-to-ones'] }),
    ]);
  };
  return (
    <section className="card" aria-labelledby="who-knows-title">
      <div className="card-head">
        <h2 id="who-knows-title">Who knows this profile</h2>
      </div>
      <p className="muted">
        Ranked by how well they know such buyers, how ready they are to refer you, and how recent
        your last depth touch with them was.
      </p>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()}>
        {list && list.rows.length === 0 ? (
          <div className="empty-state">
            <p>Nobody is tagged as knowing this profile yet.</p>
            <p>
              In <Link to="/people">your people</Link>, tick the people who know such buyers and
              choose “Tag as knowing…”, or add the profile from a contact’s page.
            </p>
          </div>
        ) : null}
        {list && list.rows.length > 0 ? (
          <>
            <ol className="who-knows-list">
              {list.rows.map((row, index) => (
                <WhoKnowsRow
                  key={row.person.id}
                  row={row}
                  rank={index + 1}
                  targetBuyerId={targetBuyerId}
                  onChanged={refresh}
                />
              ))}
            </ol>
            {list.totalCount > list.rows.length ? (
              <p className="muted">
                Showing the best {list.rows.length} of {list.totalCount} people who know this
                profile.
              </p>
            ) : null}
          </>
        ) : null}
      </QueryState>
    </section>
  );
};
