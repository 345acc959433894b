import { type FormEvent, type ReactNode, useId, useState } from 'react';
import type { graphql } from '../../lib/graphql.ts';
import { type SaveResult, useSaveForm } from '../../lib/use-save-form.ts';
import { earliestPastInputValue, todayInputValue } from '../../ui/dates.ts';
import { Field, FieldError } from '../../ui/field.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { formatMoney, type Money } from '../../ui/money.ts';
import type { GroupMeetingView } from './meeting-queries.ts';

/** What logGroupMeeting and updateGroupMeeting take. */
export type MeetingInput = ReturnType<typeof graphql.scalar<'GroupMeetingInput'>>;

/** The server's limit on a meeting's notes. */
const NOTES_LIMIT = 10_000;

/** The fields as typed: costs as text, for the server to judge in the group's currency. */
export type MeetingDraft = {
  heldOn: string;
  attended: boolean;
  mealCost: string;
  travelCost: string;
  spokeTo: string[];
  notes: string;
};

export const newMeetingDraft = (): MeetingDraft => ({
  heldOn: todayInputValue(),
  attended: true,
  mealCost: '',
  travelCost: '',
  spokeTo: [],
  notes: '',
});

/** A logged meeting as the form's starting draft: a cost shown only when it was the actual. */
export const meetingDraftOf = (meeting: GroupMeetingView): MeetingDraft => ({
  heldOn: meeting.heldOn,
  attended: meeting.attended,
  mealCost: meeting.usesUsualMealCost ? '' : (meeting.mealCost?.amount ?? ''),
  travelCost: meeting.usesUsualTravelCost ? '' : (meeting.travelCost?.amount ?? ''),
  spokeTo: meeting.spokeTo.map((person) => person.id),
  notes: meeting.notes ?? '',
});

const FORM_FIELDS = new Set(['heldOn', 'attended', 'mealCost', 'travelCost', 'spokeTo', 'notes']);

/** Everything is sent; nobody was spoken to at a meeting I missed. */
const toInput = (draft: MeetingDraft): MeetingInput => ({
  heldOn: draft.heldOn,
  attended: draft.attended,
  mealCost: draft.mealCost.trim() || null,
  travelCost: draft.travelCost.trim() || null,
  spokeTo: draft.attended ? draft.spokeTo : [],
  notes: draft.notes.trim() || null,
});

const usualHint = (currency: string, usual: Money | null) =>
  `In ${currency}; empty: ${usual ? `the usual ${formatMoney(usual)}` : 'none usual'}`;

/**
 * One meeting of a group, for logging and editing: the day, whether I went, what it actually
 * cost (empty: the group's usual), who I spoke to there among the people given, and notes.
 */
export const MeetingForm = ({
  label,
  initial,
  currency,
  usualMealCost,
  usualTravelCost,
  people,
  save,
  submitLabel,
  cancel,
}: {
  label: string;
  initial: MeetingDraft;
  currency: string;
  usualMealCost: Money | null;
  usualTravelCost: Money | null;
  /** Whom I could have spoken to: the members, and anyone the meeting already names. */
  people: readonly { id: string; name: string }[];
  save: (input: MeetingInput) => Promise<SaveResult<'GroupMeeting'>>;
  submitLabel: string;
  cancel: ReactNode;
}) => {
  const [draft, setDraft] = useState<MeetingDraft>(initial);
  const spokeToErrorId = useId();
  const attendedErrorId = useId();
  const { formRef, errors, clearError, formError, saving, submit } = useSaveForm(
    save,
    'GroupMeeting',
    FORM_FIELDS,
  );

  const set = <K extends keyof MeetingDraft>(key: K, value: MeetingDraft[K]) => {
    setDraft((prev) => ({ ...prev, [key]: value }));
    clearError(key);
  };

  const toggle = (personId: string, checked: boolean) =>
    set(
      'spokeTo',
      checked ? [...draft.spokeTo, personId] : draft.spokeTo.filter((id) => id !== personId),
    );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await submit(toInput(draft));
  };

  return (
    <form ref={formRef} className="meeting-form" noValidate aria-label={label} onSubmit={onSubmit}>
      <FormError message={formError} />
      <div className="grid-2 form-grid">
        <Field label="Date" error={errors.heldOn}>
          <input
            type="date"
            value={draft.heldOn}
            min={earliestPastInputValue()}
            max={todayInputValue()}
            onChange={(event) => set('heldOn', event.target.value)}
          />
        </Field>
        <div className="field">
          <label className="checkbox meeting-attended">
            <input
              type="checkbox"
              checked={draft.attended}
              aria-invalid={errors.attended ? true : undefined}
              aria-describedby={errors.attended ? attendedErrorId : undefined}
              onChange={(event) => {
                set('attended', event.target.checked);
                clearError('spokeTo');
              }}
            />
            I went
          </label>
          <FieldError id={attendedErrorId} message={errors.attended} />
        </div>
        <Field label="Meal cost" hint={usualHint(currency, usualMealCost)} error={errors.mealCost}>
          <input
            inputMode="decimal"
            autoComplete="off"
            value={draft.mealCost}
            onChange={(event) => set('mealCost', event.target.value)}
          />
        </Field>
        <Field
          label="Travel cost"
          hint={usualHint(currency, usualTravelCost)}
          error={errors.travelCost}
        >
          <input
            inputMode="decimal"
            autoComplete="off"
            value={draft.travelCost}
            onChange={(event) => set('travelCost', event.target.value)}
          />
        </Field>
      </div>
      <fieldset
        className="meeting-people"
        disabled={!draft.attended}
        aria-describedby={errors.spokeTo ? spokeToErrorId : undefined}
      >
        <legend>Who I spoke to</legend>
        {!draft.attended ? (
          <p className="muted">You were not there, so you spoke to nobody.</p>
        ) : people.length === 0 ? (
          <p className="muted">No members yet: add the group’s members to note who you spoke to.</p>
        ) : (
          <div className="checkbox-grid">
            {people.map((person) => (
              <label key={person.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.spokeTo.includes(person.id)}
                  onChange={(event) => toggle(person.id, event.target.checked)}
                />
                {person.name}
              </label>
            ))}
          </div>
        )}
        <FieldError id={spokeToErrorId} message={errors.spokeTo} />
      </fieldset>
      <Field label="Notes" hint="Optional" error={errors.notes} limit={NOTES_LIMIT}>
        <textarea
          rows={3}
          value={draft.notes}
          onChange={(event) => set('notes', event.target.value)}
        />
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
