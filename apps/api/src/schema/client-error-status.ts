import { createGraphQLError, type Plugin } from 'graphql-yoga';

const badRequest = (error: Error) =>
  createGraphQLError(error.message, {
    extensions: {
      ...('extensions' in error ? (error.extensions as object) : {}),
      http: { status: 400 },
    },
  });

/**
 * A query that cannot run (unparseable, over a depth, cost or token limit, or asking for
 * introspection in production) is the client's fault: answer 400, not 200 with errors.
 */
export const useClientErrorStatus = (): Plugin => ({
  onParse:
    () =>
    ({ result, replaceParseResult }) => {
      if (result instanceof Error) replaceParseResult(badRequest(result));
    },
  onValidate:
    () =>
    ({ valid, result, setResult }) => {
      if (!valid) setResult(result.map(badRequest));
    },
});
