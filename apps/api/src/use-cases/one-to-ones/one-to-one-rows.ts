import type { DbExecutor } from '@tend/db';
import { oneToOnes } from '@tend/db';
import { isUuid, notFound, type OneToOneStep, stepOneToOne } from '@tend/domain';
import { and, eq } from 'drizzle-orm';

type OneToOneChanges = Partial<Omit<typeof oneToOnes.$inferInsert, 'id' | 'accountId'>>;

/** The account's one-to-one, locked so two lifecycle steps on it cannot interleave. */
export const findOneToOneForUpdate = async (db: DbExecutor, accountId: string, id: string) => {
  if (!isUuid(id)) throw notFound('one-to-one', id);
  const [oneToOne] = await db
    .select()
    .from(oneToOnes)
    .where(and(eq(oneToOnes.accountId, accountId), eq(oneToOnes.id, id)))
    .for('update');
  if (!oneToOne) throw notFound('one-to-one', id);
  return oneToOne;
};

export const updateOneToOne = async (
  db: DbExecutor,
  accountId: string,
  id: string,
  changes: OneToOneChanges,
) => {
  const [oneToOne] = await db
    .update(oneToOnes)
    .set(changes)
    .where(and(eq(oneToOnes.accountId, accountId), eq(oneToOnes.id, id)))
    .returning();
  if (!oneToOne) throw new Error(`One-to-one ${id} vanished while locked`);
  return oneToOne;
};

/** Moves the account's one-to-one a lifecycle step on that changes nothing else. */
export const stepStoredOneToOne = async (
  db: DbExecutor,
  accountId: string,
  id: string,
  step: OneToOneStep,
  now: Date,
) => {
  const current = await findOneToOneForUpdate(db, accountId, id);
  return updateOneToOne(db, accountId, id, { ...stepOneToOne(current, step, now), updatedAt: now });
};
