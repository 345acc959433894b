import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { LevelPicker } from '../depth/depth-panel.tsx';
import { DepthScaleFragment, readScales } from '../depth/depth-scales.ts';

const DepthCheckQuery = graphql(
  `
  query DepthCheck($id: ID!) {
    person(id: $id) {
      __typename
      ... on Person {
        id
        trust {
          level
          label
        }
        theirUnderstanding {
          level
          label
        }
      }
    }
    depthScales {
      ...DepthScaleFields
    }
  }
`,
  [DepthScaleFragment],
);

/** The two levels a meeting moves: how much they trust me, and how well they know my business. */
const CHECKED = ['trust', 'theirUnderstanding'] as const;

/**
 * Asked right after a one-to-one is marked done: did trust or their understanding change? One
 * click on a level saves it.
 */
export const DepthCheck = ({
  personId,
  onChanged,
  onClose,
}: {
  personId: string;
  onChanged: () => Promise<unknown>;
  onClose: () => void;
}) => {
  const query = useQuery({
    // Under the person's key, so a saved level shows here as on the rest of the page.
    queryKey: ['person', personId, 'depth-check'],
    queryFn: () => request(DepthCheckQuery, { id: personId }),
  });
  const person = query.data?.person;
  const scales = query.data ? readScales(query.data.depthScales) : [];
  return (
    <section className="depth-check" aria-labelledby="depth-check-title">
      <h3 id="depth-check-title">Did trust or their understanding change?</h3>
      <p className="muted">Click a level to change it; leave them as they are if nothing moved.</p>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()}>
        {person?.__typename === 'Person'
          ? CHECKED.map((dimension) => {
              const scale = scales.find((candidate) => candidate.dimension === dimension);
              return scale ? (
                <LevelPicker
                  key={dimension}
                  personId={personId}
                  scale={scale}
                  current={person[dimension]}
                  onChanged={onChanged}
                />
              ) : null;
            })
          : null}
      </QueryState>
      <div className="form-actions">
        <button type="button" className="secondary button-small" onClick={onClose}>
          Done
        </button>
      </div>
    </section>
  );
};
