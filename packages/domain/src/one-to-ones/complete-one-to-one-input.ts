import { z } from 'zod';
import { MAX_INTERACTION_NOTES_LENGTH, touchNotes } from '../interactions/log-interaction-input.ts';
import { invalid } from '../shared/domain-error.ts';
import { parseInput } from '../shared/parse-input.ts';
import { fullAgenda, type PartialAgenda } from './agenda.ts';
import { agendaText } from './agenda-text.ts';

const completeOneToOneSchema = z.object({
  notes: touchNotes.nullish(),
  durationMinutes: z
    .number()
    .int('Duration must be whole minutes')
    .min(1, 'Duration must be at least 1 minute')
    .max(24 * 60, 'Duration must be at most 24 hours')
    .nullish(),
});

/** A full agenda can be longer than a touch's notes: then the caller writes shorter notes. */
const agendaNotes = (agenda: PartialAgenda): string => {
  const text = agendaText(fullAgenda(agenda)).trim();
  if (text.length > MAX_INTERACTION_NOTES_LENGTH) {
    throw invalid([
      {
        path: ['notes'],
        message: `Notes must be at most ${MAX_INTERACTION_NOTES_LENGTH} characters, and the agenda is ${text.length}: send shorter notes`,
      },
    ]);
  }
  return text;
};

type PlannedOneToOne = {
  personId: string;
  startsAt: Date;
  durationMinutes: number;
  agenda: PartialAgenda;
};

/**
 * The touch a done one-to-one logs, for the log-interaction use case. Notes left out are the
 * agenda as text (refused when longer than a touch's notes, never cut); null or '' are none.
 * The duration left out is the planned one.
 */
export const completionTouch = (oneToOne: PlannedOneToOne, rawInput: unknown) => {
  const input = parseInput(completeOneToOneSchema, rawInput ?? {});
  const notes = input.notes === undefined ? agendaNotes(oneToOne.agenda) : input.notes;
  return {
    kind: 'ONE_TO_ONE' as const,
    // It happened as planned, even when marked done before its start.
    occurredAt: oneToOne.startsAt,
    durationMinutes: input.durationMinutes ?? oneToOne.durationMinutes,
    notes: notes?.trim() || null,
    personIds: [oneToOne.personId],
  };
};
