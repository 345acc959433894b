import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { Field } from '../../ui/field.tsx';

const GroupsQuery = graphql(`
  query Groups {
    groups {
      id
      name
    }
  }
`);

export const GroupSelect = ({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (groupId: string) => void;
  error?: string | undefined;
}) => {
  const query = useQuery({ queryKey: ['groups'], queryFn: () => request(GroupsQuery) });
  const groups = query.data?.groups ?? [];
  const hint = query.data && groups.length === 0 ? 'You have no groups yet' : undefined;
  return (
    <>
      <Field label="Group" hint={hint} error={error}>
        <select value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{query.isPending ? 'Loading groups…' : 'Choose a group'}</option>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </select>
      </Field>
      {query.error ? (
        <p className="field-error" role="alert">
          {query.error.message}
        </p>
      ) : null}
    </>
  );
};
