import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { type FieldErrors, fieldErrorsOf, MutationErrorFields } from '../../lib/field-errors.ts';
import { graphql, type ResultOf, type VariablesOf } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { Field } from '../../ui/field.tsx';
import { GroupSelect } from './group-select.tsx';
import { PersonPicker, type PickedPerson } from './person-picker.tsx';

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

type PersonInput = VariablesOf<typeof CreatePersonMutation>['input'];
type CreatePersonResult = ResultOf<typeof CreatePersonMutation>['createPerson'];
type OriginKind = 'GROUP' | 'PERSON' | 'OTHER';

type Draft = {
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
  originNote: string;
};

const EMPTY_DRAFT: Draft = {
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
  originNote: '',
};

const ORIGIN_OPTIONS: { value: OriginKind; label: string }[] = [
  { value: 'GROUP', label: 'Met at a group' },
  { value: 'PERSON', label: 'Introduced by someone' },
  { value: 'OTHER', label: 'Other' },
];

// The fields shown on this form; issues for any other field are shown at the top instead.
const FORM_FIELDS = new Set([...Object.keys(EMPTY_DRAFT), 'originPersonId']);

const splitList = (text: string, separator: RegExp): string[] =>
  text
    .split(separator)
    .map((entry) => entry.trim())
    .filter(Boolean);

const orNull = (text: string): string | null => text.trim() || null;

const toInput = (draft: Draft, originPerson: PickedPerson | null): PersonInput => ({
  name: draft.name,
  emails: splitList(draft.emails, /[,\n]/),
  phones: splitList(draft.phones, /[,\n]/),
  company: orNull(draft.company),
  role: orNull(draft.role),
  profession: orNull(draft.profession),
  location: orNull(draft.location),
  tags: splitList(draft.tags, /[,\n]/),
  notes: orNull(draft.notes),
  originKind: draft.originKind,
  originGroupId: draft.originKind === 'GROUP' ? orNull(draft.originGroupId) : null,
  originPersonId: draft.originKind === 'PERSON' ? (originPerson?.id ?? null) : null,
  originNote: draft.originKind === 'OTHER' ? orNull(draft.originNote) : null,
});

/** "emails.1: Enter a valid e-mail address" names the entry, so the user knows which one. */
const namingListEntries = (
  issues: readonly { field: string; message: string }[],
  input: PersonInput,
): { field: string; message: string }[] => {
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

const isOriginKind = (value: string): value is OriginKind =>
  ORIGIN_OPTIONS.some((option) => option.value === value);

export const AddPersonPage = () => {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [originPerson, setOriginPerson] = useState<PickedPerson | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const create = useMutation({
    mutationFn: async (input: PersonInput) =>
      (await request(CreatePersonMutation, { input })).createPerson,
    // Awaited before the mutation settles, so the button stays disabled until the page changes.
    onSuccess: async (result) => {
      if (result.__typename !== 'Person') return;
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      await navigate({ to: '/people/$personId', params: { personId: result.id } });
    },
  });

  // Editing a field takes its old error away; the server judges it again on the next submit.
  const clearErrors = (...fields: string[]) =>
    setErrors((prev) =>
      fields.some((field) => field in prev)
        ? Object.fromEntries(Object.entries(prev).filter(([field]) => !fields.includes(field)))
        : prev,
    );

  const update = (patch: Partial<Draft>) => {
    setDraft((prev) => ({ ...prev, ...patch }));
    clearErrors(...Object.keys(patch));
  };

  const set =
    (key: Exclude<keyof Draft, 'originKind'>) =>
    (event: { target: { value: string } }): void =>
      update({ [key]: event.target.value });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const input = toInput(draft, originPerson);
    let result: CreatePersonResult;
    try {
      result = await create.mutateAsync(input);
    } catch (error) {
      setFormError(error instanceof Error ? error.message : String(error));
      return;
    }
    if (result.__typename === 'Person') return;
    if (result.__typename === 'ValidationError') {
      const issues = namingListEntries(result.issues, input);
      // Rendered at once so focus can move to the first field in error, where keyboard users start.
      flushSync(() => setErrors(fieldErrorsOf({ issues })));
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      const elsewhere = issues.filter((issue) => !FORM_FIELDS.has(issue.field.split('.')[0] ?? ''));
      setFormError(
        elsewhere.length > 0
          ? elsewhere.map((issue) => issue.message).join(' ')
          : 'Some fields need attention: see the messages below them.',
      );
      return;
    }
    setErrors({});
    setFormError(result.message);
  };

  return (
    <section>
      <h1>Add person</h1>
      <form ref={formRef} className="card" noValidate onSubmit={onSubmit}>
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <Field label="Name" error={errors.name}>
          <input value={draft.name} onChange={set('name')} required autoComplete="off" />
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
                  update({ originKind });
                  clearErrors('originGroupId', 'originPersonId', 'originNote');
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
              onChange={(originGroupId) => update({ originGroupId })}
              error={errors.originGroupId}
            />
          ) : null}
          {draft.originKind === 'PERSON' ? (
            <PersonPicker
              label="Introduced by"
              value={originPerson}
              onChange={(person) => {
                setOriginPerson(person);
                clearErrors('originPersonId');
              }}
              error={errors.originPersonId}
            />
          ) : null}
          {draft.originKind === 'OTHER' ? (
            <Field
              label="Origin note"
              hint="optional, e.g. “former colleague”"
              error={errors.originNote}
            >
              <input value={draft.originNote} onChange={set('originNote')} />
            </Field>
          ) : null}
        </fieldset>
        <Field label="Notes" error={errors.notes}>
          <textarea value={draft.notes} onChange={set('notes')} />
        </Field>
        <div className="form-actions">
          <button type="submit" disabled={create.isPending}>
            {create.isPending ? 'Saving…' : 'Add person'}
          </button>
          <Link to="/people">Cancel</Link>
        </div>
      </form>
    </section>
  );
};
