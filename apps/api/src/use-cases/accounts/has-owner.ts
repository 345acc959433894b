import type { DbExecutor } from '@tend/db';
import { accounts } from '@tend/db';
import { isNotNull } from 'drizzle-orm';

/** The server has its owner once any account has a password: the first one made is the owner. */
export const hasOwner = async (db: DbExecutor): Promise<boolean> => {
  const [owner] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(isNotNull(accounts.passwordHash))
    .limit(1);
  return owner !== undefined;
};
