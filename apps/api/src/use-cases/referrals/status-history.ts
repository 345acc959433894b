import type { DbExecutor } from '@tend/db';
import { referralStatusChanges } from '@tend/db';
import { and, asc, eq } from 'drizzle-orm';

/** A referral's status changes, oldest first: the first is where it started. */
export const statusHistory = (db: DbExecutor, accountId: string, referralId: string) =>
  db
    .select()
    .from(referralStatusChanges)
    .where(
      and(
        eq(referralStatusChanges.accountId, accountId),
        eq(referralStatusChanges.referralId, referralId),
      ),
    )
    .orderBy(asc(referralStatusChanges.changedOn), asc(referralStatusChanges.createdAt));
