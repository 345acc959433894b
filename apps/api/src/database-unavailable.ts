import { isConnectionError } from '@tend/db';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ExecutionResult } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * The one answer to a request whose database connection was lost or could not be made
 * (terminated, failed over, restarting, down): 503, safe to retry, never masked as a 500.
 */
export const DATABASE_UNAVAILABLE = {
  message: 'The database is unavailable; try again.',
  code: 'DATABASE_UNAVAILABLE',
  // The pool connects afresh for the next request, so a retry can come soon.
  retryAfterSeconds: 1,
} as const;

const hasConnectionError = (result: ExecutionResult): boolean =>
  (result.errors ?? []).some((error) => isConnectionError(error));

const unavailableResult = (): ExecutionResult => ({
  errors: [
    createGraphQLError(DATABASE_UNAVAILABLE.message, {
      extensions: {
        code: DATABASE_UNAVAILABLE.code,
        // Read by yoga for the response's status and headers, and left out of the body.
        http: {
          status: 503,
          headers: { 'retry-after': String(DATABASE_UNAVAILABLE.retryAfterSeconds) },
        },
      },
    }),
  ],
});

/**
 * A GraphQL operation that lost its connection, in a resolver or at the transaction's begin or
 * commit, answers 503 as a whole: none of its writes were kept, and partial data would hide it.
 * Registered after the plugin that runs the operation's transaction, so it sees that fail too.
 */
export const useDatabaseUnavailable = (): Plugin => ({
  onExecute({ executeFn, setExecuteFn }) {
    setExecuteFn(async (args) => {
      try {
        const result = await executeFn(args);
        return 'errors' in result && hasConnectionError(result) ? unavailableResult() : result;
      } catch (error) {
        if (isConnectionError(error)) return unavailableResult();
        throw error;
      }
    });
  },
});

/**
 * The server's error handler: a lost connection outside GraphQL execution (sessions, the auth
 * routes, the calendar feed) answers 503 in the endpoint's own error shape; anything else goes
 * on to fastify's default handler.
 */
export const databaseUnavailableHandler = (
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
) => {
  if (!isConnectionError(error)) throw error;
  const { message, code, retryAfterSeconds } = DATABASE_UNAVAILABLE;
  return reply
    .status(503)
    .header('retry-after', String(retryAfterSeconds))
    .send(
      request.url.startsWith('/graphql')
        ? { errors: [{ message, extensions: { code } }] }
        : { error: { message } },
    );
};
