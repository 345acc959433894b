import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../use-cases/accounts/session-tokens.ts';

/** httpOnly so scripts never see it; Lax so other sites cannot post with it; Secure on https. */
export const setSessionCookie = (
  request: FastifyRequest,
  reply: FastifyReply,
  session: { token: string; expiresAt: Date },
) =>
  reply.setCookie(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    path: '/',
    expires: session.expiresAt,
  });

export const clearSessionCookie = (reply: FastifyReply) =>
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax' });

export const sessionToken = (request: FastifyRequest): string | undefined =>
  request.cookies[SESSION_COOKIE];
