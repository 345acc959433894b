import { useState } from 'react';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql.ts';
import { formatDate } from '../../ui/dates.ts';
import { useAccountSettings } from '../accounts/account-settings.ts';
import { DepthChart } from './depth-chart.tsx';
import type { DepthScale } from './depth-scales.ts';
import { type DepthLevels, depthSeries } from './depth-series.ts';

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
  current,
}: {
  person: FragmentOf<typeof DepthHistoryFragment>;
  scales: readonly DepthScale[];
  current: DepthLevels;
}) => {
  const { depthHistory } = readFragment(DepthHistoryFragment, person);
  const [showAll, setShowAll] = useState(false);
  const timeZone = useAccountSettings().data?.timezone;
  const points = depthSeries(depthHistory, current, new Date());
  const titleOf = (dimension: keyof DepthLevels) =>
    scales.find((scale) => scale.dimension === dimension)?.title ?? dimension;
  const shown = showAll ? depthHistory : depthHistory.slice(0, FIRST_SHOWN);

  return (
    <section aria-labelledby="depth-history-title">
      <h3 id="depth-history-title">History</h3>
      {points.length > 0 ? (
        <DepthChart
          points={points}
          timeZone={timeZone}
          titles={{
            trust: titleOf('trust'),
            theirUnderstanding: titleOf('theirUnderstanding'),
            myUnderstanding: titleOf('myUnderstanding'),
          }}
        />
      ) : null}
      {depthHistory.length === 0 ? (
        <p className="muted">No changes yet</p>
      ) : (
        <ul className="list depth-history">
          {shown.map((change) => (
            <li key={change.id} className="list-row">
              <div>
                <span className="primary">{titleOf(change.dimension)}</span> {change.fromLevel} →{' '}
                {change.toLevel}: {change.toLabel}
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
