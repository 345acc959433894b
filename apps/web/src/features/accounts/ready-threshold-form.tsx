import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { submitMutation } from '../../lib/field-errors.ts';
import { useFieldErrors } from '../../lib/use-field-errors.ts';
import { Field } from '../../ui/field.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { BUYERS_KEY } from '../buyers/buyer-mutations.ts';
import { useSaveSettings } from './account-settings.ts';

const FIELDS = new Set(['readyThreshold']);

/**
 * The readiness (0–100) from which someone counts as ready to introduce you: on the settings
 * page and beside the gap list, which it moves.
 */
export const ReadyThresholdForm = ({ threshold }: { threshold: number }) => {
  const queryClient = useQueryClient();
  const { formRef, errors, setErrors, clearError, showErrors } = useFieldErrors();
  const [draft, setDraft] = useState(String(threshold));
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useSaveSettings();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setSaved(false);
    const value = Number(draft.trim());
    if (draft.trim() === '' || !Number.isInteger(value)) {
      showErrors({ readyThreshold: 'Enter a whole number' });
      return;
    }
    await submitMutation(
      () => save.mutateAsync({ readyThreshold: value }),
      'Account',
      (result) => {
        setErrors({});
        setDraft(String(result.readyThreshold));
        setSaved(true);
        return queryClient.invalidateQueries({ queryKey: BUYERS_KEY });
      },
      FIELDS,
      { showErrors, setFormError },
    );
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={onSubmit}
      className="ready-threshold-form"
      aria-label="Ready threshold"
    >
      <FormError message={formError} />
      <Field
        label="Ready to introduce from readiness"
        hint="0 to 100; readiness is the weaker of trust and their understanding"
        error={errors.readyThreshold}
      >
        <input
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={20}
          value={draft}
          onChange={(event) => {
            setSaved(false);
            setDraft(event.target.value);
            clearError('readyThreshold');
          }}
        />
      </Field>
      <div className="form-actions">
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save threshold'}
        </button>
        <p className="form-success" role="status">
          {saved ? 'Threshold saved.' : ''}
        </p>
      </div>
    </form>
  );
};
