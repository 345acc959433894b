import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { MutationErrorFields, submitMutation } from '../../lib/field-errors.ts';
import { graphql, type ResultOf } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { useFieldErrors } from '../../lib/use-field-errors.ts';
import { Field } from '../../ui/field.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { cancelOnEscape, QuickFormActions } from '../../ui/quick-form-actions.tsx';
import {
  type Agenda,
  LEARN_FIELDS,
  OneToOneFieldsFragment,
  type OneToOneView,
} from './one-to-one-fields.ts';
import { ClashWarning } from './outcome-notice.tsx';
import { isoToWallTime, tomorrowIn, wallTimeToIso } from './zoned-time.ts';

const SchedulePayloadFragment = graphql(
  `
  fragment SchedulePayload on ScheduleOneToOnePayload @_unmask {
    oneToOne {
      ...OneToOneFields
    }
    clashes {
      id
      startsAt
      durationMinutes
      person {
        id
        name
      }
    }
  }
`,
  [OneToOneFieldsFragment],
);

const ScheduleMutation = graphql(
  `
  mutation ScheduleOneToOne($personId: ID!, $input: ScheduleOneToOneInput!) {
    scheduleOneToOne(personId: $personId, input: $input) {
      __typename
      ...SchedulePayload
      ...MutationErrorFields
    }
  }
`,
  [SchedulePayloadFragment, MutationErrorFields],
);

const RescheduleMutation = graphql(
  `
  mutation RescheduleOneToOne($id: ID!, $input: RescheduleOneToOneInput!) {
    rescheduleOneToOne(id: $id, input: $input) {
      __typename
      ...SchedulePayload
      ...MutationErrorFields
    }
  }
`,
  [SchedulePayloadFragment, MutationErrorFields],
);

export type Scheduled = ResultOf<typeof SchedulePayloadFragment>;

const ClashesQuery = graphql(`
  query OneToOneClashes($startsAt: DateTime!, $durationMinutes: Int!, $excludeId: ID) {
    oneToOneClashes(startsAt: $startsAt, durationMinutes: $durationMinutes, excludeId: $excludeId) {
      id
      startsAt
      durationMinutes
      person {
        id
        name
      }
    }
  }
`);

/** The planned one-to-ones a slot would overlap, asked as the slot is being chosen. */
const useClashes = (startsAt: string | null, durationMinutes: number, excludeId?: string) =>
  useQuery({
    queryKey: ['one-to-ones', 'clashes', startsAt, durationMinutes, excludeId ?? null],
    queryFn: async () =>
      startsAt
        ? (
            await request(ClashesQuery, {
              startsAt,
              durationMinutes,
              excludeId: excludeId ?? null,
            })
          ).oneToOneClashes
        : [],
    enabled: startsAt !== null,
    // The last answer stays while the next is asked, so the warning does not flicker.
    placeholderData: keepPreviousData,
  });

const DURATIONS = [15, 30, 45, 60, 90, 120, 180, 240] as const;
const DEFAULT_TIME = '10:00';
const FORM_FIELDS = new Set(['startsAt', 'durationMinutes', 'place', 'videoLink', 'agenda']);

type Draft = {
  date: string;
  time: string;
  duration: string;
  place: string;
  videoLink: string;
  agenda: Agenda;
};

const emptyLearn: Agenda['learn'] = {
  goals: '',
  accomplishments: '',
  interests: '',
  networks: '',
  skills: '',
};

const draftOf = (existing: OneToOneView | undefined, timeZone: string, myOffer: string): Draft =>
  existing
    ? {
        ...isoToWallTime(existing.startsAt, timeZone),
        duration: String(existing.durationMinutes),
        place: existing.place ?? '',
        videoLink: existing.videoLink ?? '',
        agenda: existing.agenda,
      }
    : {
        date: tomorrowIn(new Date(), timeZone),
        time: DEFAULT_TIME,
        duration: '60',
        place: '',
        videoLink: '',
        agenda: { learn: emptyLearn, tell: myOffer },
      };

/**
 * Plans a one-to-one, or moves a planned one. The date and time are read in the account's
 * zone, so a meeting set while travelling still lands at the hour meant.
 */
export const ScheduleForm = ({
  personId,
  personName,
  existing,
  timeZone,
  myOffer,
  onSaved,
  onCancel,
}: {
  personId: string;
  personName: string;
  existing?: OneToOneView;
  timeZone: string;
  myOffer: string;
  onSaved: (scheduled: Scheduled) => Promise<unknown>;
  onCancel: () => void;
}) => {
  const [draft, setDraft] = useState<Draft>(() => draftOf(existing, timeZone, myOffer));
  const { formRef, errors, clearError, showErrors } = useFieldErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const startsAt = wallTimeToIso(draft, timeZone);
  const clashes = useClashes(startsAt, Number(draft.duration), existing?.id);

  // Opening the form moves focus to its first field, so it can be filled in from the keyboard.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, [formRef]);

  const save = useMutation({
    mutationFn: async (input: {
      startsAt: string;
      durationMinutes: number;
      place: string | null;
      videoLink: string | null;
      agenda: Agenda;
    }) => {
      const result = existing
        ? (await request(RescheduleMutation, { id: existing.id, input })).rescheduleOneToOne
        : (await request(ScheduleMutation, { personId, input })).scheduleOneToOne;
      if (result.__typename === 'ScheduleOneToOnePayload') await onSaved(result);
      return result;
    },
  });

  const set = (field: keyof Omit<Draft, 'agenda'>, errorField: string) => (value: string) => {
    clearError(errorField);
    setDraft((prev) => ({ ...prev, [field]: value }));
  };
  const setLearn = (key: keyof Agenda['learn'], value: string) => {
    clearError(`agenda.learn.${key}`);
    setDraft((prev) => ({
      ...prev,
      agenda: { ...prev.agenda, learn: { ...prev.agenda.learn, [key]: value } },
    }));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!startsAt) {
      showErrors({
        startsAt:
          draft.date && draft.time
            ? `${draft.time} does not exist on that day in ${timeZone}: the clocks skip it`
            : 'Enter the date and time of the meeting',
      });
      return;
    }
    await submitMutation(
      () =>
        save.mutateAsync({
          startsAt,
          durationMinutes: Number(draft.duration),
          place: draft.place.trim() || null,
          videoLink: draft.videoLink.trim() || null,
          agenda: draft.agenda,
        }),
      'ScheduleOneToOnePayload',
      () => {},
      FORM_FIELDS,
      { showErrors, setFormError },
    );
  };

  const title = existing
    ? `Reschedule with ${personName}`
    : `Schedule a one-to-one with ${personName}`;
  return (
    <form
      ref={formRef}
      className="one-to-one-form"
      noValidate
      onSubmit={onSubmit}
      onKeyDown={cancelOnEscape(save.isPending, onCancel)}
      aria-label={title}
    >
      <h3>{title}</h3>
      <FormError message={formError} />
      <div className="form-grid">
        <Field label="Date" hint={`(${timeZone})`} error={errors.startsAt}>
          <input
            type="date"
            required
            value={draft.date}
            onChange={(event) => set('date', 'startsAt')(event.target.value)}
          />
        </Field>
        <Field label="Time">
          <input
            type="time"
            required
            step={300}
            value={draft.time}
            onChange={(event) => set('time', 'startsAt')(event.target.value)}
          />
        </Field>
        <Field label="Duration" error={errors.durationMinutes}>
          <select
            value={draft.duration}
            onChange={(event) => set('duration', 'durationMinutes')(event.target.value)}
          >
            {DURATIONS.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes < 60 ? `${minutes} min` : `${minutes / 60} h`.replace('.5 h', '½ h')}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Place" hint="(optional)" error={errors.place} limit={200}>
          <input
            type="text"
            value={draft.place}
            onChange={(event) => set('place', 'place')(event.target.value)}
          />
        </Field>
        <Field label="Video link" hint="(optional)" error={errors.videoLink}>
          <input
            type="url"
            inputMode="url"
            placeholder="https://"
            value={draft.videoLink}
            onChange={(event) => set('videoLink', 'videoLink')(event.target.value)}
          />
        </Field>
      </div>
      <ClashWarning clashes={clashes.data ?? []} timeZone={timeZone} lead="This overlaps" />
      <fieldset className="agenda">
        <legend>Agenda: what to learn about them</legend>
        {LEARN_FIELDS.map(([key, label, hint]) => (
          <Field
            key={key}
            label={label}
            hint={hint}
            error={errors[`agenda.learn.${key}`]}
            limit={2000}
          >
            <textarea
              rows={2}
              value={draft.agenda.learn[key]}
              onChange={(event) => setLearn(key, event.target.value)}
            />
          </Field>
        ))}
        <Field
          label="What to tell them about my business"
          error={errors['agenda.tell']}
          limit={2000}
        >
          <textarea
            rows={3}
            value={draft.agenda.tell}
            onChange={(event) => {
              clearError('agenda.tell');
              setDraft((prev) => ({
                ...prev,
                agenda: { ...prev.agenda, tell: event.target.value },
              }));
            }}
          />
        </Field>
      </fieldset>
      <QuickFormActions
        pending={save.isPending}
        submitLabel={existing ? 'Reschedule' : 'Schedule'}
        pendingLabel={existing ? 'Rescheduling…' : 'Scheduling…'}
        onCancel={onCancel}
      />
    </form>
  );
};
