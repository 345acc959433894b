import type { DbExecutor } from '@tend/db';
import { accounts, groups, interactions, people } from '@tend/db';
import { and, eq, exists, or, sql } from 'drizzle-orm';

/** Whether any demo person, group or touch is left, so the banner offers to remove them. */
export const hasDemoData = async (db: DbExecutor, accountId: string): Promise<boolean> => {
  const demoRows = (table: typeof people | typeof groups | typeof interactions) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(table)
        .where(and(eq(table.accountId, accountId), eq(table.isDemo, true))),
    );
  const [row] = await db
    .select({
      found: sql<boolean>`${or(demoRows(people), demoRows(groups), demoRows(interactions))}`,
    })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  return row?.found === true;
};
