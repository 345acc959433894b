import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { ArchivedNotice } from '../../ui/archived-notice.tsx';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { DeletePersonPanel } from './delete-person-panel.tsx';
import { EditPersonForm } from './edit-person-form.tsx';
import { personDraftOf } from './person-form.tsx';

export const PersonHeaderFragment = graphql(`
  fragment PersonHeader on Person {
    id
    name
    isDemo
    archived
    role
    company
    profession
    location
    emails
    phones
    tags
    notes
    originKind
    originNote
    originGroup {
      id
      name
    }
    originPerson {
      id
      name
    }
    groups {
      id
      name
    }
  }
`);

const ArchivePersonMutation = graphql(`
  mutation ArchivePerson($id: ID!) {
    archivePerson(id: $id) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const UnarchivePersonMutation = graphql(`
  mutation UnarchivePerson($id: ID!) {
    unarchivePerson(id: $id) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

type Person = ResultOf<typeof PersonHeaderFragment>;

const Origin = ({ person }: { person: Person }) => {
  const note = person.originNote ? <span className="muted"> · {person.originNote}</span> : null;
  if (person.originKind === 'GROUP') {
    return (
      <>
        Met at {person.originGroup ? person.originGroup.name : 'a group that was removed'}
        {note}
      </>
    );
  }
  if (person.originKind === 'PERSON') {
    return (
      <>
        Introduced by{' '}
        {person.originPerson ? (
          <Link to="/people/$personId" params={{ personId: person.originPerson.id }}>
            {person.originPerson.name}
          </Link>
        ) : (
          'someone no longer in your network'
        )}
        {note}
      </>
    );
  }
  // Other is also what a person added without an origin has: with no note, nothing was said.
  return person.originNote ?? <span className="muted">Not set</span>;
};

const headline = (person: Person): string =>
  [
    person.role && person.company
      ? `${person.role} at ${person.company}`
      : person.role || person.company,
    person.profession,
    person.location,
  ]
    .filter(Boolean)
    .join(' · ');

export const PersonHeader = ({
  person: data,
  onChanged,
}: {
  person: FragmentOf<typeof PersonHeaderFragment>;
  onChanged: () => Promise<unknown>;
}) => {
  const person = readFragment(PersonHeaderFragment, data);
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const editRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  // Closing the form or the delete step gives focus back to the button that opened it.
  const opened = useRef<'edit' | 'delete' | null>(null);
  useEffect(() => {
    if (mode !== 'view') {
      opened.current = mode;
      return;
    }
    (opened.current === 'edit' ? editRef : deleteRef).current?.focus();
    opened.current = null;
  }, [mode]);
  const setArchived = useMutation({
    mutationFn: async (archived: boolean) => {
      const result = archived
        ? (await request(ArchivePersonMutation, { id: person.id })).archivePerson
        : (await request(UnarchivePersonMutation, { id: person.id })).unarchivePerson;
      if (result.__typename !== 'Person') throw new Error(result.message);
      await onChanged();
    },
  });
  const line = headline(person);

  return (
    <section className="card person-header" aria-labelledby="person-name">
      <div className="card-head">
        <h1 id="person-name">
          {person.name} {person.isDemo ? <span className="badge badge-demo">demo</span> : null}{' '}
          {person.archived ? <span className="badge badge-none">archived</span> : null}
        </h1>
        {mode === 'view' ? (
          <div className="person-actions">
            <button
              ref={editRef}
              type="button"
              className="secondary button-small"
              onClick={() => setMode('edit')}
            >
              Edit details
            </button>
            {person.archived ? null : (
              <ConfirmAction
                label="Archive"
                question={`Archive ${person.name}? They leave your lists and reminders; their history stays, and you can unarchive them.`}
                confirmLabel="Archive"
                pendingLabel="Archiving…"
                pending={setArchived.isPending}
                onConfirm={() => setArchived.mutate(true)}
              />
            )}
            <button
              ref={deleteRef}
              type="button"
              className="danger button-small"
              onClick={() => setMode('delete')}
            >
              Delete…
            </button>
          </div>
        ) : null}
      </div>
      {mode === 'delete' ? (
        <DeletePersonPanel
          person={person}
          onArchive={() => {
            setArchived.mutate(true);
            setMode('view');
          }}
          onCancel={() => setMode('view')}
        />
      ) : null}
      <ArchivedNotice
        archived={person.archived}
        text="Archived: hidden from your lists and reminders. Their history is kept."
        restoreLabel="Unarchive"
        pendingLabel="Unarchiving…"
        pending={setArchived.isPending}
        error={setArchived.error}
        onRestore={() => setArchived.mutate(false)}
      />
      {mode === 'edit' ? (
        <EditPersonForm
          personId={person.id}
          initial={personDraftOf(person)}
          onSaved={async () => {
            await onChanged();
            setMode('view');
          }}
          onCancel={() => setMode('view')}
        />
      ) : (
        <>
          {line ? <p className="muted headline">{line}</p> : null}
          <dl className="facts">
            {person.emails.length > 0 ? (
              <>
                <dt>E-mail</dt>
                <dd>
                  <ul className="inline-list">
                    {person.emails.map((email) => (
                      <li key={email}>
                        <a href={`mailto:${email}`}>{email}</a>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
            {person.phones.length > 0 ? (
              <>
                <dt>Phone</dt>
                <dd>
                  <ul className="inline-list">
                    {person.phones.map((phone) => (
                      <li key={phone}>
                        <a href={`tel:${phone.replace(/[^+\d]/g, '')}`}>{phone}</a>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
            {person.tags.length > 0 ? (
              <>
                <dt>Tags</dt>
                <dd>
                  <ul className="inline-list">
                    {person.tags.map((tag) => (
                      <li key={tag} className="tag">
                        {tag}
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
            {person.groups.length > 0 ? (
              <>
                <dt>Groups</dt>
                <dd>
                  <ul className="inline-list">
                    {person.groups.map((group) => (
                      <li key={group.id}>{group.name}</li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
            <dt>Origin</dt>
            <dd>
              <Origin person={person} />
            </dd>
          </dl>
          {person.notes ? (
            <>
              <h2 className="notes-title">Notes</h2>
              <p className="prose">{person.notes}</p>
            </>
          ) : null}
        </>
      )}
    </section>
  );
};
