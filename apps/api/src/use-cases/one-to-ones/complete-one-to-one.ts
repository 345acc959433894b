import { completionTouch, stepOneToOne } from '@tend/domain';
import { logInteraction } from '../interactions/log-interaction.ts';
import { findPerson } from '../people/find-person.ts';
import type { Scope } from '../scope.ts';
import { findOneToOneForUpdate, updateOneToOne } from './one-to-one-rows.ts';

/**
 * Marks a planned one-to-one done by logging it as a touch with the person, exactly as a touch
 * logged by hand (cadence clock, prompts, weekly list), and linking the touch to the meeting.
 * Returns the person as they now stand, for the "did trust or understanding change?" step.
 */
export const completeOneToOne = async (
  { db, accountId, now }: Scope,
  id: string,
  rawInput: unknown,
) =>
  db.transaction(async (tx) => {
    const current = await findOneToOneForUpdate(tx, accountId, id);
    const next = stepOneToOne(current, 'COMPLETE', now);
    const touch = completionTouch(current, rawInput);
    const interaction = await logInteraction({ db: tx, accountId, now }, touch);
    const oneToOne = await updateOneToOne(tx, accountId, id, {
      ...next,
      interactionId: interaction.id,
      updatedAt: now,
    });
    const person = await findPerson(tx, accountId, oneToOne.personId);
    return { oneToOne, interaction, person };
  });
