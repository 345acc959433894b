import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { Db } from '@tend/db';
import Fastify, { type FastifyRequest } from 'fastify';
import { createYoga } from 'graphql-yoga';
import type { Clock, Context } from './context.ts';
import { schema } from './schema/index.ts';
import { loadAccountSettings } from './use-cases/scope.ts';

export type ServerOptions = {
  db: Db;
  /** The account a request acts as. Sign-in replaces the single local account later. */
  resolveAccountId: (request: FastifyRequest) => string | Promise<string>;
  now?: Clock;
  production?: boolean;
  webDist?: string | undefined;
  logger?: boolean;
};

// Notes may be long, but a request is never more than this.
const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

export const buildServer = async (options: ServerOptions) => {
  const now = options.now ?? (() => new Date());
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT_BYTES });

  const yoga = createYoga<{ req: FastifyRequest }, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    maskedErrors: options.production !== false ? true : { isDev: true },
    graphiql: options.production !== true,
    logging: options.logger ? 'info' : false,
    context: async ({ req }): Promise<Context> => {
      const accountId = await options.resolveAccountId(req);
      let settings: ReturnType<Context['settings']> | undefined;
      return {
        db: options.db,
        accountId,
        now,
        settings: () => {
          settings ??= loadAccountSettings(options.db, accountId);
          return settings;
        },
      };
    },
  });

  app.route({
    url: yoga.graphqlEndpoint,
    method: ['GET', 'POST', 'OPTIONS'],
    handler: async (req, reply) => {
      const response = await yoga.handleNodeRequestAndResponse(req, reply, { req });
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
      if (req.method === 'GET' && !req.url.startsWith('/graphql')) {
        return reply.sendFile('index.html');
      }
      return reply.status(404).send({ error: 'Not found' });
    });
  }
  return app;
};
