import { depthChanges, people } from '@tend/db';
import { nextDueFor, parseSetDepthLevelInput } from '@tend/domain';
import { and, desc, eq } from 'drizzle-orm';
import { findPerson } from '../people/find-person.ts';
import { syncPrompts } from '../prompts/sync-prompts.ts';
import { loadAccountSettings, type Scope } from '../scope.ts';

/**
 * Records a new level with its history row, and reschedules the person: a deeper tie may
 * get a tighter default cadence. One transaction, so history and level never disagree.
 */
export const setDepthLevel = async (
  { db, accountId, now }: Scope,
  personId: string,
  rawInput: unknown,
) => {
  const input = parseSetDepthLevelInput(rawInput);
  return db.transaction(async (tx) => {
    const current = await findPerson(tx, accountId, personId, { forUpdate: true });
    const fromLevel = current[input.dimension];
    if (fromLevel === input.level && !input.note) return current;
    const settings = await loadAccountSettings(tx, accountId);
    const next = { ...current, [input.dimension]: input.level };
    // The history is ordered by changedAt, so a change in the same millisecond as the previous
    // one (several levels saved in one request) is stamped just after it. The person's row lock
    // keeps the latest change stable until this one is written.
    const [latest] = await tx
      .select({ changedAt: depthChanges.changedAt })
      .from(depthChanges)
      .where(and(eq(depthChanges.accountId, accountId), eq(depthChanges.personId, current.id)))
      .orderBy(desc(depthChanges.changedAt))
      .limit(1);
    const changedAt =
      latest && latest.changedAt >= now ? new Date(latest.changedAt.getTime() + 1) : now;
    await tx.insert(depthChanges).values({
      accountId,
      personId: current.id,
      dimension: input.dimension,
      fromLevel,
      toLevel: input.level,
      note: input.note,
      changedAt,
    });
    const [person] = await tx
      .update(people)
      .set({
        [input.dimension]: input.level,
        nextDueAt: nextDueFor(next, settings),
        updatedAt: now,
      })
      .where(and(eq(people.accountId, accountId), eq(people.id, current.id)))
      .returning();
    if (!person) throw new Error('Update returned no person');
    await syncPrompts(tx, accountId, [person], settings, now);
    return person;
  });
};
