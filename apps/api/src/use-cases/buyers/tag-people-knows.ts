import { knows } from '@tend/db';
import { isUuid, notFound, parseTagPeopleKnowsInput } from '@tend/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { lockPeople } from '../people/lock-people.ts';
import { loadAccountSettings, type Scope } from '../scope.ts';
import { refuseArchivedProfile } from './archived-profile.ts';
import { findTargetBuyer } from './find-target-buyer.ts';

/**
 * Tags several people as knowing one profile, in one transaction: all of them or, when any id
 * names nobody of the account's, none. An existing tag takes the new strength and keeps its
 * own note and date unless new ones are given.
 */
export const tagPeopleKnows = async ({ db, accountId, now }: Scope, rawInput: unknown) => {
  const { timezone } = await loadAccountSettings(db, accountId);
  const input = parseTagPeopleKnowsInput(rawInput, { now, timezone });
  return db.transaction(async (tx) => {
    const buyer = await findTargetBuyer(tx, accountId, input.targetBuyerId);
    refuseArchivedProfile(buyer);
    const found = await lockPeople(tx, accountId, input.personIds.filter(isUuid));
    const foundIds = new Set(found.map((person) => person.id));
    const missing = input.personIds.filter((id) => !foundIds.has(id));
    if (missing.length > 0) throw notFound('person', missing.join(', '));
    const before = await tx
      .select({ personId: knows.personId })
      .from(knows)
      .where(
        and(
          eq(knows.accountId, accountId),
          eq(knows.targetBuyerId, buyer.id),
          inArray(knows.personId, input.personIds),
        ),
      );
    const rows = await tx
      .insert(knows)
      .values(
        input.personIds.map((personId) => ({
          accountId,
          personId,
          targetBuyerId: buyer.id,
          strength: input.strength,
          note: input.note,
          learnedOn: input.learnedOn,
          updatedAt: now,
        })),
      )
      .onConflictDoUpdate({
        target: [knows.personId, knows.targetBuyerId],
        set: {
          strength: input.strength,
          note: sql`coalesce(excluded.note, ${knows.note})`,
          learnedOn: sql`coalesce(excluded.learned_on, ${knows.learnedOn})`,
          updatedAt: now,
        },
      })
      .returning();
    return { knows: rows, added: rows.length - before.length, changed: before.length };
  });
};
