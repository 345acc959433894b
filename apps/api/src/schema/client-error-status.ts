import type { Plugin } from 'graphql-yoga';

type ErrorLike = { name?: unknown; extensions?: { http?: { status?: unknown } } };

/**
 * A query that cannot run (unparseable, over a depth, alias, cost or token limit, or asking for
 * introspection in production) is the client's fault: answer 400, not 200 with errors.
 *
 * Yoga marks such errors with status 400 but, following the GraphQL-over-HTTP spec, still
 * answers 200 to clients that accept application/json (as the web client does); and
 * graphql-armor's limits throw out of validation, so yoga does not mark those at all.
 */
export const useClientErrorStatus = (): Plugin => ({
  onValidate: ({ validateFn, setValidationFn }) => {
    // A thrown limit becomes a validation error like any other.
    setValidationFn((...args) => {
      try {
        return validateFn(...args);
      } catch (error) {
        // By name: graphql's CJS and ESM builds may both be loaded (see scalars.ts).
        if (error instanceof Error && error.name === 'GraphQLError') return [error];
        throw error;
      }
    });
  },
  onResultProcess: ({ result, setResult }) => {
    if (Array.isArray(result) || Symbol.asyncIterator in result || 'data' in result) return;
    const errors = (result.errors ?? []) as readonly ErrorLike[];
    // Only a result that never ran: parse and validation errors, each marked 400 by yoga.
    if (errors.length > 0 && errors.every((error) => error.extensions?.http?.status === 400)) {
      setResult({ ...result, extensions: { ...result.extensions, http: { status: 400 } } });
    }
  },
});
