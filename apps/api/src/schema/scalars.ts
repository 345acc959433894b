import { INSTANT_RANGE_MESSAGE, isWithinInstantRange } from '@tend/domain';
import { Kind } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { builder } from './builder.ts';

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

// `new Date` rolls 2026-02-30 over to 2 March: a day the month does not have is a typo.
const dayExists = (year: number, month: number, day: number) =>
  day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();

const shown = (value: unknown) => JSON.stringify(value)?.slice(0, 50);

const parseDateTime = (value: unknown): Date => {
  const match = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
  const date =
    match && dayExists(Number(match[1]), Number(match[2]), Number(match[3]))
      ? new Date(match[0])
      : null;
  if (!date || Number.isNaN(date.getTime())) {
    // Yoga's factory makes the GraphQLError of the graphql build yoga executes with. Where this
    // file loads the other build (graphql ships CJS and ESM; Vite picks ESM), graphql-js does not
    // recognise a plain `new GraphQLError` and yoga masks it as "Unexpected error.".
    throw createGraphQLError(
      `Expected an ISO 8601 date-time with a time zone, such as 2026-11-25T09:30:00Z; got ${shown(value)}`,
    );
  }
  // Checked here, for every DateTime input: out of range, the database would fail on it.
  if (!isWithinInstantRange(date))
    throw createGraphQLError(`${INSTANT_RANGE_MESSAGE}; got ${shown(value)}`);
  return date;
};

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO 8601 date-time with a time zone offset.',
  serialize: (value) => value.toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : null),
});
