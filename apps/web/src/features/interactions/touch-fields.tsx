import { type Ref, useState } from 'react';
import type { FieldErrors } from '../../lib/field-errors.ts';
import { useFieldErrors } from '../../lib/use-field-errors.ts';
import {
  dateInputToIso,
  earliestPastInputValue,
  isoToDateInput,
  todayInputValue,
} from '../../ui/dates.ts';
import { Field } from '../../ui/field.tsx';
import { amountIssue, defaultCurrency, type Money } from '../../ui/money.ts';
import { MoneyFields } from '../../ui/money-fields.tsx';
import { INTERACTION_KINDS, type InteractionKind, isInteractionKind } from './interaction-kinds.ts';

const MAX_DURATION_MINUTES = 24 * 60;

/** A touch's fields as typed: the date as the date input's value, duration and cost as text. */
export type TouchDraft = {
  kind: InteractionKind;
  date: string;
  duration: string;
  cost: string;
  currency: string;
  notes: string;
};

/** What the log and update mutations take for those fields. */
export type TouchInput = {
  kind: InteractionKind;
  occurredAt: string;
  durationMinutes: number | null;
  cost: Money | null;
  notes: string | null;
};

/** The fields' names as the API reports issues against them. */
export type TouchField = 'kind' | 'occurredAt' | 'durationMinutes' | 'cost' | 'notes';

/** A new touch: a one-to-one, today. */
export const freshTouchDraft = (): TouchDraft => ({
  kind: 'ONE_TO_ONE',
  date: todayInputValue(),
  duration: '',
  cost: '',
  currency: defaultCurrency(),
  notes: '',
});

export const touchDraftOf = (touch: {
  kind: InteractionKind;
  occurredAt: string;
  durationMinutes: number | null;
  cost: Money | null;
  notes: string | null;
}): TouchDraft => ({
  kind: touch.kind,
  date: isoToDateInput(touch.occurredAt),
  duration: touch.durationMinutes === null ? '' : String(touch.durationMinutes),
  cost: touch.cost?.amount ?? '',
  currency: touch.cost?.currency ?? defaultCurrency(),
  notes: touch.notes ?? '',
});

type Checked = { errors: FieldErrors; input: null } | { errors: null; input: TouchInput };

/**
 * The checks the GraphQL types would otherwise reject as a whole request, not per field.
 * `kept` is a saved touch's own moment: an unchanged day keeps it, so saving never moves it.
 */
export const checkTouchDraft = (
  draft: TouchDraft,
  kept?: { date: string; occurredAt: string },
): Checked => {
  const errors: FieldErrors = {};
  const occurredAt =
    kept && draft.date === kept.date ? kept.occurredAt : dateInputToIso(draft.date);
  if (!occurredAt) errors.occurredAt = 'Enter the date of the touch';
  const duration = draft.duration.trim() === '' ? null : Number(draft.duration);
  if (
    duration !== null &&
    !(Number.isInteger(duration) && duration >= 0 && duration <= MAX_DURATION_MINUTES)
  ) {
    errors.durationMinutes = `Duration must be whole minutes, from 0 to ${MAX_DURATION_MINUTES}`;
  }
  const amount = draft.cost.trim();
  const costIssue = amount === '' ? null : amountIssue(amount, 'Cost');
  if (costIssue) errors['cost.amount'] = costIssue;
  if (!occurredAt || Object.keys(errors).length > 0) return { errors, input: null };
  return {
    errors: null,
    input: {
      kind: draft.kind,
      occurredAt,
      durationMinutes: duration,
      cost: amount === '' ? null : { amount, currency: draft.currency },
      notes: draft.notes.trim() || null,
    },
  };
};

/** A touch form's draft and its field errors; editing a field takes its old error away. */
export const useTouchDraft = (initial: TouchDraft | (() => TouchDraft)) => {
  const [draft, setDraft] = useState<TouchDraft>(initial);
  const fieldErrors = useFieldErrors();
  const edit = (field: TouchField, patch: Partial<TouchDraft>) => {
    setDraft((prev) => ({ ...prev, ...patch }));
    fieldErrors.clearError(field);
  };
  return { ...fieldErrors, draft, setDraft, edit };
};

export type EditTouchField = (field: TouchField, patch: Partial<TouchDraft>) => void;

type FieldProps = { draft: TouchDraft; errors: FieldErrors; edit: EditTouchField };

export const KindField = ({
  draft,
  errors,
  edit,
  selectRef,
}: FieldProps & { selectRef?: Ref<HTMLSelectElement> | undefined }) => (
  <Field label="Kind" error={errors.kind}>
    <select
      ref={selectRef}
      value={draft.kind}
      onChange={(event) => {
        const kind = event.target.value;
        if (isInteractionKind(kind)) edit('kind', { kind });
      }}
    >
      {INTERACTION_KINDS.map((kind) => (
        <option key={kind.value} value={kind.value}>
          {kind.label}
        </option>
      ))}
    </select>
  </Field>
);

/** A touch's day; never later than today, nor more than 100 years back. */
export const DateField = ({ draft, errors, edit }: FieldProps) => (
  <Field label="Date" error={errors.occurredAt}>
    <input
      type="date"
      required
      min={earliestPastInputValue()}
      max={todayInputValue()}
      value={draft.date}
      onChange={(event) => edit('occurredAt', { date: event.target.value })}
    />
  </Field>
);

/** What a touch cost, and in which currency (the browser's own by default). */
export const CostField = ({ draft, errors, edit }: FieldProps) => (
  <MoneyFields
    label="Cost"
    hint="optional, such as 12.30"
    amount={draft.cost}
    currency={draft.currency}
    amountError={errors['cost.amount']}
    currencyError={errors['cost.currency']}
    onAmountChange={(cost) => edit('cost', { cost })}
    onCurrencyChange={(currency) => edit('cost', { currency })}
  />
);

/** The full set: kind and date side by side, then duration, cost and notes. */
export const TouchFields = ({
  kindRef,
  compactNotes = false,
  ...props
}: FieldProps & { kindRef?: Ref<HTMLSelectElement> | undefined; compactNotes?: boolean }) => {
  const { draft, errors, edit } = props;
  return (
    <>
      <div className="grid-2 form-grid">
        <KindField {...props} selectRef={kindRef} />
        <DateField {...props} />
      </div>
      <Field label="Duration" hint="minutes, optional" error={errors.durationMinutes}>
        <input
          inputMode="numeric"
          value={draft.duration}
          onChange={(event) => edit('durationMinutes', { duration: event.target.value })}
        />
      </Field>
      <CostField {...props} />
      <Field label="Notes" hint="optional" error={errors.notes}>
        <textarea
          className={compactNotes ? 'compact' : undefined}
          value={draft.notes}
          onChange={(event) => edit('notes', { notes: event.target.value })}
        />
      </Field>
    </>
  );
};
