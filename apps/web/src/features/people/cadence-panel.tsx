import { type FragmentOf, graphql, readFragment } from '../../lib/graphql.ts';
import { formatDate, formatRelative } from '../../ui/dates.ts';
import { DueBadge } from './due-badge.tsx';

export const CadencePanelFragment = graphql(`
  fragment CadencePanel on Person {
    dueState
    nextDueAt
    lastDepthTouchAt
    cadence {
      idealDays
      maxDays
    }
  }
`);

export const CadencePanel = ({
  person: data,
}: {
  person: FragmentOf<typeof CadencePanelFragment>;
}) => {
  const person = readFragment(CadencePanelFragment, data);
  return (
    <section className="card" aria-labelledby="cadence-title">
      <div className="card-head">
        <h2 id="cadence-title">Keeping in touch</h2>
        <DueBadge state={person.dueState} nextDueAt={null} />
      </div>
      <p>
        <span data-testid="next-due">
          {person.nextDueAt ? `Next due: ${formatDate(person.nextDueAt)}` : 'No due date'}
        </span>
        {person.nextDueAt ? (
          <span className="muted"> ({formatRelative(person.nextDueAt)})</span>
        ) : null}
      </p>
      <p>
        <span data-testid="last-depth-touch">
          {person.lastDepthTouchAt
            ? `Last depth touch: ${formatDate(person.lastDepthTouchAt)}`
            : 'No depth touch yet'}
        </span>
        {person.lastDepthTouchAt ? (
          <span className="muted"> ({formatRelative(person.lastDepthTouchAt)})</span>
        ) : null}
      </p>
      <p className="muted">
        {person.cadence
          ? `Cadence: a depth touch every ${person.cadence.idealDays} days, overdue after ${person.cadence.maxDays}`
          : 'No cadence'}
      </p>
    </section>
  );
};
