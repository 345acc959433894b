import { useMutation, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type ComponentProps, type FormEvent, useId, useState } from 'react';
import { errorText, MutationErrorFields, submitMutation } from '../../lib/field-errors.ts';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { useFieldErrors } from '../../lib/use-field-errors.ts';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { formatCalendarDate, todayInputValue } from '../../ui/dates.ts';
import { Field } from '../../ui/field.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { cancelOnEscape, QuickFormActions } from '../../ui/quick-form-actions.tsx';
import {
  KNOWS_STRENGTHS,
  type KnowsStrength,
  MAX_KNOWS_NOTE_LENGTH,
  strengthLabel,
} from './knows-strengths.ts';

export const KnowsPanelFragment = graphql(`
  fragment KnowsPanel on Person {
    id
    knows {
      strength
      note
      learnedOn
      targetBuyer {
        id
        name
        archivedAt
      }
    }
  }
`);

/** The account's working profiles, to choose from when tagging. */
export const TargetBuyerOptionsQuery = graphql(`
  query TargetBuyerOptions {
    targetBuyers {
      id
      name
    }
  }
`);

const SetKnowsMutation = graphql(
  `
  mutation SetKnows($input: SetKnowsInput!) {
    setKnows(input: $input) {
      __typename
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

const RemoveKnowsMutation = graphql(
  `
  mutation RemoveKnows($personId: ID!, $targetBuyerId: ID!) {
    removeKnows(personId: $personId, targetBuyerId: $targetBuyerId) {
      __typename
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

type Tag = ResultOf<typeof KnowsPanelFragment>['knows'][number];
type TagValues = { strength: KnowsStrength; note: string; learnedOn: string };

const SHOWN_FIELDS = new Set(['targetBuyerId', 'strength', 'note', 'learnedOn']);

/** A choice of strength, weakest first; Field gives it its id and descriptions. */
export const StrengthSelect = ({
  value,
  onChange,
  ...rest
}: Omit<ComponentProps<'select'>, 'value' | 'onChange'> & {
  value: KnowsStrength;
  onChange: (value: KnowsStrength) => void;
}) => (
  <select {...rest} value={value} onChange={(e) => onChange(e.target.value as KnowsStrength)}>
    {KNOWS_STRENGTHS.map((s) => (
      <option key={s.value} value={s.value}>
        {s.label}
      </option>
    ))}
  </select>
);

/**
 * The add and change form: a profile to choose only when adding. Field errors come back from
 * the server at their inputs; nothing is saved when any is wrong.
 */
const TagForm = ({
  personId,
  tag,
  options,
  onDone,
  onCancel,
}: {
  personId: string;
  tag?: Tag;
  options: readonly { id: string; name: string }[];
  onDone: (message: string) => Promise<unknown>;
  onCancel: () => void;
}) => {
  const { formRef, errors, clearError, showErrors } = useFieldErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const [targetBuyerId, setTargetBuyerId] = useState(tag?.targetBuyer.id ?? options[0]?.id ?? '');
  const [values, setValues] = useState<TagValues>({
    strength: (tag?.strength as KnowsStrength | undefined) ?? 'KNOWS_PERSONALLY',
    note: tag?.note ?? '',
    learnedOn: tag?.learnedOn ?? '',
  });
  const save = useMutation({
    mutationFn: async () =>
      (
        await request(SetKnowsMutation, {
          input: {
            personId,
            targetBuyerId,
            strength: values.strength,
            note: values.note,
            learnedOn: values.learnedOn || null,
          },
        })
      ).setKnows,
  });
  const set = <K extends keyof TagValues>(key: K, value: TagValues[K]) => {
    setValues((prev) => ({ ...prev, [key]: value }));
    clearError(key);
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    await submitMutation(
      () => save.mutateAsync(),
      'Knows',
      () => {
        const name = options.find((o) => o.id === targetBuyerId)?.name ?? tag?.targetBuyer.name;
        return onDone(tag ? `Tag for ${name} changed.` : `Tagged as knowing ${name}.`);
      },
      SHOWN_FIELDS,
      { showErrors, setFormError },
    );
  };
  return (
    <form
      ref={formRef}
      noValidate
      className="knows-form"
      aria-label={tag ? `Change tag for ${tag.targetBuyer.name}` : 'Add a profile they can reach'}
      onSubmit={onSubmit}
      onKeyDown={cancelOnEscape(save.isPending, onCancel)}
    >
      <FormError message={formError} />
      {tag ? null : (
        <Field label="Profile" error={errors.targetBuyerId}>
          <select value={targetBuyerId} onChange={(e) => setTargetBuyerId(e.target.value)}>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field label="Strength" error={errors.strength}>
        <StrengthSelect value={values.strength} onChange={(v) => set('strength', v)} />
      </Field>
      <Field label="Note" hint="(optional)" error={errors.note} limit={MAX_KNOWS_NOTE_LENGTH}>
        <textarea rows={2} value={values.note} onChange={(e) => set('note', e.target.value)} />
      </Field>
      <Field label="Date learned" hint="(optional)" error={errors.learnedOn}>
        <input
          type="date"
          max={todayInputValue()}
          value={values.learnedOn}
          onChange={(e) => set('learnedOn', e.target.value)}
        />
      </Field>
      <QuickFormActions
        pending={save.isPending}
        submitLabel={tag ? 'Save tag' : 'Add tag'}
        pendingLabel="Saving…"
        onCancel={onCancel}
      />
    </form>
  );
};

const TagRow = ({
  personId,
  tag,
  onChanged,
}: {
  personId: string;
  tag: Tag;
  onChanged: (message: string) => Promise<unknown>;
}) => {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: async () =>
      (await request(RemoveKnowsMutation, { personId, targetBuyerId: tag.targetBuyer.id }))
        .removeKnows,
  });
  const onRemove = async () => {
    setError(null);
    try {
      const result = await remove.mutateAsync();
      if (result.__typename === 'Person')
        await onChanged(`Tag for ${tag.targetBuyer.name} removed.`);
      else setError(result.message);
    } catch (failure) {
      setError(errorText(failure));
    }
  };
  const name = tag.targetBuyer.name;
  return (
    <li className="knows-row" data-testid="knows-row">
      <div>
        <strong>
          <Link to="/buyers/$targetBuyerId" params={{ targetBuyerId: tag.targetBuyer.id }}>
            {name}
          </Link>
        </strong>
        {tag.targetBuyer.archivedAt ? <span className="badge muted"> Archived</span> : null}
        <span> — {strengthLabel(tag.strength)}</span>
        {tag.learnedOn ? (
          <span className="muted">
            {' '}
            (since {formatCalendarDate(tag.learnedOn, { withYear: true })})
          </span>
        ) : null}
        {tag.note ? <p className="knows-note">{tag.note}</p> : null}
      </div>
      <FormError message={error} />
      {editing ? (
        <TagForm
          personId={personId}
          tag={tag}
          options={[]}
          onCancel={() => setEditing(false)}
          onDone={async (message) => {
            setEditing(false);
            await onChanged(message);
          }}
        />
      ) : (
        <div className="form-actions">
          <button
            type="button"
            className="secondary button-small"
            aria-label={`Change tag for ${name}`}
            onClick={() => setEditing(true)}
          >
            Change
          </button>
          <ConfirmAction
            // Short on screen: a long profile name would not fit a phone's width.
            label="Remove"
            accessibleName={`Remove tag for ${name}`}
            question={`Remove the tag for ${name}?`}
            confirmLabel="Remove"
            pendingLabel="Removing…"
            pending={remove.isPending}
            onConfirm={onRemove}
          />
        </div>
      )}
    </li>
  );
};

/** The target buyer profiles a person can reach, with how well; add, change and remove tags. */
export const KnowsPanel = ({
  person: data,
  onChanged,
}: {
  person: FragmentOf<typeof KnowsPanelFragment>;
  onChanged: () => Promise<unknown>;
}) => {
  const person = readFragment(KnowsPanelFragment, data);
  const titleId = useId();
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');
  const options = useQuery({
    queryKey: ['target-buyer-options'],
    queryFn: () => request(TargetBuyerOptionsQuery),
  });
  const tagged = new Set(person.knows.map((k) => k.targetBuyer.id));
  const untagged = (options.data?.targetBuyers ?? []).filter((o) => !tagged.has(o.id));
  const done = async (message: string) => {
    await onChanged();
    setStatus(message);
  };

  return (
    <section className="card" aria-labelledby={titleId}>
      <div className="card-head">
        <h2 id={titleId}>Target buyers they can reach</h2>
      </div>
      {person.knows.length === 0 ? (
        <p className="muted">Not tagged as knowing any target buyer yet.</p>
      ) : (
        <ul className="knows-list">
          {person.knows.map((tag) => (
            <TagRow key={tag.targetBuyer.id} personId={person.id} tag={tag} onChanged={done} />
          ))}
        </ul>
      )}
      <p className="form-success" role="status">
        {status}
      </p>
      {options.isPending ? <p className="muted">Loading profiles…</p> : null}
      {options.error ? (
        <p className="form-error" role="alert">
          Profiles could not be loaded: {errorText(options.error)}{' '}
          <button
            type="button"
            className="secondary button-small"
            onClick={() => options.refetch()}
          >
            Retry
          </button>
        </p>
      ) : null}
      {options.data && options.data.targetBuyers.length === 0 ? (
        <p>
          No target buyer profiles yet. <Link to="/buyers">Create a profile</Link> to tag who can
          reach it.
        </p>
      ) : null}
      {options.data && options.data.targetBuyers.length > 0 && untagged.length === 0 ? (
        <p className="muted">Tagged for every profile.</p>
      ) : null}
      {untagged.length > 0 ? (
        adding ? (
          <TagForm
            personId={person.id}
            options={untagged}
            onCancel={() => setAdding(false)}
            onDone={async (message) => {
              setAdding(false);
              await done(message);
            }}
          />
        ) : (
          <button
            type="button"
            className="button-small"
            onClick={() => {
              setAdding(true);
              setStatus('');
            }}
          >
            Add a profile they can reach
          </button>
        )
      ) : null}
    </section>
  );
};
