import type { Db } from '@tend/db';
import { type AccountRow, accounts } from '@tend/db';
import { type RateLimitRule, ValidationError } from '@tend/domain';
import { isNotNull } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Clock } from '../context.ts';
import {
  InvalidCredentialsError,
  RateLimitedError,
  SignUpClosedError,
} from '../use-cases/accounts/auth-errors.ts';
import { countAttempt } from '../use-cases/accounts/count-attempt.ts';
import { resolveSession } from '../use-cases/accounts/resolve-session.ts';
import { createSession } from '../use-cases/accounts/session-tokens.ts';
import { signIn } from '../use-cases/accounts/sign-in.ts';
import { signOut } from '../use-cases/accounts/sign-out.ts';
import { signUp } from '../use-cases/accounts/sign-up.ts';
import { clearSessionCookie, sessionToken, setSessionCookie } from './session-cookie.ts';

export type AuthRouteOptions = {
  db: Db;
  now: Clock;
  allowSignUp: boolean;
  signUpLimit: RateLimitRule;
};

const publicAccount = (account: AccountRow) => ({
  id: account.id,
  email: account.email,
  name: account.name,
  isOwner: account.isOwner,
});

/** Expected auth failures, each mapped once to its status code. */
const sendAuthError = (reply: FastifyReply, error: unknown) => {
  if (error instanceof ValidationError) {
    return reply.status(400).send({ error: { message: error.message, issues: error.issues } });
  }
  if (error instanceof InvalidCredentialsError) {
    return reply.status(401).send({ error: { message: error.message } });
  }
  if (error instanceof SignUpClosedError) {
    return reply.status(403).send({ error: { message: error.message } });
  }
  if (error instanceof RateLimitedError) {
    reply.header('retry-after', String(error.retryAfterSeconds));
    return reply.status(429).send({ error: { message: error.message } });
  }
  throw error;
};

/** Sign-up, sign-in and sign-out, which set or clear the session cookie. */
export const authRoutes = async (app: FastifyInstance, options: AuthRouteOptions) => {
  const { db, now } = options;

  app.get('/auth/session', async (request) => {
    const session = await resolveSession(db, sessionToken(request), now());
    const [owner] = await db
      .select({ id: accounts.id })
      .from(accounts)
      .where(isNotNull(accounts.passwordHash))
      .limit(1);
    return {
      signedIn: session !== null,
      needsOwner: !owner,
      allowSignUp: options.allowSignUp || !owner,
    };
  });

  app.post('/auth/sign-up', async (request, reply) => {
    try {
      const wait = await countAttempt(db, `sign-up:ip:${request.ip}`, options.signUpLimit, now());
      if (wait !== null) throw new RateLimitedError(wait);
      const account = await signUp(db, request.body, { allowSignUp: options.allowSignUp });
      const session = await createSession(db, account.id, now(), {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      setSessionCookie(request, reply, session);
      return reply.status(201).send({ account: publicAccount(account) });
    } catch (error) {
      return sendAuthError(reply, error);
    }
  });

  app.post('/auth/sign-in', async (request, reply) => {
    try {
      const { account, session } = await signIn(db, now(), request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      setSessionCookie(request, reply, session);
      return { account: publicAccount(account) };
    } catch (error) {
      return sendAuthError(reply, error);
    }
  });

  app.post('/auth/sign-out', async (request, reply) => {
    await signOut(db, sessionToken(request));
    clearSessionCookie(reply);
    return { signedIn: false };
  });
};
