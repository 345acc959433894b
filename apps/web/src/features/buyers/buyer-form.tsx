import { type FormEvent, type ReactNode, useState } from 'react';
import type { graphql } from '../../lib/graphql.ts';
import {
  notNumberErrors,
  type SaveResult,
  splitEntries,
  useSaveForm,
} from '../../lib/use-save-form.ts';
import { Field } from '../../ui/field.tsx';
import { FormError } from '../../ui/form-error.tsx';

/** What createTargetBuyer and updateTargetBuyer take. */
export type TargetBuyerInput = ReturnType<typeof graphql.scalar<'TargetBuyerInput'>>;

/** What saving answers: the profile, or why not. */
export type TargetBuyerSaveResult = SaveResult<'TargetBuyer'>;

/** The fields as typed: lists one entry per line or comma, sizes as text. */
export type TargetBuyerDraft = {
  name: string;
  roles: string;
  industries: string;
  companySizeMin: string;
  companySizeMax: string;
  regions: string;
  notes: string;
};

export const EMPTY_TARGET_BUYER_DRAFT: TargetBuyerDraft = {
  name: '',
  roles: '',
  industries: '',
  companySizeMin: '',
  companySizeMax: '',
  regions: '',
  notes: '',
};

// The server's limits, counted at the field as the user types.
const NAME_LIMIT = 200;
const NOTES_LIMIT = 10_000;

/** A saved profile's details as the form's starting draft. */
export const targetBuyerDraftOf = (profile: {
  name: string;
  roles: readonly string[];
  industries: readonly string[];
  companySizeMin: number | null;
  companySizeMax: number | null;
  regions: readonly string[];
  notes: string | null;
}): TargetBuyerDraft => ({
  name: profile.name,
  roles: profile.roles.join('\n'),
  industries: profile.industries.join('\n'),
  companySizeMin: profile.companySizeMin === null ? '' : String(profile.companySizeMin),
  companySizeMax: profile.companySizeMax === null ? '' : String(profile.companySizeMax),
  regions: profile.regions.join('\n'),
  notes: profile.notes ?? '',
});

const FORM_FIELDS = new Set(Object.keys(EMPTY_TARGET_BUYER_DRAFT));
const SIZE_FIELDS = ['companySizeMin', 'companySizeMax'] as const;

/** Empty is no bound; anything else is sent as typed, for the server to judge at the field. */
const sizeOf = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));

/** Every field is sent, so clearing one in the form clears it on the profile. */
const toInput = (draft: TargetBuyerDraft): TargetBuyerInput => ({
  name: draft.name,
  roles: splitEntries(draft.roles),
  industries: splitEntries(draft.industries),
  companySizeMin: sizeOf(draft.companySizeMin),
  companySizeMax: sizeOf(draft.companySizeMax),
  regions: splitEntries(draft.regions),
  notes: draft.notes.trim() || null,
});

/**
 * A target buyer profile's details, for creating and editing, with the server's issues shown
 * at their fields. `save` does what follows a success before it resolves.
 */
export const TargetBuyerForm = ({
  initial,
  save,
  submitLabel,
  label,
  cancel,
}: {
  initial: TargetBuyerDraft;
  save: (input: TargetBuyerInput) => Promise<TargetBuyerSaveResult>;
  submitLabel: string;
  label: string;
  cancel?: ReactNode;
}) => {
  const [draft, setDraft] = useState<TargetBuyerDraft>(initial);
  const { formRef, errors, clearError, showErrors, formError, setFormError, saving, submit } =
    useSaveForm(save, 'TargetBuyer', FORM_FIELDS);

  const set =
    (key: keyof TargetBuyerDraft) =>
    (event: { target: { value: string } }): void => {
      setDraft((prev) => ({ ...prev, [key]: event.target.value }));
      clearError(key);
    };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const input = toInput(draft);
    const notNumbers = notNumberErrors(input, SIZE_FIELDS);
    if (notNumbers) {
      showErrors(notNumbers);
      return;
    }
    await submit(input);
  };

  return (
    <form ref={formRef} className="buyer-form" noValidate aria-label={label} onSubmit={onSubmit}>
      <FormError message={formError} />
      <Field
        label="Name"
        hint="e.g. “CFOs of 50–500 person B2B firms”"
        error={errors.name}
        limit={NAME_LIMIT}
      >
        <input value={draft.name} onChange={set('name')} required autoComplete="off" />
      </Field>
      <div className="grid-2 form-grid">
        <Field label="Roles" hint="comma or one per line" error={errors.roles}>
          <textarea className="compact" value={draft.roles} onChange={set('roles')} />
        </Field>
        <Field label="Industries" hint="comma or one per line" error={errors.industries}>
          <textarea className="compact" value={draft.industries} onChange={set('industries')} />
        </Field>
        <Field label="Company size from" hint="people" error={errors.companySizeMin}>
          <input
            inputMode="numeric"
            value={draft.companySizeMin}
            onChange={set('companySizeMin')}
          />
        </Field>
        <Field label="Company size to" hint="people" error={errors.companySizeMax}>
          <input
            inputMode="numeric"
            value={draft.companySizeMax}
            onChange={set('companySizeMax')}
          />
        </Field>
      </div>
      <Field label="Regions" hint="comma or one per line" error={errors.regions}>
        <textarea className="compact" value={draft.regions} onChange={set('regions')} />
      </Field>
      <Field label="Notes" error={errors.notes} limit={NOTES_LIMIT}>
        <textarea value={draft.notes} onChange={set('notes')} />
      </Field>
      <div className="form-actions">
        <button type="submit" disabled={saving.isPending}>
          {saving.isPending ? 'Saving…' : submitLabel}
        </button>
        {cancel}
      </div>
    </form>
  );
};
