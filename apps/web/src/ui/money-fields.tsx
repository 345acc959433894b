import { useMemo } from 'react';
import { Field } from './field.tsx';
import { currencyOptions } from './money.ts';

/**
 * An exact amount, typed as text, beside its currency from the browser's list: the two halves of
 * a money input, each with its own error.
 */
export const MoneyFields = ({
  label,
  hint,
  amount,
  currency,
  amountError,
  currencyError,
  onAmountChange,
  onCurrencyChange,
}: {
  label: string;
  hint: string;
  amount: string;
  currency: string;
  amountError: string | undefined;
  currencyError: string | undefined;
  onAmountChange: (amount: string) => void;
  onCurrencyChange: (currency: string) => void;
}) => {
  const currencies = useMemo(currencyOptions, []);
  return (
    <div className="grid-2 form-grid">
      <Field label={label} hint={hint} error={amountError}>
        <input
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={(event) => onAmountChange(event.target.value)}
        />
      </Field>
      <Field label="Currency" error={currencyError}>
        <select value={currency} onChange={(event) => onCurrencyChange(event.target.value)}>
          {currencies.map((option) => (
            <option key={option.code} value={option.code}>
              {option.label}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
};
