import { type FormEvent, useState } from 'react';
import { notNumberErrors, type SaveResult, useSaveForm } from '../../lib/use-save-form.ts';
import { Field } from '../../ui/field.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { useSaveSettings } from './account-settings.ts';

type Thresholds = {
  minReferralsPerYear: number;
  maxHoursPerMonth: number;
  minBuyerReachPercent: number;
  maxCompetitorPercent: number;
  minGivenPerYear: number;
  minEnjoyment: number;
  minDepthCoveragePercent: number;
};

type Key = keyof Thresholds;

/** Each threshold and what it does to the verdict, said with the value typed. */
const THRESHOLDS: readonly {
  key: Key;
  /** With its unit. */
  label: string;
  min: number;
  max: number;
  explain: (value: string) => string;
}[] = [
  {
    key: 'minReferralsPerYear',
    label: 'Referrals received per year',
    min: 0,
    max: 1000,
    explain: (v) => `No business when a group brings me fewer than ${v} a year`,
  },
  {
    key: 'maxHoursPerMonth',
    label: 'Hours per month',
    min: 0,
    max: 744,
    explain: (v) => `Too much time when a group takes more than ${v} hours a month`,
  },
  {
    key: 'minBuyerReachPercent',
    label: 'Members who know my buyers (%)',
    min: 0,
    max: 100,
    explain: (v) => `Leave when fewer than ${v} % of members know one of my target buyers`,
  },
  {
    key: 'maxCompetitorPercent',
    label: 'Competitors (%)',
    min: 0,
    max: 100,
    explain: (v) => `Leave when ${v} % or more of members do what I do`,
  },
  {
    key: 'minGivenPerYear',
    label: 'Referrals given per year',
    min: 0,
    max: 1000,
    explain: (v) => `Nothing given back when I give members fewer than ${v} a year`,
  },
  {
    key: 'minEnjoyment',
    label: 'Enjoyment (1 to 5)',
    min: 1,
    max: 5,
    explain: (v) => `No enjoyment when my latest rating is below ${v}`,
  },
  {
    key: 'minDepthCoveragePercent',
    label: 'Members met one-to-one (%)',
    min: 0,
    max: 100,
    explain: (v) => `Invest in depth when fewer than ${v} % were met outside the meetings`,
  },
];

const KEYS = THRESHOLDS.map((threshold) => threshold.key);
const FIELDS = new Set(['reviewThresholds']);

type Draft = Record<Key, string>;

const draftOf = (saved: Thresholds): Draft =>
  Object.fromEntries(KEYS.map((key) => [key, String(saved[key])])) as Draft;

/** Blank is no number (NaN), refused before sending rather than sent as 0. */
const numbersOf = (draft: Draft): Thresholds =>
  Object.fromEntries(
    KEYS.map((key) => [key, draft[key].trim() === '' ? Number.NaN : Number(draft[key])]),
  ) as Thresholds;

/**
 * When a group review says leave, invest or stay: each threshold of the checklist, saved
 * together; a reset saves the defaults at once.
 */
export const ReviewThresholdsForm = ({
  saved,
  defaults,
}: {
  saved: Thresholds;
  defaults: Thresholds;
}) => {
  const [draft, setDraft] = useState<Draft>(() => draftOf(saved));
  const [done, setDone] = useState<string | null>(null);
  const saveSettings = useSaveSettings();
  const {
    formRef,
    errors,
    setErrors,
    clearError,
    showErrors,
    formError,
    setFormError,
    saving,
    submit,
  } = useSaveForm(
    async ({
      thresholds,
      message,
    }: {
      thresholds: Thresholds;
      message: string;
    }): Promise<SaveResult<'Account'>> => {
      const result = await saveSettings.mutateAsync({ reviewThresholds: thresholds });
      if (result.__typename === 'Account') {
        setDraft(draftOf(result.reviewThresholds));
        setDone(message);
      }
      return result;
    },
    'Account',
    FIELDS,
  );

  const send = async (thresholds: Thresholds, message: string) => {
    setFormError(null);
    setDone(null);
    const notNumbers = notNumberErrors(thresholds, KEYS);
    if (notNumbers) {
      showErrors(
        Object.fromEntries(
          Object.entries(notNumbers).map(([key, text]) => [`reviewThresholds.${key}`, text]),
        ),
      );
      return;
    }
    await submit({ thresholds, message });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    return send(numbersOf(draft), 'Thresholds saved.');
  };

  const reset = () => {
    setErrors({});
    return send(defaults, 'Thresholds reset to the defaults.');
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-label="Group review thresholds">
      <FormError message={formError} />
      <div className="grid-2 form-grid">
        {THRESHOLDS.map((threshold) => {
          const field = `reviewThresholds.${threshold.key}`;
          return (
            <Field
              key={threshold.key}
              label={threshold.label}
              hint={threshold.explain(draft[threshold.key].trim() || '…')}
              error={errors[field]}
            >
              <input
                type="number"
                inputMode="numeric"
                min={threshold.min}
                max={threshold.max}
                value={draft[threshold.key]}
                onChange={(event) => {
                  setDone(null);
                  setDraft((prev) => ({ ...prev, [threshold.key]: event.target.value }));
                  clearError(field);
                }}
              />
            </Field>
          );
        })}
      </div>
      <div className="form-actions">
        <button type="submit" disabled={saving.isPending}>
          {saving.isPending ? 'Saving…' : 'Save thresholds'}
        </button>
        <button type="button" className="secondary" disabled={saving.isPending} onClick={reset}>
          Reset to defaults
        </button>
        <p className="form-success" role="status">
          {done ?? ''}
        </p>
      </div>
    </form>
  );
};
