import { useEffect, useRef, useState } from 'react';
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
    plannedOneToOnes {
      ...OneToOneFields
    }
  }
`,
  [OneToOneFieldsFragment],
);

/**
 * The person's planned one-to-ones (a started one waits here for its outcome) and the way to
 * schedule another.
 */
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
    openScheduling && person.plannedOneToOnes.length === 0 && !person.archived,
  );
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const scheduleButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const timeZone = settings.data?.timezone ?? 'UTC';
  const myOffer = settings.data?.myOffer ?? '';
  const planned = person.plannedOneToOnes;

  // Closing the form puts focus back on the button that opened it.
  useEffect(() => {
    if (!scheduling && returnFocus.current) {
      returnFocus.current = false;
      scheduleButton.current?.focus();
    }
  }, [scheduling]);

  const closeForm = () => {
    returnFocus.current = true;
    setScheduling(false);
  };

  const follow = async (happened: Outcome) => {
    await onChanged();
    setOutcome(happened);
  };

  return (
    <section className="card" aria-labelledby="one-to-one-title">
      <div className="card-head">
        <h2 id="one-to-one-title">One-to-ones</h2>
        {!scheduling && !person.archived ? (
          <button
            ref={scheduleButton}
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
              closeForm();
            }}
            onCancel={closeForm}
          />
        ) : null}
        {planned.map((oneToOne) => (
          <OneToOneCard
            key={oneToOne.id}
            oneToOne={oneToOne}
            timeZone={timeZone}
            myOffer={myOffer}
            now={new Date()}
            onOutcome={follow}
          />
        ))}
        {planned.length === 0 && !scheduling ? (
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
