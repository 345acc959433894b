import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
import { databaseUnavailableHandler, useDatabaseUnavailable } from './database-unavailable.ts';
import { logOptions } from './request-log.ts';
import { authRoutes } from './routes/auth.ts';
import { calendarRoutes } from './routes/calendar.ts';
import { exportRoutes } from './routes/exports.ts';
import { importRoutes } from './routes/imports.ts';
import { passwordRoutes } from './routes/password-routes.ts';
import { clearSessionCookie, sessionToken } from './routes/session-cookie.ts';
import { useClientErrorStatus } from './schema/client-error-status.ts';
import { useHiddenSuggestions } from './schema/hide-suggestions-plugin.ts';
import { schema } from './schema/index.ts';
import { useWellFormedText } from './schema/well-formed-text-plugin.ts';
import { fastifyTrustProxy, type TrustProxy } from './trust-proxy.ts';
import { type ActiveSession, resolveSession } from './use-cases/accounts/resolve-session.ts';
import { checkDatabase } from './use-cases/health/check-database.ts';
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
  /** Log requests and errors: to stdout, or (for tests) to a stream of JSON lines. */
  logger?: boolean | { stream: { write: (line: string) => void } };
  /** Proxy hops or proxy addresses whose X-Forwarded-* headers count (see TRUST_PROXY). */
  trustProxy?: TrustProxy;
  /**
   * Where users reach Tend, for absolute links. Required in production, where links never name
   * the request's Host; in development, unset, each request's own origin.
   */
  publicUrl?: string | undefined;
  /** The one-time code that creates the owner account; unset, nobody can become the owner. */
  setupCode?: string | undefined;
  /** Whether the server can send e-mail (SMTP_URL is set), so the weekly e-mail goes out. */
  mailConfigured?: boolean;
};

/** Every state-changing request carries this header, which a cross-site form cannot send. */
export const CSRF_HEADER = 'x-tend-csrf';

// Within docker's health check timeout (see docker-compose.yml).
const HEALTH_CHECK_TIMEOUT_MS = 2_000;

// Notes may be long, but a request is never more than this.
const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

type ServerContext = {
  req: FastifyRequest;
  reply: FastifyReply;
  /** None only for the GraphiQL page, which reads no data. */
  session: ActiveSession | null;
};

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
        const mutation =
          getOperationAST(args.document, args.operationName)?.operation === 'mutation';
        return await withAccount(db, context.accountId, async (tx) => {
          // A read uses the settings read with the session; a mutation may change them, so it
          // reads them in its own transaction when first asked.
          let settings: ReturnType<Context['settings']> | undefined =
            !mutation && context.sessionSettings
              ? Promise.resolve(context.sessionSettings)
              : undefined;
          context.db = tx;
          context.settings = () => {
            settings ??= loadAccountSettings(tx, context.accountId);
            return settings;
          };
          const result = await executeFn(args);
          if ('errors' in result && result.errors?.length) {
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
  const { publicUrl } = options;
  if (production && !publicUrl) {
    throw new Error(
      'A production server needs publicUrl (PUBLIC_URL): its links never name the request’s Host',
    );
  }
  const app = Fastify({
    logger: options.logger
      ? logOptions(typeof options.logger === 'object' ? options.logger.stream : undefined)
      : false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: fastifyTrustProxy(options.trustProxy ?? false),
  });

  // Set before the routes are registered, so every route's context inherits it.
  app.setErrorHandler(databaseUnavailableHandler);
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
        // The installable app: its manifest and its service worker (public/sw.js).
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
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
            request.url.startsWith('/auth/') ||
              request.url.startsWith('/export/') ||
              request.url.startsWith('/imports')
              ? { error: { message } }
              : { errors: [{ message }] },
          );
      }
    }
  });

  await app.register(authRoutes, {
    db: options.db,
    now,
    allowSignUp: options.allowSignUp ?? true,
    signUpLimit: options.signUpLimit ?? SIGN_UP_PER_IP,
    setupCode: options.setupCode,
  });

  await app.register(passwordRoutes, { db: options.db, now });

  await app.register(calendarRoutes, { db: options.db, now });

  await app.register(exportRoutes, { db: options.db, now });

  await app.register(importRoutes, { db: options.db, now });

  const yoga = createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    maskedErrors: production ? true : { isDev: true },
    graphiql: !production,
    landingPage: false,
    // Into the server's log, through the same redaction as every other entry.
    logging: options.logger
      ? {
          debug: (...args: unknown[]) => app.log.debug(args.map(String).join(' ')),
          info: (...args: unknown[]) => app.log.info(args.map(String).join(' ')),
          warn: (...args: unknown[]) => app.log.warn(args.map(String).join(' ')),
          error: (error: unknown) => app.log.error({ err: error }, 'GraphQL operation failed'),
        }
      : false,
    // Same origin only: the web client is served from here (or proxied by Vite in development),
    // so no other origin may read an answer made with the user's cookie.
    cors: false,
    plugins: [
      useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }),
      ...(production ? [useDisableIntrospection()] : []),
      EnvelopArmorPlugin({
        maxDepth: { n: 12 },
        maxAliases: { n: 15 },
        maxTokens: { n: 3000 },
        maxDirectives: { n: 20 },
        costLimit: { maxCost: 100_000 },
        // useHiddenSuggestions covers these and every other suggestion.
        blockFieldSuggestion: { enabled: false },
      }),
      useWellFormedText(),
      ...(production ? [useHiddenSuggestions()] : []),
      useClientErrorStatus(),
      useAccountTransaction(options.db),
      useDatabaseUnavailable(),
    ],
    context: ({ session, req, reply }): Context => ({
      db: options.db,
      accountId: session?.accountId ?? '',
      sessionId: session?.sessionId ?? '',
      sessionSettings: session?.settings,
      now,
      origin: publicUrl ?? `${req.protocol}://${req.host}`,
      mailConfigured: options.mailConfigured ?? false,
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
        session,
      });
      response.headers.forEach((value, key) => {
        reply.header(key, value);
      });
      reply.status(response.status);
      reply.send(response.body);
      return reply;
    },
  });

  // For docker's health check and load balancers: up only while the database answers.
  app.get('/healthz', async (_request, reply) => {
    if (await checkDatabase(options.db, HEALTH_CHECK_TIMEOUT_MS))
      return { ok: true, database: 'up' };
    return reply.status(503).send({ ok: false, database: 'unavailable' });
  });

  if (options.webDist && existsSync(join(options.webDist, 'index.html'))) {
    const serviceWorker = resolve(options.webDist, 'sw.js');
    await app.register(fastifyStatic, {
      root: options.webDist,
      wildcard: false,
      // Source maps give the source away: production serves none, even where a build made them.
      ...(production ? { globIgnore: ['**/*.map'] } : {}),
      // The browser checks for a new service worker on every visit; no-cache keeps that honest.
      setHeaders: (reply, path) => {
        if (resolve(path) === serviceWorker) reply.header('cache-control', 'no-cache');
      },
    });
    // Client-side routes (e.g. /people/…) all load the single-page app.
    app.setNotFoundHandler((req, reply) => {
      if (
        req.method === 'GET' &&
        !req.url.startsWith('/graphql') &&
        !req.url.startsWith('/auth/') &&
        !req.url.startsWith('/calendar/') &&
        // A file that is not served (a source map, an old release's chunk, a missing sw.js) is
        // missing, not a page of the app: no client route ends in an extension.
        !/\.[a-z0-9]+$/i.test(req.url.split('?')[0] ?? '')
      ) {
        return reply.sendFile('index.html');
      }
      return reply.status(404).send({ error: 'Not found' });
    });
  }
  return app;
};
