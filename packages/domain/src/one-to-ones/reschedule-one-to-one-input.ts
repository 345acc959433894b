import {
  type OneToOneAgendaInput,
  parseScheduleOneToOneInput,
  type ScheduleOneToOneInput,
} from './schedule-one-to-one-input.ts';

/** Whether the input carries an agenda of its own (else the caller supplies one). */
export const agendaGiven = (input: unknown): boolean =>
  typeof input === 'object' && input !== null && (input as { agenda?: unknown }).agenda != null;

export type RescheduleOneToOneInput = Omit<ScheduleOneToOneInput, 'agenda'> & {
  /** null when left out: the stored agenda stays. */
  agenda: OneToOneAgendaInput | null;
};

/** A new plan for a meeting, checked as a new one is; an agenda left out keeps the stored one. */
export const parseRescheduleOneToOneInput = (
  input: unknown,
  now: Date,
): RescheduleOneToOneInput => {
  const parsed = parseScheduleOneToOneInput(input, now);
  return { ...parsed, agenda: agendaGiven(input) ? parsed.agenda : null };
};
