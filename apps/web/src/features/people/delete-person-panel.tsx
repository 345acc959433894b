import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { Field } from '../../ui/field.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { cancelOnEscape } from '../../ui/quick-form-actions.tsx';
import { refreshFollowUps } from '../weekly/follow-ups.ts';

const DeletePersonMutation = graphql(`
  mutation DeletePerson($id: ID!) {
    deletePerson(id: $id) {
      __typename
      ... on DeletedPerson {
        name
      }
      ... on Error {
        message
      }
    }
  }
`);

/** Spaces and case do not matter: the point is that the user means this person. */
const sameName = (typed: string, name: string) =>
  typed.trim().replace(/\s+/g, ' ').toLowerCase() ===
  name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Delete, set apart from archive: what each does, the person's name typed to confirm, and
 * archive offered as the reversible way. After deleting, the people list says so.
 */
export const DeletePersonPanel = ({
  person,
  onArchive,
  onCancel,
}: {
  person: { id: string; name: string; archived: boolean };
  onArchive: () => void;
  onCancel: () => void;
}) => {
  const [typed, setTyped] = useState('');
  const titleId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const confirmed = sameName(typed, person.name);

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  const remove = useMutation({
    mutationFn: async () => {
      const result = (await request(DeletePersonMutation, { id: person.id })).deletePerson;
      if (result.__typename !== 'DeletedPerson') throw new Error(result.message);
      // Away from the page first, so its query is not fetched again for a person who is gone.
      await navigate({ to: '/people', state: { deletedPerson: result.name } });
      queryClient.removeQueries({ queryKey: ['person', person.id] });
      // Lists, the week's list, prompts and other people's pages (an introducer) all change.
      await refreshFollowUps(queryClient);
    },
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (confirmed) remove.mutate();
  };

  return (
    <section
      className="delete-person"
      aria-labelledby={titleId}
      onKeyDown={cancelOnEscape(remove.isPending, onCancel)}
    >
      <h2 id={titleId}>Delete {person.name}?</h2>
      <ul className="delete-person-choices">
        <li>
          <strong>Archive</strong> hides them from your lists and reminders but keeps their history:
          touches, one-to-ones, depth and referrals. You can unarchive them at any time.
        </li>
        <li>
          <strong>Delete</strong> removes them and all their history for good. Touches shared with
          others stay with the others; people they introduced stay, without that origin. It cannot
          be undone.
        </li>
      </ul>
      <form noValidate aria-labelledby={titleId} onSubmit={onSubmit}>
        <FormError message={remove.error?.message ?? null} />
        <Field label={`Type “${person.name}” to confirm`}>
          <input
            ref={inputRef}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
        <div className="form-actions">
          <button type="submit" className="danger" disabled={!confirmed || remove.isPending}>
            {remove.isPending ? 'Deleting…' : 'Delete for good'}
          </button>
          {person.archived ? null : (
            <button
              type="button"
              className="secondary"
              disabled={remove.isPending}
              onClick={onArchive}
            >
              Archive instead
            </button>
          )}
          <button
            type="button"
            className="secondary"
            disabled={remove.isPending}
            onClick={onCancel}
          >
            Cancel
          </button>
        </div>
        {confirmed ? null : <p className="muted">The delete button works once the name matches.</p>}
      </form>
    </section>
  );
};
