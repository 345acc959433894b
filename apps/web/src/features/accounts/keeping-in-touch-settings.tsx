import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useMemo, useState } from 'react';
import {
  errorText,
  type FieldErrors,
  MutationErrorFields,
  showFailure,
} from '../../lib/field-errors.ts';
import { graphql, type ResultOf, type VariablesOf } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { useFieldErrors } from '../../lib/use-field-errors.ts';
import { Field } from '../../ui/field.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { INTERACTION_KINDS, type InteractionKind } from '../interactions/interaction-kinds.ts';
import { refreshFollowUps } from '../weekly/follow-ups.ts';
import { AccountSettingsFragment, accountSettingsQueryKey } from './account-settings.ts';

const UpdateSettingsMutation = graphql(
  `
  mutation UpdateSettings($input: AccountSettingsInput!) {
    updateSettings(input: $input) {
      __typename
      ... on Account {
        ...AccountSettings
      }
      ...MutationErrorFields
    }
  }
`,
  [AccountSettingsFragment, MutationErrorFields],
);

type Settings = ResultOf<typeof AccountSettingsFragment>;
type SettingsInput = VariablesOf<typeof UpdateSettingsMutation>['input'];

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

const timeZones = (current: string): string[] => {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  return zones.includes(current) ? zones : [current, ...zones];
};

/** Cadences, depth touches, the weekly list and digest, and my offer: saved together. */
export const KeepingInTouchSettings = ({ settings }: { settings: Settings }) => {
  const queryClient = useQueryClient();
  const { formRef, errors, setErrors, clearError, showErrors } = useFieldErrors();
  const kindsHintId = useId();
  const kindsErrorId = useId();
  const digestErrorId = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const zones = useMemo(() => timeZones(draft.timezone), [draft.timezone]);

  const save = useMutation({
    mutationFn: async (input: SettingsInput) => {
      const result = (await request(UpdateSettingsMutation, { input })).updateSettings;
      if (result.__typename === 'Account') {
        queryClient.setQueryData(accountSettingsQueryKey, result);
        // Cadences, depth kinds, the week or its zone move due dates, lists and prompts.
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: ['viewer'] }),
          refreshFollowUps(queryClient),
        ]);
      }
      return result;
    },
  });

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
          {errors.depthTouchKinds ? (
            <p className="field-error" id={kindsErrorId}>
              {errors.depthTouchKinds}
            </p>
          ) : null}
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
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
          </Field>
          <div className="field">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={draft.weeklyDigest}
                aria-invalid={errors.weeklyDigest ? true : undefined}
                aria-describedby={errors.weeklyDigest ? digestErrorId : undefined}
                onChange={(event) => edit('weeklyDigest', { weeklyDigest: event.target.checked })}
              />
              E-mail me the weekly list when the week starts
            </label>
            {errors.weeklyDigest ? (
              <p className="field-error" id={digestErrorId}>
                {errors.weeklyDigest}
              </p>
            ) : null}
          </div>
        </fieldset>

        <Field
          label="My offer"
          hint="what you do, in a sentence, so people can spot an opportunity for you"
          error={errors.myOffer}
        >
          <textarea
            className="compact"
            maxLength={500}
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
