import type { Db } from '@tend/db';
import { accounts } from '@tend/db';
import { asc } from 'drizzle-orm';

/** Until sign-in exists the server acts as one local account, created on first start. */
export const ensureLocalAccount = async (db: Db): Promise<string> => {
  const [existing] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .orderBy(asc(accounts.createdAt))
    .limit(1);
  if (existing) return existing.id;
  const [created] = await db
    .insert(accounts)
    .values({
      name: 'My account',
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    })
    .returning({ id: accounts.id });
  if (!created) throw new Error('Could not create the local account');
  return created.id;
};
