import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { Field } from '../../ui/field.tsx';

const PICKER_SIZE = 20;

const PeoplePickerQuery = graphql(`
  query PeoplePicker($search: String, $first: Int) {
    people(search: $search, first: $first) {
      totalCount
      nodes {
        id
        name
        company
      }
    }
  }
`);

export type PickedPerson = { id: string; name: string };

/** A search box narrowing a select, so a network of thousands still fits a native control. */
export const PersonPicker = ({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  error?: string | undefined;
}) => {
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');

  useEffect(() => {
    const handle = setTimeout(() => setSearch(text.trim()), 250);
    return () => clearTimeout(handle);
  }, [text]);

  const query = useQuery({
    queryKey: ['people', 'picker', search],
    queryFn: () => request(PeoplePickerQuery, { search: search || null, first: PICKER_SIZE }),
    placeholderData: keepPreviousData,
  });
  const found = query.data?.people;
  const nodes = found?.nodes ?? [];
  // The chosen person stays selectable after a new search leaves them out of the results.
  const options =
    value && !nodes.some((person) => person.id === value.id)
      ? [{ id: value.id, name: value.name, company: null }, ...nodes]
      : nodes;
  const shown = found ? `${nodes.length} of ${found.totalCount} shown` : undefined;

  return (
    <div className="picker">
      <Field label="Search people" hint="name, company, profession or tag">
        <input type="search" value={text} onChange={(event) => setText(event.target.value)} />
      </Field>
      <Field label={label} hint={shown} error={error}>
        <select
          value={value?.id ?? ''}
          onChange={(event) => {
            const person = options.find((option) => option.id === event.target.value);
            onChange(person ? { id: person.id, name: person.name } : null);
          }}
        >
          <option value="">
            {query.isPending
              ? 'Loading people…'
              : options.length
                ? 'Choose a person'
                : 'No one found'}
          </option>
          {options.map((person) => (
            <option key={person.id} value={person.id}>
              {person.company ? `${person.name} (${person.company})` : person.name}
            </option>
          ))}
        </select>
      </Field>
      {query.error ? (
        <p className="field-error" role="alert">
          {query.error.message}
        </p>
      ) : null}
    </div>
  );
};
