import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import type { graphql } from '../../lib/graphql.ts';
import { notNumberErrors, type SaveResult, useSaveForm } from '../../lib/use-save-form.ts';
import { Field } from '../../ui/field.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { currencyOptions, type Money } from '../../ui/money.ts';
import { GROUP_KIND_LABELS, type GroupKind } from './group-labels.ts';

/** What createGroup and updateGroup take. */
export type GroupInput = ReturnType<typeof graphql.scalar<'GroupInput'>>;

/** The fields as typed: amounts and numbers as text, for the server to judge at the field. */
export type GroupDraft = {
  name: string;
  kind: GroupKind;
  onePerProfession: boolean;
  currency: string;
  fee: string;
  feePeriod: 'YEAR' | 'MONTH';
  costPerMeeting: string;
  travelCost: string;
  meetingCadenceDays: string;
  prepMinutes: string;
  travelMinutes: string;
  meetingMinutes: string;
  chatMinutes: string;
  joinedOn: string;
  leftOn: string;
};

export const emptyGroupDraft = (currency: string): GroupDraft => ({
  name: '',
  kind: 'REFERRAL_CLUB',
  onePerProfession: true,
  currency,
  fee: '',
  feePeriod: 'YEAR',
  costPerMeeting: '',
  travelCost: '',
  meetingCadenceDays: '',
  prepMinutes: '0',
  travelMinutes: '0',
  meetingMinutes: '0',
  chatMinutes: '0',
  joinedOn: '',
  leftOn: '',
});

type SavedGroup = {
  name: string;
  kind: GroupKind;
  onePerProfession: boolean;
  currency: string;
  fee: Money | null;
  feePeriod: 'YEAR' | 'MONTH';
  costPerMeeting: Money | null;
  travelCost: Money | null;
  meetingCadenceDays: number | null;
  prepMinutes: number;
  travelMinutes: number;
  meetingMinutes: number;
  chatMinutes: number;
  joinedOn: string | null;
  leftOn: string | null;
};

/** A saved group as the form's starting draft. */
export const groupDraftOf = (group: SavedGroup): GroupDraft => ({
  ...group,
  fee: group.fee?.amount ?? '',
  costPerMeeting: group.costPerMeeting?.amount ?? '',
  travelCost: group.travelCost?.amount ?? '',
  meetingCadenceDays: group.meetingCadenceDays === null ? '' : String(group.meetingCadenceDays),
  prepMinutes: String(group.prepMinutes),
  travelMinutes: String(group.travelMinutes),
  meetingMinutes: String(group.meetingMinutes),
  chatMinutes: String(group.chatMinutes),
  joinedOn: group.joinedOn ?? '',
  leftOn: group.leftOn ?? '',
});

/** A saved group, whole, with a left date: what leaving sends. */
export const groupInputOf = (group: SavedGroup, leftOn: string | null): GroupInput =>
  toInput({ ...groupDraftOf(group), leftOn: leftOn ?? '' });

const NUMBER_FIELDS = [
  'meetingCadenceDays',
  'prepMinutes',
  'travelMinutes',
  'meetingMinutes',
  'chatMinutes',
] as const;
const MINUTE_FIELDS = [
  ['prepMinutes', 'Preparation'],
  ['travelMinutes', 'Travel'],
  ['meetingMinutes', 'Meeting'],
  ['chatMinutes', 'Chat afterwards'],
] as const;
const FORM_FIELDS = new Set(Object.keys(emptyGroupDraft('GBP')));

const numberOf = (text: string): number => Number(text.trim() === '' ? Number.NaN : text.trim());

/** Every field is sent, so clearing one in the form clears it on the group. */
const toInput = (draft: GroupDraft): GroupInput => ({
  name: draft.name,
  kind: draft.kind,
  onePerProfession: draft.onePerProfession,
  currency: draft.currency,
  fee: draft.fee.trim() || null,
  feePeriod: draft.feePeriod,
  costPerMeeting: draft.costPerMeeting.trim() || null,
  travelCost: draft.travelCost.trim() || null,
  meetingCadenceDays:
    draft.meetingCadenceDays.trim() === '' ? null : numberOf(draft.meetingCadenceDays),
  prepMinutes: numberOf(draft.prepMinutes),
  travelMinutes: numberOf(draft.travelMinutes),
  meetingMinutes: numberOf(draft.meetingMinutes),
  chatMinutes: numberOf(draft.chatMinutes),
  joinedOn: draft.joinedOn || null,
  leftOn: draft.leftOn || null,
});

/**
 * A group's details, for creating and editing: what it costs in money (all in one currency)
 * and in time per meeting, with the server's issues at their fields.
 */
export const GroupForm = ({
  initial,
  save,
  submitLabel,
  label,
  cancel,
}: {
  initial: GroupDraft;
  save: (input: GroupInput) => Promise<SaveResult<'Group'>>;
  submitLabel: string;
  label: string;
  cancel?: ReactNode;
}) => {
  const [draft, setDraft] = useState<GroupDraft>(initial);
  const currencies = useMemo(currencyOptions, []);
  const { formRef, errors, clearError, showErrors, formError, setFormError, saving, submit } =
    useSaveForm(save, 'Group', FORM_FIELDS);

  const set =
    (key: keyof GroupDraft) =>
    (event: { target: { value: string } }): void => {
      setDraft((prev) => ({ ...prev, [key]: event.target.value }));
      clearError(key);
    };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const input = toInput(draft);
    const notNumbers = notNumberErrors(input, NUMBER_FIELDS);
    if (notNumbers) {
      showErrors(notNumbers);
      return;
    }
    await submit(input);
  };

  const amount = (key: 'fee' | 'costPerMeeting' | 'travelCost', title: string, hint: string) => (
    <Field label={title} hint={hint} error={errors[key]}>
      <input inputMode="decimal" autoComplete="off" value={draft[key]} onChange={set(key)} />
    </Field>
  );

  return (
    <form ref={formRef} className="group-form" noValidate aria-label={label} onSubmit={onSubmit}>
      <FormError message={formError} />
      <Field label="Name" error={errors.name}>
        <input value={draft.name} maxLength={200} onChange={set('name')} />
      </Field>
      <div className="grid-2 form-grid">
        <Field label="Kind" error={errors.kind}>
          <select value={draft.kind} onChange={set('kind')}>
            {Object.entries(GROUP_KIND_LABELS).map(([kind, text]) => (
              <option key={kind} value={kind}>
                {text}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Currency" hint="Every amount of the group is in it" error={errors.currency}>
          <select value={draft.currency} onChange={set('currency')}>
            {currencies.map((option) => (
              <option key={option.code} value={option.code}>
                {option.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.onePerProfession}
          onChange={(event) =>
            setDraft((prev) => ({ ...prev, onePerProfession: event.target.checked }))
          }
        />
        One person per profession
      </label>
      <div className="grid-2 form-grid">
        {amount('fee', 'Fee', 'Such as 95.50; empty if free')}
        <Field label="Fee per" error={errors.feePeriod}>
          <select value={draft.feePeriod} onChange={set('feePeriod')}>
            <option value="YEAR">Year</option>
            <option value="MONTH">Month</option>
          </select>
        </Field>
        {amount('costPerMeeting', 'Cost per meeting', 'Meal, room')}
        {amount('travelCost', 'Travel cost per meeting', 'There and back')}
      </div>
      <Field label="Meets every (days)" hint="7 for weekly" error={errors.meetingCadenceDays}>
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={366}
          value={draft.meetingCadenceDays}
          onChange={set('meetingCadenceDays')}
        />
      </Field>
      <fieldset>
        <legend>Time per meeting (minutes)</legend>
        <div className="grid-2 form-grid">
          {MINUTE_FIELDS.map(([key, title]) => (
            <Field key={key} label={title} error={errors[key]}>
              <input
                type="number"
                inputMode="numeric"
                min={0}
                max={1440}
                value={draft[key]}
                onChange={set(key)}
              />
            </Field>
          ))}
        </div>
      </fieldset>
      <div className="grid-2 form-grid">
        <Field label="Joined on" error={errors.joinedOn}>
          <input type="date" value={draft.joinedOn} onChange={set('joinedOn')} />
        </Field>
        <Field label="Left on" hint="Set it to leave; the history stays" error={errors.leftOn}>
          <input type="date" value={draft.leftOn} onChange={set('leftOn')} />
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" disabled={saving.isPending}>
          {saving.isPending ? 'Saving…' : submitLabel}
        </button>
        {cancel}
      </div>
    </form>
  );
};
