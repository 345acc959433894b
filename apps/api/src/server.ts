import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { type Db, withAccount } from '@tend/db';
import { type RateLimitRule, SIGN_UP_PER_IP } from '@tend/domain';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { getOperationAST } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { Clock, Context } from './context.ts';
import { serializeRequest } from './request-log.ts';
import { authRoutes } from './routes/auth.ts';
import { calendarRoutes } from './routes/calendar.ts';
import { clearSessionCookie, sessionToken } from './routes/session-cookie.ts';
import { useClientErrorStatus } from './schema/client-error-status.ts';
import { schema } from './schema/index.ts';
import { type ActiveSession, resolveSession } from './use-cases/accounts/resolve-session.ts';
import { loadAccountSettings } from './use-cases/scope.ts';

export type ServerOptions = {
  db: Db;
  now?: Clock;
  production?: boolean;
  /** After the owner, may anyone sign up? */
  allowSignUp?: boolean;
  /** Sign-ups per client IP; tests that sign many users up from one address raise it. */
  signUpLimit?: RateLimitRule;
  webDist?: string | undefined;
  logger?: boolean;
  trustProxy?: boolean;
  /** Where users reach Tend, for absolute links; unset, each request's own origin. */
  publicUrl?: string | undefined;
};

/** Every state-changing request carries this header, which a cross-site form cannot send. */
export const CSRF_HEADER = 'x-tend-csrf';

// Notes may be long, but a request is never more than this.
const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

type ServerContext = { req: FastifyRequest; reply: FastifyReply; session: ActiveSession };

/**
 * Each operation runs in one transaction as the app role, so row-level security applies to
 * every query in it. The context yoga executes with is its own merged object, so the
 * transaction is bound to that one.
 *
 * An operation with an error keeps none of its writes: its answer may not show what was
 * written before the error, and a failed query leaves the transaction unable to commit. A
 * mutation rolled back answers no data, so no part of it looks done.
 */
const useAccountTransaction = (db: Db): Plugin<Context> => ({
  onExecute({ executeFn, setExecuteFn }) {
    setExecuteFn(async (args) => {
      const context = args.contextValue as Context;
      let failed: Awaited<ReturnType<typeof executeFn>> | undefined;
      try {
        return await withAccount(db, context.accountId, async (tx) => {
          let settings: ReturnType<Context['settings']> | undefined;
          context.db = tx;
          context.settings = () => {
            settings ??= loadAccountSettings(tx, context.accountId);
            return settings;
          };
          const result = await executeFn(args);
          if ('errors' in result && result.errors?.length) {
            const mutation =
              getOperationAST(args.document, args.operationName)?.operation === 'mutation';
            failed = mutation && 'data' in result ? { ...result, data: null } : result;
            throw new Error('Rolled back: the operation had errors');
          }
          return result;
        });
      } catch (error) {
        if (failed) return failed;
        throw error;
      }
    });
  },
});

const outsideTransaction = () => {
  throw new Error('Account data is only read inside the operation’s transaction');
};

export const buildServer = async (options: ServerOptions) => {
  const now = options.now ?? (() => new Date());
  const production = options.production === true;
  const app = Fastify({
    // The request log keeps no calendar feed token: its address is its whole secret.
    logger: options.logger ? { serializers: { req: serializeRequest } } : false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy ?? false,
  });

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        // Helmet's default; on plain http it sends the page's own scripts to https, which fails.
        upgradeInsecureRequests: null,
      },
    },
    referrerPolicy: { policy: 'same-origin' },
    // Served over plain http on a laptop too; https deployments set HSTS at their proxy.
    strictTransportSecurity: false,
  });

  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS') {
      if (!request.headers[CSRF_HEADER]) {
        const message = `Requests that change data must send the ${CSRF_HEADER} header.`;
        // Each endpoint answers in its own shape: GraphQL errors, or the auth routes' error.
        return reply
          .status(403)
          .send(
            request.url.startsWith('/auth/') ? { error: { message } } : { errors: [{ message }] },
          );
      }
    }
  });

  await app.register(authRoutes, {
    db: options.db,
    now,
    allowSignUp: options.allowSignUp ?? true,
    signUpLimit: options.signUpLimit ?? SIGN_UP_PER_IP,
  });

  await app.register(calendarRoutes, { db: options.db, now });

  const yoga = createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    maskedErrors: production ? true : { isDev: true },
    graphiql: !production,
    landingPage: false,
    logging: options.logger ? 'info' : false,
    plugins: [
      useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }),
      ...(production ? [useDisableIntrospection()] : []),
      EnvelopArmorPlugin({
        maxDepth: { n: 12 },
        maxAliases: { n: 15 },
        maxTokens: { n: 3000 },
        maxDirectives: { n: 20 },
        costLimit: { maxCost: 100_000 },
        blockFieldSuggestion: { enabled: production },
      }),
      useClientErrorStatus(),
      useAccountTransaction(options.db),
    ],
    context: ({ session, req, reply }): Context => ({
      db: options.db,
      accountId: session.accountId,
      sessionId: session.sessionId,
      now,
      origin: options.publicUrl ?? `${req.protocol}://${req.host}`,
      settings: outsideTransaction,
      clearSessionCookie: () => clearSessionCookie(reply),
    }),
  });

  app.route({
    url: yoga.graphqlEndpoint,
    method: ['GET', 'POST', 'OPTIONS'],
    handler: async (req, reply) => {
      const session = await resolveSession(options.db, sessionToken(req), now());
      // Only the GraphiQL page itself (development only) is served without a session.
      const graphiqlPage =
        !production && req.method === 'GET' && !(req.query as Record<string, unknown>).query;
      if (!session && !graphiqlPage) {
        return reply.status(401).send({
          errors: [{ message: 'Sign in to continue.', extensions: { code: 'UNAUTHENTICATED' } }],
        });
      }
      const response = await yoga.handleNodeRequestAndResponse(req, reply, {
        req,
        reply,
        session: session ?? { accountId: '', sessionId: '' },
      });
      response.headers.forEach((value, key) => {
        reply.header(key, value);
      });
      reply.status(response.status);
      reply.send(response.body);
      return reply;
    },
  });

  app.get('/healthz', async () => ({ ok: true }));

  if (options.webDist && existsSync(join(options.webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: options.webDist, wildcard: false });
    // Client-side routes (e.g. /people/…) all load the single-page app.
    app.setNotFoundHandler((req, reply) => {
      if (
        req.method === 'GET' &&
        !req.url.startsWith('/graphql') &&
        !req.url.startsWith('/auth/') &&
        !req.url.startsWith('/calendar/')
      ) {
        return reply.sendFile('index.html');
      }
      return reply.status(404).send({ error: 'Not found' });
    });
  }
  return app;
};
