import { knows } from '@tend/db';
import { parseSetKnowsInput } from '@tend/domain';
import { and, eq } from 'drizzle-orm';
import { findPerson } from '../people/find-person.ts';
import { loadAccountSettings, type Scope } from '../scope.ts';
import { refuseArchivedProfile } from './archived-profile.ts';
import { findTargetBuyer } from './find-target-buyer.ts';

/** Adds the person's tag for a profile, or changes it: one tag per person and profile. */
export const setKnows = async ({ db, accountId, now }: Scope, rawInput: unknown) => {
  const { timezone } = await loadAccountSettings(db, accountId);
  const input = parseSetKnowsInput(rawInput, { now, timezone });
  return db.transaction(async (tx) => {
    const person = await findPerson(tx, accountId, input.personId);
    const buyer = await findTargetBuyer(tx, accountId, input.targetBuyerId);
    const [existing] = await tx
      .select({ personId: knows.personId })
      .from(knows)
      .where(
        and(
          eq(knows.accountId, accountId),
          eq(knows.personId, person.id),
          eq(knows.targetBuyerId, buyer.id),
        ),
      );
    if (!existing) refuseArchivedProfile(buyer);
    const fields = {
      strength: input.strength,
      note: input.note,
      learnedOn: input.learnedOn,
      updatedAt: now,
    };
    const [row] = await tx
      .insert(knows)
      .values({ accountId, personId: person.id, targetBuyerId: buyer.id, ...fields })
      .onConflictDoUpdate({ target: [knows.personId, knows.targetBuyerId], set: fields })
      .returning();
    if (!row) throw new Error('Upsert returned no knows tag');
    return row;
  });
};
