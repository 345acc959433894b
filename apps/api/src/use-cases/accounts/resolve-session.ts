import type { Db } from '@tend/db';
import { sessions } from '@tend/db';
import { isSessionActive, shouldTouchSession } from '@tend/domain';
import { eq } from 'drizzle-orm';
import { hashToken } from './session-tokens.ts';

export type ActiveSession = { sessionId: string; accountId: string };

/** The account behind a session cookie, or null when it is unknown, idle or expired. */
export const resolveSession = async (
  db: Db,
  token: string | undefined,
  now: Date,
): Promise<ActiveSession | null> => {
  if (!token) return null;
  const [session] = await db
    .select()
    .from(sessions)
    .where(eq(sessions.tokenHash, hashToken(token)));
  if (!session) return null;
  if (!isSessionActive(session, now)) {
    await db.delete(sessions).where(eq(sessions.id, session.id));
    return null;
  }
  if (shouldTouchSession(session, now)) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, session.id));
  }
  return { sessionId: session.id, accountId: session.accountId };
};
