import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.ts';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const parseDateTime = (value: unknown): Date => {
  const date = typeof value === 'string' && ISO_DATE_TIME.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw new GraphQLError(
      `Expected an ISO 8601 date-time with a time zone, such as 2026-11-25T09:30:00Z; got ${JSON.stringify(value)?.slice(0, 50)}`,
    );
  }
  return date;
};

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO 8601 date-time with a time zone offset.',
  serialize: (value) => value.toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : null),
});

