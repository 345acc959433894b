import { type FormEvent, useState } from 'react';
import { type SaveResult, useSaveForm } from '../../lib/use-save-form.ts';
import { Field } from '../../ui/field.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { type SettingsInput, useSaveSettings } from './account-settings.ts';

type Professions = {
  profession: string | null;
  competitorProfessions: readonly string[];
  powerPartnerProfessions: readonly string[];
};

type Draft = { profession: string; competitorProfessions: string; powerPartnerProfessions: string };

type Issue = { field: string; message: string };

const FIELDS = new Set(['profession', 'competitorProfessions', 'powerPartnerProfessions']);

const draftOf = (saved: Professions): Draft => ({
  profession: saved.profession ?? '',
  competitorProfessions: saved.competitorProfessions.join('\n'),
  powerPartnerProfessions: saved.powerPartnerProfessions.join('\n'),
});

/** One profession a line (a profession may hold a comma); blank lines are dropped. */
const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** "competitorProfessions.2: …" names the line, so the user knows which one. */
const namingLines = (issues: readonly Issue[], input: SettingsInput): Issue[] =>
  issues.map((issue) => {
    const [field, index] = issue.field.split('.');
    const list =
      field === 'competitorProfessions'
        ? input.competitorProfessions
        : field === 'powerPartnerProfessions'
          ? input.powerPartnerProfessions
          : null;
    const entry = index === undefined ? undefined : list?.[Number(index)];
    return entry ? { field: issue.field, message: `“${entry}”: ${issue.message}` } : issue;
  });

/** What I do, and which professions count as competitors and as power partners in a review. */
export const ProfessionForm = ({ saved }: { saved: Professions }) => {
  const [draft, setDraft] = useState<Draft>(() => draftOf(saved));
  const [done, setDone] = useState(false);
  const saveSettings = useSaveSettings();
  const { formRef, errors, clearError, formError, setFormError, saving, submit } = useSaveForm(
    async (input: SettingsInput): Promise<SaveResult<'Account'>> => {
      const result = await saveSettings.mutateAsync(input);
      if (result.__typename === 'Account') {
        setDraft(draftOf(result));
        setDone(true);
      }
      return result;
    },
    'Account',
    FIELDS,
  );

  const edit = (field: keyof Draft) => (event: { target: { value: string } }) => {
    setDone(false);
    setDraft((prev) => ({ ...prev, [field]: event.target.value }));
    clearError(field);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setDone(false);
    // Sent whole, so an emptied field or list is cleared.
    const input: SettingsInput = {
      profession: draft.profession.trim(),
      competitorProfessions: linesOf(draft.competitorProfessions),
      powerPartnerProfessions: linesOf(draft.powerPartnerProfessions),
    };
    await submit(input, (issues) => namingLines(issues, input));
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-label="Your profession">
      <FormError message={formError} />
      <Field
        label="My profession"
        hint="such as Marketing consultant"
        error={errors.profession}
        limit={200}
      >
        <input value={draft.profession} autoComplete="off" onChange={edit('profession')} />
      </Field>
      <div className="grid-2 form-grid">
        <Field
          label="Competitors"
          hint="one profession a line; members in them, or in mine, count in each group’s competitor share"
          error={errors.competitorProfessions}
        >
          <textarea
            className="compact"
            value={draft.competitorProfessions}
            onChange={edit('competitorProfessions')}
          />
        </Field>
        <Field
          label="Power partners"
          hint="one profession a line; complementary professions that send me work"
          error={errors.powerPartnerProfessions}
        >
          <textarea
            className="compact"
            value={draft.powerPartnerProfessions}
            onChange={edit('powerPartnerProfessions')}
          />
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" disabled={saving.isPending}>
          {saving.isPending ? 'Saving…' : 'Save professions'}
        </button>
        <p className="form-success" role="status">
          {done ? 'Professions saved.' : ''}
        </p>
      </div>
    </form>
  );
};
