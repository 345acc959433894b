import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { errorText, MutationErrorFields, submitMutation } from '../../lib/field-errors.ts';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { useFieldErrors } from '../../lib/use-field-errors.ts';
import { Field } from '../../ui/field.tsx';
import { cancelOnEscape, QuickFormActions } from '../../ui/quick-form-actions.tsx';
import { BUYERS_KEY } from './buyer-mutations.ts';
import { StrengthSelect, TargetBuyerOptionsQuery } from './knows-panel.tsx';
import { type KnowsStrength, strengthLabel } from './knows-strengths.ts';

const TagPeopleKnowsMutation = graphql(
  `
  mutation TagPeopleKnows($input: TagPeopleKnowsInput!) {
    tagPeopleKnows(input: $input) {
      __typename
      ... on TagPeopleKnowsResult {
        added
        changed
      }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

const SHOWN_FIELDS = new Set(['targetBuyerId', 'strength']);

const people = (count: number) => `${count} ${count === 1 ? 'person' : 'people'}`;

/**
 * Tags the selected people as knowing one profile, all at once (the server writes all of them
 * or none), and says what happened.
 */
export const TagPeopleForm = ({
  personIds,
  onDone,
  onCancel,
}: {
  personIds: readonly string[];
  onDone: (summary: string) => void;
  onCancel: () => void;
}) => {
  const queryClient = useQueryClient();
  const { formRef, errors, clearError, showErrors } = useFieldErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const options = useQuery({
    queryKey: ['target-buyer-options'],
    queryFn: () => request(TargetBuyerOptionsQuery),
  });
  const profiles = options.data?.targetBuyers ?? [];
  const [chosen, setChosen] = useState('');
  const targetBuyerId = chosen || profiles[0]?.id || '';
  const [strength, setStrength] = useState<KnowsStrength>('KNOWS_PERSONALLY');
  const tag = useMutation({
    mutationFn: async () =>
      (
        await request(TagPeopleKnowsMutation, {
          input: { personIds: [...personIds], targetBuyerId, strength },
        })
      ).tagPeopleKnows,
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    await submitMutation(
      () => tag.mutateAsync(),
      'TagPeopleKnowsResult',
      async (result) => {
        // Contact pages show the tags, and each profile's page who knows it.
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: ['person'] }),
          queryClient.invalidateQueries({ queryKey: BUYERS_KEY }),
        ]);
        const name = profiles.find((p) => p.id === targetBuyerId)?.name ?? 'the profile';
        const parts = [
          result.added > 0 ? `${people(result.added)} newly tagged` : null,
          result.changed > 0
            ? `${people(result.changed)} already tagged, now ${strengthLabel(strength).toLowerCase()}`
            : null,
        ].filter(Boolean);
        onDone(`Tagged ${people(personIds.length)} as knowing ${name}: ${parts.join('; ')}.`);
      },
      SHOWN_FIELDS,
      { showErrors, setFormError },
    );
  };

  if (options.isPending) return <p className="muted">Loading profiles…</p>;
  if (options.error) {
    return (
      <p className="form-error" role="alert">
        Profiles could not be loaded: {errorText(options.error)}{' '}
        <button type="button" className="secondary button-small" onClick={() => options.refetch()}>
          Retry
        </button>
      </p>
    );
  }
  if (profiles.length === 0) {
    return (
      <p>
        No target buyer profiles yet. <Link to="/buyers">Create a profile</Link> first.{' '}
        <button type="button" className="secondary button-small" onClick={onCancel}>
          Cancel
        </button>
      </p>
    );
  }
  return (
    <form
      ref={formRef}
      noValidate
      className="knows-form"
      aria-label={`Tag ${people(personIds.length)} as knowing a profile`}
      onSubmit={onSubmit}
      onKeyDown={cancelOnEscape(tag.isPending, onCancel)}
    >
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <Field label="Profile" error={errors.targetBuyerId}>
        <select
          value={targetBuyerId}
          onChange={(e) => {
            setChosen(e.target.value);
            clearError('targetBuyerId');
          }}
        >
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Strength" error={errors.strength}>
        <StrengthSelect
          value={strength}
          onChange={(value) => {
            setStrength(value);
            clearError('strength');
          }}
        />
      </Field>
      <QuickFormActions
        pending={tag.isPending}
        submitLabel={`Tag ${people(personIds.length)}`}
        pendingLabel="Tagging…"
        onCancel={onCancel}
      />
    </form>
  );
};
