import { malformedTextIssues } from '@tend/domain';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Every string in a request's variables is checked once, before anything runs: one that is not
 * well-formed Unicode (a lone surrogate) would be saved changed (as U+FFFD), so it is refused,
 * naming the variable and where in it. Strings written in the query itself are refused by the
 * GraphQL parser already.
 */
export const useWellFormedText = (): Plugin => ({
  onParams: ({ params }) => {
    const { variables } = params;
    if (typeof variables !== 'object' || variables === null) return;
    const errors = malformedTextIssues(variables).map((issue) =>
      createGraphQLError(
        `Variable "$${issue.path[0]}" got invalid value at "${issue.path.join('.')}": ${issue.message}`,
        { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
      ),
    );
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors);
  },
});
