import { type FormEvent, type ReactNode, type Ref, useState } from 'react';
import type { graphql } from '../../lib/graphql.ts';
import { type SaveResult, splitEntries, useSaveForm } from '../../lib/use-save-form.ts';
import { Field } from '../../ui/field.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { cancelOnEscape } from '../../ui/quick-form-actions.tsx';
import { GroupSelect } from './group-select.tsx';
import { PersonPicker, type PickedPerson } from './person-picker.tsx';

/** What createPerson and updatePerson take. */
export type PersonInput = ReturnType<typeof graphql.scalar<'PersonInput'>>;

type OriginKind = 'GROUP' | 'PERSON' | 'OTHER';
type Issue = { field: string; message: string };

/** What saving answers: the person, or why not. */
export type PersonSaveResult = SaveResult<'Person'>;

/** The fields as typed: lists as text, one entry per line or comma. */
export type PersonDraft = {
  name: string;
  emails: string;
  phones: string;
  company: string;
  role: string;
  profession: string;
  location: string;
  tags: string;
  notes: string;
  originKind: OriginKind;
  originGroupId: string;
  originPerson: PickedPerson | null;
  originNote: string;
};

export const EMPTY_PERSON_DRAFT: PersonDraft = {
  name: '',
  emails: '',
  phones: '',
  company: '',
  role: '',
  profession: '',
  location: '',
  tags: '',
  notes: '',
  originKind: 'OTHER',
  originGroupId: '',
  originPerson: null,
  originNote: '',
};

/** A saved person's details as the form's starting draft. */
export const personDraftOf = (person: {
  name: string;
  emails: readonly string[];
  phones: readonly string[];
  company: string | null;
  role: string | null;
  profession: string | null;
  location: string | null;
  tags: readonly string[];
  notes: string | null;
  originKind: OriginKind;
  originGroup: { id: string } | null;
  originPerson: PickedPerson | null;
  originNote: string | null;
}): PersonDraft => ({
  name: person.name,
  emails: person.emails.join('\n'),
  phones: person.phones.join('\n'),
  company: person.company ?? '',
  role: person.role ?? '',
  profession: person.profession ?? '',
  location: person.location ?? '',
  tags: person.tags.join(', '),
  notes: person.notes ?? '',
  originKind: person.originKind,
  originGroupId: person.originGroup?.id ?? '',
  originPerson: person.originPerson
    ? { id: person.originPerson.id, name: person.originPerson.name }
    : null,
  originNote: person.originNote ?? '',
});

const ORIGIN_OPTIONS: { value: OriginKind; label: string }[] = [
  { value: 'GROUP', label: 'Met at a group' },
  { value: 'PERSON', label: 'Introduced by someone' },
  { value: 'OTHER', label: 'Other' },
];

const isOriginKind = (value: string): value is OriginKind =>
  ORIGIN_OPTIONS.some((option) => option.value === value);

// The fields shown on this form; issues for any other field are shown at the top instead.
const FORM_FIELDS = new Set([
  ...Object.keys(EMPTY_PERSON_DRAFT).filter((key) => key !== 'originPerson'),
  'originPersonId',
]);

const orNull = (text: string): string | null => text.trim() || null;

/** Every field is sent, so clearing one in the form clears it on the person. */
const toInput = (draft: PersonDraft): PersonInput => ({
  name: draft.name,
  emails: splitEntries(draft.emails),
  phones: splitEntries(draft.phones),
  company: orNull(draft.company),
  role: orNull(draft.role),
  profession: orNull(draft.profession),
  location: orNull(draft.location),
  tags: splitEntries(draft.tags),
  notes: orNull(draft.notes),
  originKind: draft.originKind,
  originGroupId: draft.originKind === 'GROUP' ? orNull(draft.originGroupId) : null,
  originPersonId: draft.originKind === 'PERSON' ? (draft.originPerson?.id ?? null) : null,
  originNote: orNull(draft.originNote),
});

/** "emails.1: Enter a valid e-mail address" names the entry, so the user knows which one. */
const namingListEntries = (issues: readonly Issue[], input: PersonInput): Issue[] => {
  const lists: Record<string, readonly string[] | null | undefined> = {
    emails: input.emails,
    phones: input.phones,
    tags: input.tags,
  };
  return issues.map((issue) => {
    const [field = '', index] = issue.field.split('.');
    const entry = index === undefined ? undefined : lists[field]?.[Number(index)];
    return entry ? { field: issue.field, message: `“${entry}”: ${issue.message}` } : issue;
  });
};

/**
 * A person's details, for adding and for editing: the same fields, the same checks (the
 * server's), and its issues shown at the fields. `save` does what follows a success (moving
 * on, refreshing) before it resolves, so the button stays held until then.
 */
export const PersonForm = ({
  initial,
  save,
  submitLabel,
  pendingLabel,
  cancelLink,
  onCancel,
  label,
  nameRef,
}: {
  initial: PersonDraft;
  save: (input: PersonInput) => Promise<PersonSaveResult>;
  submitLabel: string;
  pendingLabel: string;
  /** A page's way back; a form in place of something else has `onCancel` (and Escape) instead. */
  cancelLink?: ReactNode;
  onCancel?: () => void;
  label?: string;
  nameRef?: Ref<HTMLInputElement>;
}) => {
  const [draft, setDraft] = useState<PersonDraft>(initial);
  const { formRef, errors, clearError, formError, saving, submit } = useSaveForm(
    save,
    'Person',
    FORM_FIELDS,
  );

  // Editing a field takes its old error away; the server judges it again on the next submit.
  const update = (patch: Partial<PersonDraft>, ...fields: string[]) => {
    setDraft((prev) => ({ ...prev, ...patch }));
    for (const field of fields) clearError(field);
  };

  const set =
    (key: Exclude<keyof PersonDraft, 'originKind' | 'originPerson'>) =>
    (event: { target: { value: string } }): void =>
      update({ [key]: event.target.value }, key);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const input = toInput(draft);
    await submit(input, (issues) => namingListEntries(issues, input));
  };

  return (
    <form
      ref={formRef}
      className="person-form"
      noValidate
      aria-label={label}
      onSubmit={onSubmit}
      onKeyDown={onCancel ? cancelOnEscape(saving.isPending, onCancel) : undefined}
    >
      <FormError message={formError} />
      <Field label="Name" error={errors.name}>
        <input
          ref={nameRef}
          value={draft.name}
          onChange={set('name')}
          required
          autoComplete="off"
        />
      </Field>
      <div className="grid-2 form-grid">
        <Field label="E-mails" hint="comma or one per line" error={errors.emails}>
          <textarea className="compact" value={draft.emails} onChange={set('emails')} />
        </Field>
        <Field label="Phones" hint="comma or one per line" error={errors.phones}>
          <textarea className="compact" value={draft.phones} onChange={set('phones')} />
        </Field>
        <Field label="Company" error={errors.company}>
          <input value={draft.company} onChange={set('company')} />
        </Field>
        <Field label="Role" error={errors.role}>
          <input value={draft.role} onChange={set('role')} />
        </Field>
        <Field label="Profession" error={errors.profession}>
          <input value={draft.profession} onChange={set('profession')} />
        </Field>
        <Field label="Location" error={errors.location}>
          <input value={draft.location} onChange={set('location')} />
        </Field>
      </div>
      <Field label="Tags" hint="comma separated" error={errors.tags}>
        <input value={draft.tags} onChange={set('tags')} />
      </Field>
      <fieldset className="origin">
        <legend>How you know them</legend>
        <Field label="Origin" error={errors.originKind}>
          <select
            value={draft.originKind}
            onChange={(event) => {
              const originKind = event.target.value;
              if (isOriginKind(originKind)) {
                update({ originKind }, 'originKind', 'originGroupId', 'originPersonId');
              }
            }}
          >
            {ORIGIN_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </Field>
        {draft.originKind === 'GROUP' ? (
          <GroupSelect
            value={draft.originGroupId}
            onChange={(originGroupId) => update({ originGroupId }, 'originGroupId')}
            error={errors.originGroupId}
          />
        ) : null}
        {draft.originKind === 'PERSON' ? (
          <PersonPicker
            label="Introduced by"
            value={draft.originPerson}
            onChange={(originPerson) => update({ originPerson }, 'originPersonId')}
            error={errors.originPersonId}
          />
        ) : null}
        <Field
          label="Origin note"
          hint={
            draft.originKind === 'OTHER'
              ? 'optional, e.g. “former colleague”'
              : 'optional, e.g. “over lunch”'
          }
          error={errors.originNote}
        >
          <input value={draft.originNote} onChange={set('originNote')} />
        </Field>
      </fieldset>
      <Field label="Notes" error={errors.notes}>
        <textarea value={draft.notes} onChange={set('notes')} />
      </Field>
      <div className="form-actions">
        <button type="submit" disabled={saving.isPending}>
          {saving.isPending ? pendingLabel : submitLabel}
        </button>
        {onCancel ? (
          <button
            type="button"
            className="secondary"
            disabled={saving.isPending}
            onClick={onCancel}
          >
            Cancel
          </button>
        ) : (
          cancelLink
        )}
      </div>
    </form>
  );
};
