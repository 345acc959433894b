import type { Db } from '@tend/db';
import { sessions } from '@tend/db';
import { eq } from 'drizzle-orm';
import { hashToken } from './session-tokens.ts';

export const signOut = async (db: Db, token: string | undefined): Promise<void> => {
  if (token) await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
};
