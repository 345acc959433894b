import { z } from 'zod';
import { parseInput } from '../shared/parse-input.ts';
import { addElapsedDays } from '../shared/time.ts';
import { fullAgenda, type OneToOneAgenda } from './agenda.ts';

export const MAX_AGENDA_TEXT_LENGTH = 2000;
export const MAX_PLACE_LENGTH = 200;
export const MIN_ONE_TO_ONE_MINUTES = 15;
export const MAX_ONE_TO_ONE_MINUTES = 480;
export const DEFAULT_ONE_TO_ONE_MINUTES = 60;
/** How far ahead a one-to-one may be scheduled. */
export const MAX_SCHEDULE_AHEAD_DAYS = 2 * 366;

const agendaText = (label: string) =>
  z
    .string()
    .trim()
    .max(MAX_AGENDA_TEXT_LENGTH, `${label} must be at most ${MAX_AGENDA_TEXT_LENGTH} characters`)
    .nullish();

const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

const scheduleOneToOneSchema = (now: Date) =>
  z.object({
    startsAt: z
      .date({ error: 'Start must be a valid date' })
      .refine((date) => !Number.isNaN(date.getTime()), 'Start must be a valid date')
      .refine((date) => date > now, 'Start must be in the future')
      .refine(
        (date) => date <= addElapsedDays(now, MAX_SCHEDULE_AHEAD_DAYS),
        'Start must be at most 2 years ahead',
      ),
    durationMinutes: z
      .number()
      .int('Duration must be whole minutes')
      .min(MIN_ONE_TO_ONE_MINUTES, `Duration must be at least ${MIN_ONE_TO_ONE_MINUTES} minutes`)
      .max(MAX_ONE_TO_ONE_MINUTES, `Duration must be at most ${MAX_ONE_TO_ONE_MINUTES / 60} hours`)
      .nullish()
      .transform((value) => value ?? DEFAULT_ONE_TO_ONE_MINUTES),
    place: z
      .string()
      .trim()
      .max(MAX_PLACE_LENGTH, `Place must be at most ${MAX_PLACE_LENGTH} characters`)
      .nullish()
      .transform((value) => value || null),
    videoLink: z
      .string()
      .trim()
      .max(2000, 'Video link must be at most 2000 characters')
      .refine((value) => value === '' || isHttpUrl(value), 'Video link must be an http(s) URL')
      .nullish()
      .transform((value) => value || null),
    agenda: z
      .object({
        learn: z
          .object({
            goals: agendaText('Goals'),
            accomplishments: agendaText('Accomplishments'),
            interests: agendaText('Interests'),
            networks: agendaText('Networks'),
            skills: agendaText('Skills'),
          })
          .nullish(),
        tell: agendaText('Tell'),
      })
      .nullish()
      .transform(fullAgenda),
  });

export type ScheduleOneToOneInput = z.output<ReturnType<typeof scheduleOneToOneSchema>>;

export const parseScheduleOneToOneInput = (input: unknown, now: Date): ScheduleOneToOneInput =>
  parseInput(scheduleOneToOneSchema(now), input);

/** A fresh agenda: nothing learned yet, and what to tell them pre-filled from my offer. */
export const defaultAgenda = (myOffer: string | null | undefined): OneToOneAgenda =>
  fullAgenda({ tell: (myOffer ?? '').trim().slice(0, MAX_AGENDA_TEXT_LENGTH) });
