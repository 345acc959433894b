import { useEffect, useRef } from 'react';
import { MutationErrorFields } from '../../lib/field-errors.ts';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { type PersonDraft, PersonForm, type PersonInput } from './person-form.tsx';

const UpdatePersonMutation = graphql(
  `
  mutation UpdatePerson($id: ID!, $input: PersonInput!) {
    updatePerson(id: $id, input: $input) {
      __typename
      ... on Person {
        id
      }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

/** The add form's fields, filled with the person's details, in place of them on their page. */
export const EditPersonForm = ({
  personId,
  initial,
  onSaved,
  onCancel,
}: {
  personId: string;
  initial: PersonDraft;
  onSaved: () => Promise<unknown>;
  onCancel: () => void;
}) => {
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    nameRef.current?.focus();
  }, []);

  const save = async (input: PersonInput) => {
    const result = (await request(UpdatePersonMutation, { id: personId, input })).updatePerson;
    if (result.__typename === 'Person') await onSaved();
    return result;
  };

  return (
    <PersonForm
      initial={initial}
      save={save}
      label="Edit details"
      submitLabel="Save details"
      pendingLabel="Saving…"
      onCancel={onCancel}
      nameRef={nameRef}
    />
  );
};
