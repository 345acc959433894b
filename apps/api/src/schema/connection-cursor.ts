import { decodeBase64, decodeCursorChunk } from '@pothos/core';
import { isUuid, isWellFormedText } from '@tend/domain';
import { createGraphQLError } from 'graphql-yoga';

/** A field's argument the field cannot take, named in the message and in `extensions`. */
export const badArgument = (argument: string, message: string) =>
  createGraphQLError(`${argument}: ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });

/** plugin-drizzle's cursor ("DC:" and a tagged chunk, in base64) read back, or null. */
const drizzleCursorValues = (cursor: string): unknown => {
  try {
    const decoded = decodeBase64(cursor);
    return decoded.startsWith('DC:') ? decodeCursorChunk(decoded.slice(3)) : null;
  } catch {
    return null;
  }
};

/** Text Postgres can compare as sent: without U+0000 or a lone surrogate. */
const isComparableText = (value: unknown): value is string =>
  typeof value === 'string' && !value.includes('\u0000') && isWellFormedText(value);

/** Where a person sits in the people list: its order key (text) and the person's id. */
const isPeoplePosition = (values: unknown): boolean =>
  Array.isArray(values) &&
  values.length === 2 &&
  isComparableText(values[0]) &&
  typeof values[1] === 'string' &&
  isUuid(values[1]);

/**
 * The people list's `after` and `before` are checked before plugin-drizzle reads them: a
 * cursor it did not make (an id that is no uuid, a value of another type) would otherwise reach
 * the database and fail there, as a masked "Unexpected error.".
 */
export const checkPeopleCursors = (args: { after?: string | null; before?: string | null }) => {
  for (const argument of ['after', 'before'] as const) {
    const cursor = args[argument];
    if (cursor && !isPeoplePosition(drizzleCursorValues(cursor))) {
      throw badArgument(argument, 'not a cursor of this list; pass a cursor it returned.');
    }
  }
};
