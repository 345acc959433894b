import { createHash, randomBytes } from 'node:crypto';
import type { DbExecutor } from '@tend/db';
import { sessions } from '@tend/db';
import { sessionExpiresAt } from '@tend/domain';

export const SESSION_COOKIE = 'tend_session';

/** Only the hash is stored, so a copy of the database holds no usable session. */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

export type NewSession = { token: string; expiresAt: Date };

export const createSession = async (
  db: DbExecutor,
  accountId: string,
  now: Date,
  client: { userAgent?: string | undefined; ip?: string | undefined },
): Promise<NewSession> => {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = sessionExpiresAt(now);
  await db.insert(sessions).values({
    accountId,
    tokenHash: hashToken(token),
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
    ip: client.ip ?? null,
  });
  return { token, expiresAt };
};
