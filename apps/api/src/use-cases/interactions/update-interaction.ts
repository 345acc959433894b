import { interactions } from '@tend/db';
import { parseUpdateInteractionInput } from '@tend/domain';
import { and, eq } from 'drizzle-orm';
import { reschedulePeople } from '../prompts/reschedule-people.ts';
import { loadAccountSettings, type Scope } from '../scope.ts';
import { costColumns } from './cost-columns.ts';
import { findInteraction } from './find-interaction.ts';

/** Edits a touch (kind, date, notes …); everyone in it is rescheduled from their touches. */
export const updateInteraction = async (
  { db, accountId, now }: Scope,
  interactionId: string,
  rawInput: unknown,
) => {
  const input = parseUpdateInteractionInput(rawInput, now);
  return db.transaction(async (tx) => {
    const { interaction, personIds } = await findInteraction(tx, accountId, interactionId);
    const [updated] = await tx
      .update(interactions)
      .set({ ...input, ...costColumns(input.cost) })
      .where(and(eq(interactions.accountId, accountId), eq(interactions.id, interaction.id)))
      .returning();
    if (!updated) throw new Error('Update returned no touch');
    await reschedulePeople(tx, accountId, personIds, await loadAccountSettings(tx, accountId), now);
    return updated;
  });
};
