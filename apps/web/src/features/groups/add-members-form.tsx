import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { request } from '../../lib/request.ts';
import { useSaveForm } from '../../lib/use-save-form.ts';
import { earliestPastInputValue, todayInputValue } from '../../ui/dates.ts';
import { Field, FieldError } from '../../ui/field.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { cancelOnEscape } from '../../ui/quick-form-actions.tsx';
import {
  AddGroupMembersMutation,
  type GroupMemberView,
  MemberCandidatesQuery,
} from './members-queries.ts';

const SEARCH_SIZE = 20;
/** The server's limit on a name and on a profession. */
const TEXT_LIMIT = 200;
const FIELDS = new Set(['members', 'joinedOn']);

type Chosen = { id: string; name: string; ownProfession: string | null; profession: string };
type NewRow = { key: number; name: string; profession: string };
type AddInput = {
  members: (
    | { personId: string; profession: string | null }
    | { newPerson: { name: string }; profession: string | null }
  )[];
  joinedOn: string | null;
};

const membersText = (count: number) => `${count} ${count === 1 ? 'member' : 'members'}`;

/** What a search result says besides the name: their profession, and whether they are in already. */
const aboutOf = (profession: string | null, membership: GroupMemberView | undefined) =>
  [
    profession,
    membership ? (membership.isCurrent ? 'already a member' : 'past member') : null,
  ].filter(Boolean);

/**
 * Adds several members in one go: people of the account's, ticked from a search, and new people
 * named on the spot, all joining on one day. The server adds all of them or none.
 */
export const AddMembersForm = ({
  groupId,
  members,
  onAdded,
  onCancel,
}: {
  groupId: string;
  members: readonly GroupMemberView[];
  onAdded: (summary: string) => Promise<unknown>;
  onCancel: () => void;
}) => {
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const [newRows, setNewRows] = useState<NewRow[]>([]);
  const [joinedOn, setJoinedOn] = useState(todayInputValue);
  const nextKey = useRef(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const newNameRef = useRef<HTMLInputElement>(null);
  const [focusNewRow, setFocusNewRow] = useState(false);
  const { formRef, errors, setErrors, clearError, formError, setFormError, saving, submit } =
    useSaveForm(
      async (input: AddInput) => {
        const result = (await request(AddGroupMembersMutation, { groupId, input })).addGroupMembers;
        if (result.__typename === 'Group')
          await onAdded(`Added ${membersText(input.members.length)}.`);
        return result;
      },
      'Group',
      FIELDS,
    );

  useEffect(() => searchRef.current?.focus(), []);
  useEffect(() => {
    const handle = setTimeout(() => setSearch(text.trim()), 250);
    return () => clearTimeout(handle);
  }, [text]);
  useEffect(() => {
    if (!focusNewRow) return;
    newNameRef.current?.focus();
    setFocusNewRow(false);
  }, [focusNewRow]);

  const candidates = useQuery({
    queryKey: ['people', 'member-candidates', search],
    queryFn: () => request(MemberCandidatesQuery, { search: search || null, first: SEARCH_SIZE }),
    placeholderData: keepPreviousData,
  });
  const found = candidates.data?.people;
  const membershipOf = new Map(members.map((member) => [member.person.id, member]));
  const count = chosen.length + newRows.length;

  // Errors sit at list positions, which move when the list changes: they no longer apply.
  const changeList = (change: () => void) => {
    change();
    setErrors({});
  };
  const toggle = (person: { id: string; name: string; profession: string | null }) =>
    changeList(() =>
      setChosen((list) =>
        list.some((entry) => entry.id === person.id)
          ? list.filter((entry) => entry.id !== person.id)
          : [
              ...list,
              {
                id: person.id,
                name: person.name,
                ownProfession: person.profession,
                profession: '',
              },
            ],
      ),
    );
  const takeOff = (id: string) =>
    changeList(() => setChosen((list) => list.filter((entry) => entry.id !== id)));
  const editChosen = (index: number, profession: string) => {
    setChosen((list) => list.map((entry, at) => (at === index ? { ...entry, profession } : entry)));
    clearError(`members.${index}`);
  };
  const editNewRow = (index: number, change: Partial<NewRow>) => {
    setNewRows((rows) => rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
    clearError(`members.${chosen.length + index}`);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (count === 0) {
      setFormError('Tick someone found by the search, or add a new person.');
      return;
    }
    await submit(
      {
        members: [
          ...chosen.map((entry) => ({
            personId: entry.id,
            profession: entry.profession.trim() || null,
          })),
          ...newRows.map((row) => ({
            newPerson: { name: row.name },
            profession: row.profession.trim() || null,
          })),
        ],
        joinedOn: joinedOn || null,
      },
      // A problem with the list as a whole has no input of its own: it goes to the top.
      (issues) =>
        issues.map((issue) => (issue.field === 'members' ? { ...issue, field: 'list' } : issue)),
    );
  };

  return (
    <form
      ref={formRef}
      noValidate
      aria-label="Add members"
      className="quick-form"
      onSubmit={onSubmit}
      onKeyDown={cancelOnEscape(saving.isPending, onCancel)}
    >
      <FormError message={formError} />
      <Field label="Search people" hint="name, company, profession or tag">
        <input
          ref={searchRef}
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          // Enter here searches as you type already; it must not send the form.
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
      </Field>
      {candidates.error ? (
        <p className="field-error" role="alert">
          People could not be loaded: {candidates.error.message}{' '}
          <button
            type="button"
            className="secondary button-small"
            onClick={() => candidates.refetch()}
          >
            Retry
          </button>
        </p>
      ) : null}
      {candidates.isPending ? (
        <p className="muted" role="status">
          Searching…
        </p>
      ) : null}
      {found && found.nodes.length === 0 ? (
        <p className="muted">No one found: add them as a new person below.</p>
      ) : null}
      {found && found.nodes.length > 0 ? (
        <ul className="list" aria-label="People found">
          {found.nodes.map((person) => {
            const membership = membershipOf.get(person.id);
            const about = aboutOf(person.profession, membership);
            return (
              <li key={person.id} className="list-row">
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={chosen.some((entry) => entry.id === person.id)}
                    disabled={membership !== undefined}
                    onChange={() => toggle(person)}
                  />
                  <span>
                    {person.name}
                    {about.length > 0 ? (
                      <span className="muted"> · {about.join(' · ')}</span>
                    ) : null}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      ) : null}
      {found && found.totalCount > found.nodes.length ? (
        <p className="muted">
          {found.nodes.length} of {found.totalCount} shown: search to find others.
        </p>
      ) : null}

      {chosen.length > 0 ? (
        <ul className="knows-list" aria-label="Chosen people">
          {chosen.map((entry, index) => {
            const rowError = errors[`members.${index}.personId`] ?? errors[`members.${index}`];
            return (
              <li key={entry.id} className="knows-row">
                <div className="entry-head">
                  <span className="primary">{entry.name}</span>
                  <button
                    type="button"
                    className="secondary button-small"
                    aria-label={`Take off the list: ${entry.name}`}
                    onClick={() => takeOff(entry.id)}
                  >
                    Take off
                  </button>
                </div>
                <FieldError message={rowError} />
                <Field
                  label={`Profession of ${entry.name} in the group`}
                  hint={
                    entry.ownProfession ? `Empty: their own, ${entry.ownProfession}` : 'Optional'
                  }
                  error={errors[`members.${index}.profession`]}
                  limit={TEXT_LIMIT}
                >
                  <input
                    value={entry.profession}
                    onChange={(event) => editChosen(index, event.target.value)}
                  />
                </Field>
              </li>
            );
          })}
        </ul>
      ) : null}

      {newRows.map((row, rowIndex) => {
        const index = chosen.length + rowIndex;
        const label = `New person ${rowIndex + 1}`;
        return (
          <fieldset key={row.key} className="quick-form">
            <legend>{label}</legend>
            <div className="grid-2 form-grid">
              <Field
                label="Name"
                error={errors[`members.${index}.newPerson.name`] ?? errors[`members.${index}`]}
                limit={TEXT_LIMIT}
              >
                <input
                  ref={rowIndex === newRows.length - 1 ? newNameRef : undefined}
                  value={row.name}
                  autoComplete="off"
                  onChange={(event) => editNewRow(rowIndex, { name: event.target.value })}
                />
              </Field>
              <Field
                label="Profession"
                hint="Optional"
                error={errors[`members.${index}.profession`]}
                limit={TEXT_LIMIT}
              >
                <input
                  value={row.profession}
                  onChange={(event) => editNewRow(rowIndex, { profession: event.target.value })}
                />
              </Field>
            </div>
            <button
              type="button"
              className="secondary button-small"
              aria-label={`Remove ${label.toLowerCase()}`}
              onClick={() =>
                changeList(() => setNewRows((rows) => rows.filter((other) => other !== row)))
              }
            >
              Remove
            </button>
          </fieldset>
        );
      })}
      <p>
        <button
          type="button"
          className="secondary button-small"
          onClick={() =>
            changeList(() => {
              nextKey.current += 1;
              setNewRows((rows) => [...rows, { key: nextKey.current, name: '', profession: '' }]);
              setFocusNewRow(true);
            })
          }
        >
          New person
        </button>
      </p>

      <Field label="Joined on" hint="The same day for everyone added now" error={errors.joinedOn}>
        <input
          type="date"
          value={joinedOn}
          min={earliestPastInputValue()}
          max={todayInputValue()}
          onChange={(event) => {
            setJoinedOn(event.target.value);
            clearError('joinedOn');
          }}
        />
      </Field>
      <div className="form-actions">
        <button type="submit" disabled={saving.isPending}>
          {saving.isPending ? 'Adding…' : count > 0 ? `Add ${membersText(count)}` : 'Add members'}
        </button>
        <button type="button" className="secondary" disabled={saving.isPending} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
};
