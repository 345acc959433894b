import type { AccountRow, Db } from '@tend/db';
import { type RateLimitRule, SIGN_UP_TAKEN_PER_IP, ValidationError } from '@tend/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Clock } from '../context.ts';
import {
  EmailTakenError,
  InvalidCredentialsError,
  RateLimitedError,
  SetupCodeError,
  SignUpClosedError,
} from '../use-cases/accounts/auth-errors.ts';
import { countAttempt, waitBefore } from '../use-cases/accounts/count-attempt.ts';
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
  /** The one-time code that creates the owner account; unset when an owner existed at start. */
  setupCode: string | undefined;
};

const publicAccount = (account: AccountRow) => ({
  id: account.id,
  email: account.email,
  name: account.name,
  isOwner: account.isOwner,
});

/** Expected auth failures, each mapped once to its status code. */
export const sendAuthError = (reply: FastifyReply, error: unknown) => {
  if (error instanceof ValidationError) {
    return reply.status(400).send({ error: { message: error.message, issues: error.issues } });
  }
  if (error instanceof InvalidCredentialsError) {
    return reply.status(401).send({ error: { message: error.message } });
  }
  if (error instanceof SignUpClosedError) {
    return reply.status(403).send({ error: { message: error.message } });
  }
  // Shaped like a validation error, so the sign-up form shows it at the code's own field.
  if (error instanceof SetupCodeError) {
    return reply.status(403).send({
      error: { message: error.message, issues: [{ path: ['setupCode'], message: error.message }] },
    });
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

  // Nothing here says whether the server has an owner yet: the owner's sign-up starts from the
  // setup link, or from the sign-up form being told it needs the code.
  app.get('/auth/session', async (request) => {
    const session = await resolveSession(db, sessionToken(request), now());
    return { signedIn: session !== null, allowSignUp: options.allowSignUp };
  });

  app.post('/auth/sign-up', async (request, reply) => {
    // Sign-up says when an e-mail has an account (see SIGN_UP_TAKEN_PER_IP): an address that was
    // told so a few times signs nothing up, so its answers stop telling one e-mail from another.
    const taken = { key: `sign-up:taken:ip:${request.ip}`, rule: SIGN_UP_TAKEN_PER_IP };
    try {
      const wait =
        (await waitBefore(db, [taken], now())) ??
        (await countAttempt(
          db,
          [{ key: `sign-up:ip:${request.ip}`, rule: options.signUpLimit }],
          now(),
        ));
      if (wait !== null) throw new RateLimitedError(wait);
      const account = await signUp(db, request.body, {
        allowSignUp: options.allowSignUp,
        setupCode: options.setupCode,
      }).catch(async (error: unknown) => {
        if (error instanceof EmailTakenError) await countAttempt(db, [taken], now());
        throw error;
      });
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
