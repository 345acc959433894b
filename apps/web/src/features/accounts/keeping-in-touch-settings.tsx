import { type FormEvent, useId, useMemo, useState } from 'react';
import { errorText, type FieldErrors, showFailure } from '../../lib/field-errors.ts';
import type { ResultOf } from '../../lib/graphql.ts';
import { useFieldErrors } from '../../lib/use-field-errors.ts';
import { Field, FieldError } from '../../ui/field.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { INTERACTION_KINDS, type InteractionKind } from '../interactions/interaction-kinds.ts';
import {
  type AccountSettingsFragment,
  type SettingsInput,
  useSaveSettings,
} from './account-settings.ts';
import { TimeZoneOptions, timeZones } from './time-zones.tsx';

type Settings = ResultOf<typeof AccountSettingsFragment>;

const WEEK_DAYS = [
  { value: 1, label: 'Monday' },
  { value: 2, label: 'Tuesday' },
  { value: 3, label: 'Wednesday' },
  { value: 4, label: 'Thursday' },
  { value: 5, label: 'Friday' },
  { value: 6, label: 'Saturday' },
  { value: 0, label: 'Sunday' },
] as const;

const TIERS = [
  { field: 'cadenceInnerDays', label: 'Inner circle', hint: 'readiness 60+' },
  { field: 'cadenceMiddleDays', label: 'Middle', hint: 'readiness 20–59' },
  { field: 'cadenceOuterDays', label: 'Outer', hint: 'readiness under 20' },
] as const;

type TierField = (typeof TIERS)[number]['field'];

type Draft = {
  myOffer: string;
  timezone: string;
  weekStart: number;
  weeklyListSize: string;
  weeklyDigest: boolean;
  depthTouchKinds: InteractionKind[];
} & Record<TierField, string>;

const draftOf = (settings: Settings): Draft => ({
  myOffer: settings.myOffer ?? '',
  timezone: settings.timezone,
  weekStart: settings.weekStart,
  weeklyListSize: String(settings.weeklyListSize),
  weeklyDigest: settings.weeklyDigest,
  depthTouchKinds: [...settings.depthTouchKinds],
  cadenceInnerDays: String(settings.cadenceInnerDays),
  cadenceMiddleDays: String(settings.cadenceMiddleDays),
  cadenceOuterDays: String(settings.cadenceOuterDays),
});

const FORM_FIELDS = new Set([
  'myOffer',
  'timezone',
  'weekStart',
  'weeklyListSize',
  'weeklyDigest',
  'depthTouchKinds',
  ...TIERS.map((tier) => tier.field),
]);

const wholeNumber = (text: string): number | null => {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) ? value : null;
};

/** What the GraphQL types would refuse as a whole request is caught here, next to its field. */
const checkLocally = (
  draft: Draft,
): { errors: FieldErrors; input: null } | { errors: null; input: SettingsInput } => {
  const errors: FieldErrors = {};
  const days = Object.fromEntries(
    TIERS.map((tier) => [tier.field, wholeNumber(draft[tier.field])]),
  ) as Record<TierField, number | null>;
  for (const tier of TIERS) {
    if (days[tier.field] === null) errors[tier.field] = 'Enter whole days';
  }
  const weeklyListSize = wholeNumber(draft.weeklyListSize);
  if (weeklyListSize === null) errors.weeklyListSize = 'Enter a whole number';
  if (
    Object.keys(errors).length > 0 ||
    weeklyListSize === null ||
    days.cadenceInnerDays === null ||
    days.cadenceMiddleDays === null ||
    days.cadenceOuterDays === null
  ) {
    return { errors, input: null };
  }
  return {
    errors: null,
    input: {
      myOffer: draft.myOffer.trim() || null,
      timezone: draft.timezone,
      weekStart: draft.weekStart,
      weeklyListSize,
      weeklyDigest: draft.weeklyDigest,
      depthTouchKinds: draft.depthTouchKinds,
      cadenceInnerDays: days.cadenceInnerDays,
      cadenceMiddleDays: days.cadenceMiddleDays,
      cadenceOuterDays: days.cadenceOuterDays,
    },
  };
};

/** Cadences, depth touches, the weekly list and digest, and my offer: saved together. */
export const KeepingInTouchSettings = ({ settings }: { settings: Settings }) => {
  const { formRef, errors, setErrors, clearError, showErrors } = useFieldErrors();
  const kindsHintId = useId();
  const kindsErrorId = useId();
  const digestErrorId = useId();
  const noMailId = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const zones = useMemo(() => timeZones(draft.timezone), [draft.timezone]);

  const save = useSaveSettings();

  const edit = (field: keyof Draft, patch: Partial<Draft>) => {
    setSaved(false);
    setDraft((prev) => ({ ...prev, ...patch }));
    clearError(field);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setSaved(false);
    const local = checkLocally(draft);
    if (!local.input) {
      showErrors(local.errors);
      return;
    }
    let result: Awaited<ReturnType<typeof save.mutateAsync>>;
    try {
      result = await save.mutateAsync(local.input);
    } catch (error) {
      setFormError(errorText(error));
      return;
    }
    if (result.__typename === 'Account') {
      setErrors({});
      setDraft(draftOf(result));
      setSaved(true);
      return;
    }
    showFailure(result, FORM_FIELDS, { showErrors, setFormError });
  };

  const toggleKind = (kind: InteractionKind, checked: boolean) =>
    edit('depthTouchKinds', {
      depthTouchKinds: checked
        ? INTERACTION_KINDS.map((k) => k.value).filter(
            (k) => k === kind || draft.depthTouchKinds.includes(k),
          )
        : draft.depthTouchKinds.filter((k) => k !== kind),
    });

  return (
    <section className="card" aria-labelledby="keeping-in-touch-title">
      <h2 id="keeping-in-touch-title">Keeping in touch</h2>
      <form
        ref={formRef}
        noValidate
        aria-labelledby="keeping-in-touch-title"
        onSubmit={onSubmit}
        className="settings-form"
      >
        <FormError message={formError} />
        <fieldset className="settings-group">
          <legend>Default cadence by depth</legend>
          <p className="muted settings-note">
            Days between depth touches for people on the default cadence, by how ready they are to
            refer you. Past it a person is due; past half as long again, overdue.
          </p>
          <div className="tier-grid">
            {TIERS.map((tier) => (
              <Field
                key={tier.field}
                label={tier.label}
                hint={tier.hint}
                error={errors[tier.field]}
              >
                <input
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={730}
                  value={draft[tier.field]}
                  onChange={(event) =>
                    edit(tier.field, { [tier.field]: event.target.value } as Partial<Draft>)
                  }
                />
              </Field>
            ))}
          </div>
        </fieldset>

        <fieldset
          className="settings-group"
          aria-describedby={[kindsHintId, errors.depthTouchKinds ? kindsErrorId : null]
            .filter(Boolean)
            .join(' ')}
          aria-invalid={errors.depthTouchKinds ? true : undefined}
        >
          <legend>Touches that deepen a relationship</legend>
          <p className="muted settings-note" id={kindsHintId}>
            These restart a person’s cadence clock and close their prompt. The others count as
            visibility only.
          </p>
          <div className="checkbox-grid">
            {INTERACTION_KINDS.map((kind) => (
              <label key={kind.value} className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.depthTouchKinds.includes(kind.value)}
                  onChange={(event) => toggleKind(kind.value, event.target.checked)}
                />
                {kind.label}
              </label>
            ))}
          </div>
          <FieldError id={kindsErrorId} message={errors.depthTouchKinds} />
        </fieldset>

        <fieldset className="settings-group">
          <legend>Your week</legend>
          <div className="grid-2 form-grid">
            <Field label="People on the weekly list" hint="1 to 20" error={errors.weeklyListSize}>
              <input
                type="number"
                inputMode="numeric"
                min={1}
                max={20}
                value={draft.weeklyListSize}
                onChange={(event) => edit('weeklyListSize', { weeklyListSize: event.target.value })}
              />
            </Field>
            <Field label="Week starts on" error={errors.weekStart}>
              <select
                value={draft.weekStart}
                onChange={(event) => edit('weekStart', { weekStart: Number(event.target.value) })}
              >
                {WEEK_DAYS.map((day) => (
                  <option key={day.value} value={day.value}>
                    {day.label}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <Field label="Time zone" error={errors.timezone}>
            <select
              value={draft.timezone}
              onChange={(event) => edit('timezone', { timezone: event.target.value })}
            >
              <TimeZoneOptions zones={zones} />
            </select>
          </Field>
          <div className="field">
            <label className="checkbox">
              {/* Without mail on the server the box would promise an e-mail that never comes. */}
              <input
                type="checkbox"
                checked={settings.mailConfigured && draft.weeklyDigest}
                disabled={!settings.mailConfigured}
                aria-invalid={errors.weeklyDigest ? true : undefined}
                aria-describedby={
                  [
                    settings.mailConfigured ? null : noMailId,
                    errors.weeklyDigest ? digestErrorId : null,
                  ]
                    .filter(Boolean)
                    .join(' ') || undefined
                }
                onChange={(event) => edit('weeklyDigest', { weeklyDigest: event.target.checked })}
              />
              E-mail me the weekly list when the week starts
            </label>
            {settings.mailConfigured ? null : (
              <p className="muted settings-note" id={noMailId}>
                This server has no mail set up, so no weekly e-mail is sent.
              </p>
            )}
            <FieldError id={digestErrorId} message={errors.weeklyDigest} />
          </div>
        </fieldset>

        <Field
          label="My offer"
          hint="what you do, in a sentence, so people can spot an opportunity for you"
          error={errors.myOffer}
          limit={500}
        >
          <textarea
            className="compact"
            value={draft.myOffer}
            onChange={(event) => edit('myOffer', { myOffer: event.target.value })}
          />
        </Field>

        <div className="form-actions">
          <button type="submit" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save settings'}
          </button>
          <p className="form-success" role="status">
            {saved ? 'Settings saved. Due dates and lists follow.' : ''}
          </p>
        </div>
      </form>
    </section>
  );
};
