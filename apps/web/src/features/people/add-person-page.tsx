import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { MutationErrorFields } from '../../lib/field-errors.ts';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { EMPTY_PERSON_DRAFT, PersonForm, type PersonInput } from './person-form.tsx';

const CreatePersonMutation = graphql(
  `
  mutation CreatePerson($input: PersonInput!) {
    createPerson(input: $input) {
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

export const AddPersonPage = () => {
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const create = async (input: PersonInput) => {
    const result = (await request(CreatePersonMutation, { input })).createPerson;
    if (result.__typename === 'Person') {
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      await navigate({ to: '/people/$personId', params: { personId: result.id } });
    }
    return result;
  };

  return (
    <section>
      <h1>Add person</h1>
      <div className="card">
        <PersonForm
          initial={EMPTY_PERSON_DRAFT}
          save={create}
          submitLabel="Add person"
          pendingLabel="Saving…"
          cancelLink={<Link to="/people">Cancel</Link>}
        />
      </div>
    </section>
  );
};
