import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { FieldErrors } from './field-errors.ts';

/**
 * A form's per-field errors: editing a field takes its old error away, and showing a new set
 * moves focus to the first invalid input of the form behind `formRef`.
 */
export const useFieldErrors = () => {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});

  // A field's errors include those at its parts (`cost.amount` goes with `cost`).
  const clearError = (field: string) =>
    setErrors((prev) => {
      const kept = Object.entries(prev).filter(([f]) => f !== field && !f.startsWith(`${field}.`));
      return kept.length === Object.keys(prev).length ? prev : Object.fromEntries(kept);
    });

  const showErrors = (byField: FieldErrors) => {
    flushSync(() => setErrors(byField));
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  };

  return { formRef, errors, setErrors, clearError, showErrors };
};
