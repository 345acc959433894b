import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { request } from '../../lib/request.ts';
import { useSaveForm } from '../../lib/use-save-form.ts';
import { todayInputValue } from '../../ui/dates.ts';
import { Field } from '../../ui/field.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { amountIssue, defaultCurrency } from '../../ui/money.ts';
import { MoneyFields } from '../../ui/money-fields.tsx';
import { cancelOnEscape, QuickFormActions } from '../../ui/quick-form-actions.tsx';
import { TargetBuyerOptionsQuery } from '../buyers/knows-panel.tsx';
import { PersonPicker, type PickedPerson } from '../people/person-picker.tsx';
import type { ReferralDirection } from './referral-labels.ts';
import {
  RecordReferralMutation,
  type ReferralView,
  UpdateReferralMutation,
} from './referral-queries.ts';

/** The server's limits, so the form counts against the same numbers. */
const MAX_NAME_LENGTH = 200;
const MAX_NOTES_LENGTH = 10_000;

const FORM_FIELDS = new Set([
  'direction',
  'personId',
  'referredPersonId',
  'referredName',
  'targetBuyerId',
  'referredOn',
  'value',
  'currency',
  'notes',
]);

type Draft = {
  direction: ReferralDirection;
  person: PickedPerson | null;
  referredKind: 'person' | 'name';
  referredPerson: PickedPerson | null;
  referredName: string;
  targetBuyerId: string;
  referredOn: string;
  value: string;
  currency: string;
  notes: string;
};

const draftOf = (referral: ReferralView | undefined, person: PickedPerson | null): Draft => ({
  direction: referral?.direction ?? 'RECEIVED',
  person: referral?.person ?? person,
  referredKind: referral && !referral.referredPerson ? 'name' : 'person',
  referredPerson: referral?.referredPerson ?? null,
  referredName: referral?.referredPerson ? '' : (referral?.referredName ?? ''),
  targetBuyerId: referral?.targetBuyer?.id ?? '',
  referredOn: referral?.referredOn ?? todayInputValue(),
  value: referral?.value?.amount ?? '',
  currency: referral?.value?.currency ?? defaultCurrency(),
  notes: referral?.notes ?? '',
});

/**
 * Records a referral, or edits one: who gave it (or to whom I gave it), the contact referred
 * (a person of the network or a name), the profile, the day, the value. The server checks it
 * all; its issues show at their fields and nothing is saved.
 */
export const ReferralForm = ({
  referral,
  person = null,
  onDone,
  onCancel,
}: {
  referral?: ReferralView;
  /** Who the new referral is with, when recorded from their page. */
  person?: PickedPerson | null;
  onDone: (message: string) => Promise<unknown>;
  onCancel: () => void;
}) => {
  const [draft, setDraft] = useState<Draft>(() => draftOf(referral, person));
  const profiles = useQuery({
    queryKey: ['target-buyer-options'],
    queryFn: () => request(TargetBuyerOptionsQuery),
  });
  const save = async (input: {
    direction: string;
    personId: string;
    referredPersonId: string | null;
    referredName: string | null;
    targetBuyerId: string | null;
    referredOn: string;
    value: string | null;
    currency: string | null;
    notes: string;
  }) => {
    const result = referral
      ? (await request(UpdateReferralMutation, { id: referral.id, input })).updateReferral
      : (await request(RecordReferralMutation, { input })).recordReferral;
    if (result.__typename === 'Referral') {
      await onDone(referral ? 'Referral saved.' : 'Referral recorded.');
    }
    return result;
  };
  const { formRef, errors, clearError, showErrors, formError, saving, submit } = useSaveForm(
    save,
    'Referral',
    FORM_FIELDS,
  );
  const edit = (field: string, change: Partial<Draft>) => {
    setDraft((prev) => ({ ...prev, ...change }));
    clearError(field);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const value = draft.value.trim();
    const issue = value ? amountIssue(value, 'Value') : null;
    if (!draft.person) {
      showErrors({ personId: 'Choose who gave the referral, or to whom you gave it' });
      return;
    }
    if (issue) {
      showErrors({ value: issue });
      return;
    }
    const byPerson = draft.referredKind === 'person';
    await submit({
      direction: draft.direction,
      personId: draft.person.id,
      referredPersonId: byPerson ? (draft.referredPerson?.id ?? null) : null,
      referredName: byPerson ? null : draft.referredName,
      targetBuyerId: draft.targetBuyerId || null,
      referredOn: draft.referredOn,
      value: value || null,
      currency: value ? draft.currency : null,
      notes: draft.notes,
    });
  };

  const label = referral ? 'Edit referral' : 'Record referral';
  const options = profiles.data?.targetBuyers ?? [];
  return (
    <form
      ref={formRef}
      noValidate
      className="referral-form"
      aria-label={label}
      onSubmit={onSubmit}
      onKeyDown={cancelOnEscape(saving.isPending, onCancel)}
    >
      <FormError message={formError} />
      <fieldset className="choice-row">
        <legend>Direction</legend>
        {(['RECEIVED', 'GIVEN'] as const).map((direction) => (
          <label key={direction}>
            <input
              type="radio"
              name="direction"
              value={direction}
              checked={draft.direction === direction}
              onChange={() => edit('direction', { direction })}
            />{' '}
            {direction === 'RECEIVED'
              ? 'Received (they referred someone to me)'
              : 'Given (I referred someone to them)'}
          </label>
        ))}
      </fieldset>
      {person && !referral ? (
        <p>
          {draft.direction === 'RECEIVED' ? 'From' : 'To'} <strong>{person.name}</strong>
        </p>
      ) : (
        <PersonPicker
          label={
            draft.direction === 'RECEIVED' ? 'Who referred them to me' : 'To whom I referred them'
          }
          value={draft.person}
          onChange={(picked) => edit('personId', { person: picked })}
          error={errors.personId}
        />
      )}
      <fieldset className="choice-row">
        <legend>Who was referred</legend>
        <label>
          <input
            type="radio"
            name="referred-kind"
            checked={draft.referredKind === 'person'}
            onChange={() => edit('referredName', { referredKind: 'person' })}
          />{' '}
          A person in my network
        </label>
        <label>
          <input
            type="radio"
            name="referred-kind"
            checked={draft.referredKind === 'name'}
            onChange={() => edit('referredPersonId', { referredKind: 'name' })}
          />{' '}
          Just a name
        </label>
      </fieldset>
      {draft.referredKind === 'person' ? (
        <PersonPicker
          label="Person referred"
          value={draft.referredPerson}
          onChange={(picked) => edit('referredPersonId', { referredPerson: picked })}
          error={errors.referredPersonId ?? errors.referredName}
        />
      ) : (
        <Field label="Name of who was referred" error={errors.referredName} limit={MAX_NAME_LENGTH}>
          <input
            autoComplete="off"
            value={draft.referredName}
            onChange={(event) => edit('referredName', { referredName: event.target.value })}
          />
        </Field>
      )}
      <div className="grid-2 form-grid">
        <Field label="Target buyer profile" hint="(optional)" error={errors.targetBuyerId}>
          <select
            value={draft.targetBuyerId}
            onChange={(event) => edit('targetBuyerId', { targetBuyerId: event.target.value })}
          >
            <option value="">{profiles.isPending ? 'Loading profiles…' : 'None'}</option>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
            {referral?.targetBuyer && !options.some((o) => o.id === referral.targetBuyer?.id) ? (
              <option value={referral.targetBuyer.id}>{referral.targetBuyer.name}</option>
            ) : null}
          </select>
        </Field>
        <Field label="Date" error={errors.referredOn}>
          <input
            type="date"
            max={todayInputValue()}
            value={draft.referredOn}
            onChange={(event) => edit('referredOn', { referredOn: event.target.value })}
          />
        </Field>
      </div>
      <MoneyFields
        label="Value"
        hint="optional, such as 1250.00"
        amount={draft.value}
        currency={draft.currency}
        amountError={errors.value}
        currencyError={errors.currency}
        onAmountChange={(value) => edit('value', { value })}
        onCurrencyChange={(currency) => edit('currency', { currency })}
      />
      <Field label="Notes" hint="(optional)" error={errors.notes} limit={MAX_NOTES_LENGTH}>
        <textarea
          rows={2}
          value={draft.notes}
          onChange={(event) => edit('notes', { notes: event.target.value })}
        />
      </Field>
      <QuickFormActions
        pending={saving.isPending}
        submitLabel={referral ? 'Save referral' : 'Record referral'}
        pendingLabel="Saving…"
        onCancel={onCancel}
      />
    </form>
  );
};
