import { useState } from 'react';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql.ts';
import { formatDate } from '../../ui/dates.ts';
import type { DepthScale } from './depth-scales.ts';

export const DepthHistoryFragment = graphql(`
  fragment DepthHistory on Person {
    depthHistory {
      id
      dimension
      fromLevel
      toLevel
      toLabel
      note
      changedAt
    }
  }
`);

const FIRST_SHOWN = 5;

export const DepthHistory = ({
  person,
  scales,
}: {
  person: FragmentOf<typeof DepthHistoryFragment>;
  scales: readonly DepthScale[];
}) => {
  const { depthHistory } = readFragment(DepthHistoryFragment, person);
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? depthHistory : depthHistory.slice(0, FIRST_SHOWN);

  return (
    <section aria-labelledby="depth-history-title">
      <h3 id="depth-history-title">History</h3>
      {depthHistory.length === 0 ? (
        <p className="muted">No changes yet</p>
      ) : (
        <ul className="list depth-history">
          {shown.map((change) => (
            <li key={change.id} className="list-row">
              <div>
                <span className="primary">
                  {scales.find((scale) => scale.dimension === change.dimension)?.title ??
                    change.dimension}
                </span>{' '}
                {change.fromLevel} → {change.toLevel}: {change.toLabel}
                {change.note ? <div className="muted">{change.note}</div> : null}
              </div>
              <time dateTime={change.changedAt} className="muted">
                {formatDate(change.changedAt)}
              </time>
            </li>
          ))}
        </ul>
      )}
      {depthHistory.length > FIRST_SHOWN ? (
        <button type="button" className="link" onClick={() => setShowAll((prev) => !prev)}>
          {showAll ? 'Show fewer' : `Show all ${depthHistory.length} changes`}
        </button>
      ) : null}
    </section>
  );
};
