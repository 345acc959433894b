import { z } from 'zod';
import { MAX_INTERACTION_NOTES_LENGTH, touchNotes } from '../interactions/log-interaction-input.ts';
import { parseInput } from '../shared/parse-input.ts';
import { fullAgenda, type PartialAgenda } from './agenda.ts';
import { agendaText } from './agenda-text.ts';
import { completedAt } from './lifecycle.ts';

const completeOneToOneSchema = z.object({
  notes: touchNotes.nullish(),
  durationMinutes: z
    .number()
    .int('Duration must be whole minutes')
    .min(1, 'Duration must be at least 1 minute')
    .max(24 * 60, 'Duration must be at most 24 hours')
    .nullish(),
});

type PlannedOneToOne = {
  personId: string;
  startsAt: Date;
  durationMinutes: number;
  agenda: PartialAgenda;
};

/**
 * The touch a done one-to-one logs, for the log-interaction use case. Notes left out are the
 * agenda as text (cut to the notes limit: a full agenda can be longer); null or '' are none.
 * The duration left out is the planned one.
 */
export const completionTouch = (oneToOne: PlannedOneToOne, rawInput: unknown, now: Date) => {
  const input = parseInput(completeOneToOneSchema, rawInput ?? {});
  const notes =
    input.notes === undefined
      ? agendaText(fullAgenda(oneToOne.agenda)).slice(0, MAX_INTERACTION_NOTES_LENGTH)
      : input.notes;
  return {
    kind: 'ONE_TO_ONE' as const,
    occurredAt: completedAt(oneToOne.startsAt, now),
    durationMinutes: input.durationMinutes ?? oneToOne.durationMinutes,
    notes: notes?.trim() || null,
    personIds: [oneToOne.personId],
  };
};
