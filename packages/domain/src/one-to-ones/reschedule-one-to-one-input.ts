import {
  parseScheduleOneToOneInput,
  type ScheduleOneToOneInput,
} from './schedule-one-to-one-input.ts';

const field = (input: unknown, key: string): unknown =>
  typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[key] : undefined;

/** Whether the input carries an agenda of its own (else the caller supplies one). */
export const agendaGiven = (input: unknown): boolean => field(input, 'agenda') != null;

/** The parts of a meeting's plan a reschedule changes; a part missing keeps the stored value. */
export type RescheduleOneToOneInput = Pick<ScheduleOneToOneInput, 'startsAt'> &
  Partial<Omit<ScheduleOneToOneInput, 'startsAt'>>;

/**
 * A new plan for a meeting, checked as a new one is. Only the start must be given: a part left
 * out keeps the stored value, and so does a null duration or agenda (neither can be empty);
 * a null place or video link clears it.
 */
export const parseRescheduleOneToOneInput = (
  input: unknown,
  now: Date,
): RescheduleOneToOneInput => {
  const parsed = parseScheduleOneToOneInput(input, now);
  return {
    startsAt: parsed.startsAt,
    ...(field(input, 'durationMinutes') != null ? { durationMinutes: parsed.durationMinutes } : {}),
    ...(field(input, 'place') !== undefined ? { place: parsed.place } : {}),
    ...(field(input, 'videoLink') !== undefined ? { videoLink: parsed.videoLink } : {}),
    ...(agendaGiven(input) ? { agenda: parsed.agenda } : {}),
  };
};
