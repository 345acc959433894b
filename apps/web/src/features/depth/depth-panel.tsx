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

type Change = { dimension: DepthScale['dimension']; level: number };

const LevelPicker = ({
  scale,
  current,
  pendingLevel,
  onPick,
}: {
  scale: DepthScale;
  current: { level: number; label: string };
  pendingLevel: number | null;
  onPick: (level: number) => void;
}) => {
  const titleId = useId();
  const shown = pendingLevel ?? current.level;
  return (
    <div className="depth-dimension">
      <h3 id={titleId}>{scale.title}</h3>
      <p className="depth-current">
        <strong>{shown}</strong> · {scale.labels[shown] ?? current.label}
      </p>
      <fieldset className="level-buttons" aria-labelledby={titleId}>
        {scale.labels.map((label, level) => (
          <button
            // biome-ignore lint/suspicious/noArrayIndexKey: a level is its position on the fixed scale
            key={level}
            type="button"
            aria-pressed={level === shown}
            aria-label={label}
            title={label}
            onClick={() => onPick(level)}
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
  const setLevel = useMutation({
    mutationFn: async (change: Change) => {
      const { setDepthLevel } = await request(SetDepthLevelMutation, {
        personId: person.id,
        input: change,
      });
      if (setDepthLevel.__typename !== 'Person') throw new Error(setDepthLevel.message);
      // Stays pending until the page shows the new level, so the buttons never flicker back.
      await onChanged();
    },
  });
  const pending = setLevel.isPending ? setLevel.variables : undefined;

  return (
    <section className="card" aria-labelledby="depth-title">
      <h2 id="depth-title">Depth</h2>
      {setLevel.error ? (
        <p className="form-error" role="alert">
          {setLevel.error.message}
        </p>
      ) : null}
      {scales.map((scale) => {
        const { dimension } = scale;
        const current = person[dimension];
        return (
          <LevelPicker
            key={dimension}
            scale={scale}
            current={current}
            pendingLevel={pending?.dimension === dimension ? pending.level : null}
            onPick={(level) => {
              if (!setLevel.isPending && level !== current.level) {
                setLevel.mutate({ dimension, level });
              }
            }}
          />
        );
      })}
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
      <DepthHistory person={person} scales={scales} />
    </section>
  );
};
