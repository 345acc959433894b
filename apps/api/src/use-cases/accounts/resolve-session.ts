import type { Db } from '@tend/db';
import { accounts, sessions } from '@tend/db';
import { isSessionActive, shouldTouchSession } from '@tend/domain';
import { eq, sql } from 'drizzle-orm';
import { type AccountSettings, accountSettingsOf } from '../scope.ts';
import { hashToken } from './session-tokens.ts';

export type ActiveSession = {
  sessionId: string;
  accountId: string;
  /** Read with the session, so a request that only reads needs no query of its own for them. */
  settings: AccountSettings;
};

const prepared = new WeakMap<Db, ReturnType<typeof prepareSessionByToken>>();

// Every request asks this: built once, and prepared once on each connection.
const prepareSessionByToken = (db: Db) =>
  db
    .select({ session: sessions, account: accounts })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare('tend_session_by_token');

const sessionByToken = (db: Db) => {
  let query = prepared.get(db);
  if (!query) {
    query = prepareSessionByToken(db);
    prepared.set(db, query);
  }
  return query;
};

/** The account behind a session cookie, or null when it is unknown, idle or expired. */
export const resolveSession = async (
  db: Db,
  token: string | undefined,
  now: Date,
): Promise<ActiveSession | null> => {
  if (!token) return null;
  const [found] = await sessionByToken(db).execute({ tokenHash: hashToken(token) });
  if (!found) return null;
  const { session, account } = found;
  if (!isSessionActive(session, now)) {
    await db.delete(sessions).where(eq(sessions.id, session.id));
    return null;
  }
  if (shouldTouchSession(session, now)) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, session.id));
  }
  return {
    sessionId: session.id,
    accountId: session.accountId,
    settings: accountSettingsOf(account),
  };
};
