import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { type FieldErrors, fieldErrorsOf, MutationErrorFields } from '../../lib/field-errors.ts';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { formatDate } from '../../ui/dates.ts';
import { FieldError } from '../../ui/field.tsx';
import { useAccountSettings } from '../accounts/account-settings.ts';
import { PromptHistory, PromptHistoryFragment } from '../prompts/prompt-history.tsx';
import { DueBadge, useFormatDueDay } from './due-badge.tsx';

export const CadencePanelFragment = graphql(
  `
  fragment CadencePanel on Person {
    id
    dueState
    nextDueAt
    lastDepthTouchAt
    readiness
    cadenceMode
    cadenceDays
    cadence {
      idealDays
      maxDays
    }
    ...PromptHistory
  }
`,
  [PromptHistoryFragment],
);

const SetCadenceMutation = graphql(
  `
  mutation SetCadence($personId: ID!, $input: CadenceInput!) {
    setCadence(personId: $personId, input: $input) {
      __typename
      ... on Person {
        id
        cadenceMode
        cadenceDays
      }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

type Person = ResultOf<typeof CadencePanelFragment>;
type Mode = Person['cadenceMode'];

/**
 * The depth tier's default, in days. The server names it only while the person is on it, so
 * otherwise it is read from the account's tiers, with the tier rule the server uses
 * (readiness 60+ inner, 20+ middle, else outer).
 */
const useTierDefaultDays = (person: Person): number | null => {
  const settings = useAccountSettings();
  if (person.cadenceMode === 'DEFAULT' && person.cadence) return person.cadence.idealDays;
  const tiers = settings.data;
  if (!tiers) return null;
  if (person.readiness >= 60) return tiers.cadenceInnerDays;
  if (person.readiness >= 20) return tiers.cadenceMiddleDays;
  return tiers.cadenceOuterDays;
};

const CadenceEditor = ({
  person,
  onChanged,
}: {
  person: Person;
  onChanged: () => Promise<unknown>;
}) => {
  const legendId = useId();
  const daysId = useId();
  const daysErrorId = useId();
  const tierDays = useTierDefaultDays(person);
  const [mode, setMode] = useState<Mode>(person.cadenceMode);
  const [days, setDays] = useState(person.cadenceDays ? String(person.cadenceDays) : '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState('');

  const save = useMutation({
    mutationFn: async (input: { mode: Mode; days: number | null }) => {
      const result = (await request(SetCadenceMutation, { personId: person.id, input })).setCadence;
      if (result.__typename === 'Person') await onChanged();
      return result;
    },
  });

  const changed =
    mode !== person.cadenceMode || (mode === 'CUSTOM' && days !== String(person.cadenceDays ?? ''));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setSaved('');
    let dayCount: number | null = null;
    if (mode === 'CUSTOM') {
      dayCount = Number(days.trim());
      if (days.trim() === '' || !Number.isInteger(dayCount)) {
        setErrors({ days: 'Enter whole days' });
        document.getElementById(daysId)?.focus();
        return;
      }
    }
    let result: Awaited<ReturnType<typeof save.mutateAsync>>;
    try {
      result = await save.mutateAsync({ mode, days: dayCount });
    } catch (error) {
      setFormError(error instanceof Error ? error.message : String(error));
      return;
    }
    if (result.__typename === 'Person') {
      setErrors({});
      setSaved('Cadence saved.');
      return;
    }
    if (result.__typename === 'ValidationError') {
      const byField = fieldErrorsOf(result);
      setErrors(byField);
      if (byField.days) document.getElementById(daysId)?.focus();
      else setFormError(result.message);
      return;
    }
    setFormError(result.message);
  };

  const choose = (next: Mode) => {
    setMode(next);
    setErrors({});
    setSaved('');
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby={legendId} className="cadence-form">
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      <fieldset className="cadence-choices">
        <legend id={legendId}>Cadence</legend>
        <label className="radio">
          <input
            type="radio"
            name={`${legendId}-mode`}
            checked={mode === 'DEFAULT'}
            onChange={() => choose('DEFAULT')}
          />
          <span>
            Default{' '}
            <span className="muted">
              {tierDays ? `(every ${tierDays} days, from their depth)` : '(from their depth)'}
            </span>
          </span>
        </label>
        <div className="radio radio-with-input">
          <input
            type="radio"
            id={`${daysId}-radio`}
            name={`${legendId}-mode`}
            checked={mode === 'CUSTOM'}
            // One label per input: "days" after the number is a word of the name, not a label.
            aria-labelledby={`${daysId}-every ${daysId}-unit`}
            onChange={() => choose('CUSTOM')}
          />
          <label htmlFor={`${daysId}-radio`} id={`${daysId}-every`}>
            Every
          </label>
          <input
            id={daysId}
            type="number"
            inputMode="numeric"
            min={1}
            max={730}
            className="days-input"
            aria-label="Days between depth touches"
            aria-invalid={errors.days ? true : undefined}
            aria-describedby={errors.days ? daysErrorId : undefined}
            value={days}
            onFocus={() => mode !== 'CUSTOM' && choose('CUSTOM')}
            onChange={(event) => {
              setDays(event.target.value);
              setErrors({});
              setSaved('');
            }}
          />
          <span id={`${daysId}-unit`}>days</span>
        </div>
        <FieldError id={daysErrorId} message={errors.days} />
        <label className="radio">
          <input
            type="radio"
            name={`${legendId}-mode`}
            checked={mode === 'NONE'}
            onChange={() => choose('NONE')}
          />
          <span>
            None <span className="muted">(no prompts, never on the weekly list)</span>
          </span>
        </label>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button-small" disabled={save.isPending || !changed}>
          {save.isPending ? 'Saving…' : 'Save cadence'}
        </button>
        <p className="form-success" role="status">
          {saved}
        </p>
      </div>
    </form>
  );
};

export const CadencePanel = ({
  person: data,
  onChanged,
}: {
  person: FragmentOf<typeof CadencePanelFragment>;
  onChanged: () => Promise<unknown>;
}) => {
  const person = readFragment(CadencePanelFragment, data);
  const due = useFormatDueDay();
  return (
    <section className="card" aria-labelledby="cadence-title">
      <div className="card-head">
        <h2 id="cadence-title">Keeping in touch</h2>
        <DueBadge state={person.dueState} nextDueAt={null} />
      </div>
      <p>
        <span data-testid="next-due">
          {person.nextDueAt ? `Next due: ${due.day(person.nextDueAt)}` : 'No due date'}
        </span>
        {person.nextDueAt ? (
          <span className="muted"> ({due.relative(person.nextDueAt)})</span>
        ) : null}
      </p>
      <p>
        <span data-testid="last-depth-touch">
          {person.lastDepthTouchAt
            ? `Last depth touch: ${formatDate(person.lastDepthTouchAt)}`
            : 'No depth touch yet'}
        </span>
        {person.lastDepthTouchAt ? (
          <span className="muted"> ({due.relative(person.lastDepthTouchAt)})</span>
        ) : null}
      </p>
      <p className="muted">
        {person.cadence
          ? `Cadence: a depth touch every ${person.cadence.idealDays} days, overdue after ${person.cadence.maxDays}`
          : 'No cadence'}
      </p>
      <CadenceEditor person={person} onChanged={onChanged} />
      <PromptHistory person={person} />
    </section>
  );
};
