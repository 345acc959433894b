import { useState } from 'react';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { useAccountSettings } from '../accounts/account-settings.ts';
import { OneToOneCard } from './one-to-one-card.tsx';
import { OneToOneFieldsFragment } from './one-to-one-fields.ts';
import { type Outcome, OutcomeNotice } from './outcome-notice.tsx';
import { ScheduleForm } from './schedule-form.tsx';

export const OneToOnePanelFragment = graphql(
  `
  fragment OneToOnePanel on Person {
    id
    name
    archived
    nextOneToOne {
      ...OneToOneFields
    }
  }
`,
  [OneToOneFieldsFragment],
);

/** The person's next one-to-one, or the way to schedule one. */
export const OneToOnePanel = ({
  person: data,
  openScheduling,
  onChanged,
}: {
  person: FragmentOf<typeof OneToOnePanelFragment>;
  /** Start with the form open (arriving from a "Schedule one-to-one" link). */
  openScheduling: boolean;
  onChanged: () => Promise<unknown>;
}) => {
  const person = readFragment(OneToOnePanelFragment, data);
  const settings = useAccountSettings();
  const [scheduling, setScheduling] = useState(
    openScheduling && !person.nextOneToOne && !person.archived,
  );
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const timeZone = settings.data?.timezone ?? 'UTC';
  const myOffer = settings.data?.myOffer ?? '';
  const next = person.nextOneToOne;

  const follow = async (happened: Outcome) => {
    await onChanged();
    setOutcome(happened);
  };

  return (
    <section className="card" aria-labelledby="one-to-one-title">
      <div className="card-head">
        <h2 id="one-to-one-title">One-to-one</h2>
        {!scheduling && !next && !person.archived ? (
          <button
            type="button"
            className="button-small"
            onClick={() => {
              setOutcome(null);
              setScheduling(true);
            }}
          >
            Schedule one-to-one
          </button>
        ) : null}
      </div>
      <QueryState
        isPending={settings.isPending}
        error={settings.error}
        onRetry={() => settings.refetch()}
      >
        {outcome ? (
          <OutcomeNotice
            outcome={outcome}
            timeZone={timeZone}
            onChanged={onChanged}
            onClose={() => setOutcome(null)}
          />
        ) : null}
        {scheduling ? (
          <ScheduleForm
            personId={person.id}
            personName={person.name}
            timeZone={timeZone}
            myOffer={myOffer}
            onSaved={async (scheduled) => {
              await follow({ kind: 'scheduled', scheduled });
              setScheduling(false);
            }}
            onCancel={() => setScheduling(false)}
          />
        ) : null}
        {next ? (
          <OneToOneCard
            oneToOne={next}
            timeZone={timeZone}
            myOffer={myOffer}
            now={new Date()}
            onOutcome={follow}
          />
        ) : null}
        {!next && !scheduling ? (
          <p className="muted">
            {person.archived
              ? 'Archived: restore them to plan a one-to-one.'
              : 'No one-to-one planned. Time one-to-one is what deepens trust and understanding.'}
          </p>
        ) : null}
      </QueryState>
    </section>
  );
};
