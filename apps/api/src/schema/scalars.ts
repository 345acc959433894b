import { decimalIssue, INSTANT_RANGE_MESSAGE, isWithinInstantRange } from '@tend/domain';
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

const parseNumber = (value: unknown): number => {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw createGraphQLError(`Expected a number, such as 30; got ${shown(value)}`);
  }
  return value;
};

// Int would refuse 2^31 and 1.5 before any resolver, with a message no form can show at its
// field. Taken as any number, the field's own rules refuse them with "at most …" at the field.
builder.scalarType('Number', {
  description:
    'A number typed by the user. The field that takes it checks that it is whole and within its range, and says so at that field.',
  serialize: (value) => value,
  parseValue: parseNumber,
  parseLiteral: (ast) =>
    parseNumber(ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? Number(ast.value) : null),
});

const parseDecimal = (value: unknown): string => {
  // A JSON number may already have lost digits (0.1 + 0.2) before it arrives: money is text.
  if (typeof value !== 'string') {
    throw createGraphQLError(
      `Expected a decimal as a string, such as "12.30"; got ${shown(value)}`,
    );
  }
  const issue = decimalIssue(value);
  if (issue) throw createGraphQLError(`${issue}; got ${shown(value)}`);
  return value;
};

builder.scalarType('Decimal', {
  description:
    'An exact decimal as a string, such as "12.30": digits with an optional sign and decimal point, at most 10 digits before the point and 2 after. Never a floating-point number.',
  serialize: (value) => value,
  parseValue: parseDecimal,
  parseLiteral: (ast) =>
    parseDecimal(
      ast.kind === Kind.STRING
        ? ast.value
        : ast.kind === Kind.INT || ast.kind === Kind.FLOAT
          ? Number(ast.value)
          : null,
    ),
});
