import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { request } from '../../lib/request.ts';
import { useSaveForm } from '../../lib/use-save-form.ts';
import { formatCalendarDate, todayInputValue } from '../../ui/dates.ts';
import { Field, FieldError } from '../../ui/field.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { GROUPS_KEY, RateGroupEnjoymentMutation } from './group-queries.ts';

type Rating = { id: string; rating: number; ratedOn: string; note: string | null };

const FIELDS = new Set(['rating', 'ratedOn', 'note']);

/** How much I enjoy the group, 1 to 5 on a day; every rating stays, so the change shows. */
export const EnjoymentSection = ({
  groupId,
  history,
}: {
  groupId: string;
  history: readonly Rating[];
}) => {
  const queryClient = useQueryClient();
  const [rating, setRating] = useState<number | null>(null);
  const [ratedOn, setRatedOn] = useState(todayInputValue);
  const [note, setNote] = useState('');
  const { formRef, errors, clearError, showErrors, formError, saving, submit } = useSaveForm(
    async (input: { rating: number; ratedOn: string; note: string | null }) => {
      const result = (await request(RateGroupEnjoymentMutation, { input: { groupId, ...input } }))
        .rateGroupEnjoyment;
      if (result.__typename === 'Group') {
        setRating(null);
        setNote('');
        await queryClient.invalidateQueries({ queryKey: GROUPS_KEY });
      }
      return result;
    },
    'Group',
    FIELDS,
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (rating === null) {
      showErrors({ rating: 'Choose from 1 to 5' });
      return;
    }
    await submit({ rating, ratedOn, note: note.trim() || null });
  };

  return (
    <section className="card" aria-labelledby="enjoyment-title">
      <h2 id="enjoyment-title">How much I enjoy it</h2>
      <form ref={formRef} noValidate onSubmit={onSubmit} aria-label="Rate enjoyment">
        <FormError message={formError} />
        <fieldset>
          <legend>Rating, 1 (not at all) to 5 (very much)</legend>
          <div className="toolbar" role="radiogroup" aria-label="Rating">
            {[1, 2, 3, 4, 5].map((value) => (
              <label key={value} className="radio-button">
                <input
                  type="radio"
                  name="rating"
                  value={value}
                  checked={rating === value}
                  onChange={() => {
                    setRating(value);
                    clearError('rating');
                  }}
                />
                {value}
              </label>
            ))}
          </div>
          <FieldError message={errors.rating} />
        </fieldset>
        <div className="grid-2 form-grid">
          <Field label="On" error={errors.ratedOn}>
            <input
              type="date"
              value={ratedOn}
              max={todayInputValue()}
              onChange={(event) => {
                setRatedOn(event.target.value);
                clearError('ratedOn');
              }}
            />
          </Field>
          <Field label="Note" hint="Optional" error={errors.note}>
            <input
              value={note}
              maxLength={10_000}
              onChange={(event) => {
                setNote(event.target.value);
                clearError('note');
              }}
            />
          </Field>
        </div>
        <div className="form-actions">
          <button type="submit" disabled={saving.isPending}>
            {saving.isPending ? 'Saving…' : 'Save rating'}
          </button>
        </div>
      </form>
      {history.length === 0 ? (
        <p className="muted">Not rated yet.</p>
      ) : (
        <ul className="list" aria-label="Enjoyment history">
          {history.map((entry) => (
            <li key={entry.id} className="list-row">
              <span>
                {formatCalendarDate(entry.ratedOn, { withYear: true })}: {entry.rating} of 5
                {entry.note ? ` · ${entry.note}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
