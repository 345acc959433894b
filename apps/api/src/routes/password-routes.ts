import type { Db } from '@tend/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Clock } from '../context.ts';
import { changePassword } from '../use-cases/accounts/change-password.ts';
import { deleteAccount } from '../use-cases/accounts/delete-account.ts';
import { type ActiveSession, resolveSession } from '../use-cases/accounts/resolve-session.ts';
import { sendAuthError } from './auth.ts';
import { clearSessionCookie, sessionToken, setSessionCookie } from './session-cookie.ts';

export type PasswordRouteOptions = { db: Db; now: Clock };

/**
 * The two operations that check the account's password. They are routes, not GraphQL
 * mutations: one request checks one password (no aliases), and the check runs with no
 * transaction open, where a GraphQL operation holds one for its whole run.
 */
export const passwordRoutes = async (app: FastifyInstance, options: PasswordRouteOptions) => {
  const { db, now } = options;

  const signedIn = async (
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<ActiveSession | null> => {
    const session = await resolveSession(db, sessionToken(request), now());
    if (!session) reply.status(401).send({ error: { message: 'Sign in to continue.' } });
    return session;
  };

  app.post('/auth/change-password', async (request, reply) => {
    const session = await signedIn(request, reply);
    if (!session) return reply;
    try {
      const rotated = await changePassword(db, session, now(), request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      setSessionCookie(request, reply, rotated);
      return { changed: true };
    } catch (error) {
      return sendAuthError(reply, error);
    }
  });

  app.post('/auth/delete-account', async (request, reply) => {
    const session = await signedIn(request, reply);
    if (!session) return reply;
    try {
      await deleteAccount(db, session.accountId, now(), request.body);
      clearSessionCookie(reply);
      return { deleted: true };
    } catch (error) {
      return sendAuthError(reply, error);
    }
  });
};
