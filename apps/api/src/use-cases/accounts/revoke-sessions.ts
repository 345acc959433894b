import { sessions } from '@tend/db';
import { isUuid, notFound } from '@tend/domain';
import { and, eq } from 'drizzle-orm';
import type { Scope } from '../scope.ts';

/** Signs one session out, on whichever device it is. */
export const revokeSession = async (
  { db, accountId }: Scope,
  sessionId: string,
): Promise<boolean> => {
  const deleted = isUuid(sessionId)
    ? await db
        .delete(sessions)
        .where(and(eq(sessions.accountId, accountId), eq(sessions.id, sessionId)))
        .returning({ id: sessions.id })
    : [];
  if (deleted.length === 0) throw notFound('session', sessionId);
  return true;
};

/** Signs every session of the account out, this one included. */
export const signOutEverywhere = async ({ db, accountId }: Scope): Promise<number> => {
  const deleted = await db
    .delete(sessions)
    .where(eq(sessions.accountId, accountId))
    .returning({ id: sessions.id });
  return deleted.length;
};
