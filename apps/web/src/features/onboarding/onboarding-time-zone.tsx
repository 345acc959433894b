import { type FormEvent, useId, useMemo, useState } from 'react';
import { errorText, fieldErrorsOf } from '../../lib/field-errors.ts';
import { Field } from '../../ui/field.tsx';
import { useAccountSettings, useSaveSettings } from '../accounts/account-settings.ts';
import { TimeZoneOptions, timeZones } from '../accounts/time-zones.tsx';

/**
 * The zone sign-up took from the browser, shown on the first screen with a way to change it:
 * days, weeks and reminders count in it.
 */
export const OnboardingTimeZone = () => {
  const settings = useAccountSettings();
  const save = useSaveSettings();
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const [zone, setZone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = settings.data?.timezone ?? null;
  const chosen = zone ?? current ?? 'UTC';
  const zones = useMemo(() => timeZones(chosen), [chosen]);

  if (!current) return null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const result = await save.mutateAsync({ timezone: chosen });
      if (result.__typename === 'Account') {
        setEditing(false);
        setZone(null);
        return;
      }
      setError(fieldErrorsOf(result).timezone ?? result.message);
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  return (
    <section className="card onboarding-zone" aria-labelledby={titleId}>
      <h2 id={titleId}>Your time zone</h2>
      {editing ? (
        <form noValidate onSubmit={onSubmit}>
          <Field label="Time zone" hint="days and weeks start here" error={error ?? undefined}>
            <select value={chosen} onChange={(event) => setZone(event.target.value)}>
              <TimeZoneOptions zones={zones} />
            </select>
          </Field>
          <div className="form-actions">
            <button type="submit" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save time zone'}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={save.isPending}
              onClick={() => {
                setEditing(false);
                setZone(null);
                setError(null);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <p>
          Days and weeks count in <strong>{current.replaceAll('_', ' ')}</strong>, taken from this
          browser.{' '}
          <button type="button" className="link" onClick={() => setEditing(true)}>
            Change time zone
          </button>
        </p>
      )}
    </section>
  );
};
