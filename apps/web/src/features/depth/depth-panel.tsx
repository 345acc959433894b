import { useMutation } from '@tanstack/react-query';
import { useId } from 'react';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { DepthHistory, DepthHistoryFragment } from './depth-history.tsx';
import type { DepthScale } from './depth-scales.ts';

export const DepthPanelFragment = graphql(
  `
  fragment DepthPanel on Person {
    id
    trust {
      level
      label
    }
    theirUnderstanding {
      level
      label
    }
    myUnderstanding {
      level
      label
    }
    readiness
    nextStep {
      title
      detail
    }
    ...DepthHistory
  }
`,
  [DepthHistoryFragment],
);

const SetDepthLevelMutation = graphql(`
  mutation SetDepthLevel($personId: ID!, $input: SetDepthLevelInput!) {
    setDepthLevel(personId: $personId, input: $input) {
      __typename
      ... on Person {
        id
      }
      ... on Error {
        message
      }
    }
  }
`);

/**
 * One dimension's scale. Each dimension saves on its own, so setting trust and then
 * understanding in quick succession keeps both clicks.
 */
export const LevelPicker = ({
  personId,
  scale,
  current,
  onChanged,
}: {
  personId: string;
  scale: DepthScale;
  current: { level: number; label: string };
  onChanged: () => Promise<unknown>;
}) => {
  const titleId = useId();
  const setLevel = useMutation({
    mutationFn: async (level: number) => {
      const { setDepthLevel } = await request(SetDepthLevelMutation, {
        personId,
        input: { dimension: scale.dimension, level },
      });
      if (setDepthLevel.__typename !== 'Person') throw new Error(setDepthLevel.message);
      // Stays pending until the page shows the new level, so the buttons never flicker back.
      await onChanged();
    },
  });
  const shown = setLevel.isPending ? setLevel.variables : current.level;
  return (
    <div className="depth-dimension" aria-busy={setLevel.isPending}>
      <h3 id={titleId}>{scale.title}</h3>
      <p className="depth-current">
        <strong>{shown}</strong> · {scale.labels[shown] ?? current.label}
      </p>
      {setLevel.error ? (
        <p className="form-error" role="alert">
          {setLevel.error.message}
        </p>
      ) : null}
      <fieldset className="level-buttons" aria-labelledby={titleId}>
        {scale.labels.map((label, level) => (
          <button
            // biome-ignore lint/suspicious/noArrayIndexKey: a level is its position on the fixed scale
            key={level}
            type="button"
            aria-pressed={level === shown}
            // The number shown starts the name, so voice control can say it.
            aria-label={`${level}: ${label}`}
            title={label}
            onClick={() => {
              // One save at a time per dimension, so answers cannot arrive out of order.
              if (!setLevel.isPending && level !== current.level) setLevel.mutate(level);
            }}
          >
            {level}
          </button>
        ))}
      </fieldset>
    </div>
  );
};

export const DepthPanel = ({
  person: data,
  scales,
  onChanged,
}: {
  person: FragmentOf<typeof DepthPanelFragment>;
  scales: readonly DepthScale[];
  onChanged: () => Promise<unknown>;
}) => {
  const person = readFragment(DepthPanelFragment, data);
  return (
    <section className="card" aria-labelledby="depth-title">
      <h2 id="depth-title">Depth</h2>
      {scales.map((scale) => (
        <LevelPicker
          key={scale.dimension}
          personId={person.id}
          scale={scale}
          current={person[scale.dimension]}
          onChanged={onChanged}
        />
      ))}
      <div className="readiness">
        <div className="readiness-head">
          <span id="readiness-label">Referral readiness</span>
          <strong>{person.readiness} / 100</strong>
        </div>
        <meter
          className="readiness-meter"
          aria-labelledby="readiness-label"
          min={0}
          max={100}
          value={person.readiness}
        />
        <p className="next-step">
          <strong>Next step: {person.nextStep.title}.</strong> {person.nextStep.detail}
        </p>
      </div>
      <DepthHistory
        person={person}
        scales={scales}
        current={{
          trust: person.trust.level,
          theirUnderstanding: person.theirUnderstanding.level,
          myUnderstanding: person.myUnderstanding.level,
        }}
      />
    </section>
  );
};
