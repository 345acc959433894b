import { type FormEvent, useState } from 'react';
import { submitMutation } from '../../lib/field-errors.ts';
import { useFieldErrors } from '../../lib/use-field-errors.ts';
import { FormError } from '../../ui/form-error.tsx';
import { MoneyFields } from '../../ui/money-fields.tsx';
import { useSaveSettings } from './account-settings.ts';

const FIELDS = new Set(['hourlyRate', 'currency']);

/** The account's hourly rate and currency, which turn the hours groups take into money. */
export const TimeAndMoneyForm = ({
  currency,
  hourlyRate,
}: {
  currency: string;
  hourlyRate: string;
}) => {
  const { formRef, errors, setErrors, clearError, showErrors } = useFieldErrors();
  const [draft, setDraft] = useState({ currency, hourlyRate });
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useSaveSettings();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setSaved(false);
    await submitMutation(
      () => save.mutateAsync({ currency: draft.currency, hourlyRate: draft.hourlyRate.trim() }),
      'Account',
      (result) => {
        setErrors({});
        setDraft({ currency: result.currency, hourlyRate: result.hourlyRate?.amount ?? '' });
        setSaved(true);
      },
      FIELDS,
      { showErrors, setFormError },
    );
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-label="Your time and money">
      <FormError message={formError} />
      <MoneyFields
        label="Hourly rate"
        hint="Such as 60.00; leave empty if you do not want time counted as money"
        amount={draft.hourlyRate}
        currency={draft.currency}
        amountError={errors.hourlyRate}
        currencyError={errors.currency}
        onAmountChange={(amount) => {
          setSaved(false);
          setDraft((current) => ({ ...current, hourlyRate: amount }));
          clearError('hourlyRate');
        }}
        onCurrencyChange={(code) => {
          setSaved(false);
          setDraft((current) => ({ ...current, currency: code }));
          clearError('currency');
        }}
      />
      <div className="form-actions">
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save rate'}
        </button>
        <p className="form-success" role="status">
          {saved ? 'Rate saved.' : ''}
        </p>
      </div>
    </form>
  );
};
