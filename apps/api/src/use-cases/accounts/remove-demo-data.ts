import { accounts, groups, interactions, people } from '@tend/db';
import { and, eq } from 'drizzle-orm';
import type { Scope } from '../scope.ts';

/** Deletes every demo row of the account in one transaction; the user's own rows stay. */
export const removeDemoData = async ({ db, accountId }: Scope) =>
  db.transaction(async (tx) => {
    await tx
      .delete(interactions)
      .where(and(eq(interactions.accountId, accountId), eq(interactions.isDemo, true)));
    await tx.delete(people).where(and(eq(people.accountId, accountId), eq(people.isDemo, true)));
    await tx.delete(groups).where(and(eq(groups.accountId, accountId), eq(groups.isDemo, true)));
    const [account] = await tx.select().from(accounts).where(eq(accounts.id, accountId));
    if (!account) throw new Error(`Account ${accountId} is missing`);
    return account;
  });
