import type { DbExecutor } from '@tend/db';
import { targetBuyers } from '@tend/db';
import { isUuid, notFound } from '@tend/domain';
import { and, eq } from 'drizzle-orm';

/** The account's target buyer profile with this id (archived or not), locked when `forUpdate`. */
export const findTargetBuyer = async (
  db: DbExecutor,
  accountId: string,
  targetBuyerId: string,
  options: { forUpdate?: boolean } = {},
) => {
  if (!isUuid(targetBuyerId)) throw notFound('target buyer profile', targetBuyerId);
  const query = db
    .select()
    .from(targetBuyers)
    .where(and(eq(targetBuyers.accountId, accountId), eq(targetBuyers.id, targetBuyerId)));
  const [targetBuyer] = await (options.forUpdate ? query.for('update') : query);
  if (!targetBuyer) throw notFound('target buyer profile', targetBuyerId);
  return targetBuyer;
};

/** The profile, locked for the caller's transaction. */
export const lockTargetBuyer = (db: DbExecutor, accountId: string, targetBuyerId: string) =>
  findTargetBuyer(db, accountId, targetBuyerId, { forUpdate: true });
