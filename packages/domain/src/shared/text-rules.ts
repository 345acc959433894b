import type { z } from 'zod';
import type { FieldIssue } from './domain-error.ts';

export const MALFORMED_TEXT_MESSAGE =
  'Text must be well-formed Unicode: it has a lone surrogate (half of a UTF-16 pair), which would be changed when saved';

// With the u flag a surrogate pair is one code point above U+FFFF, so only a lone half matches.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Whether the text is well-formed Unicode (no lone surrogate); Postgres and JSON would change it. */
export const isWellFormedText = (text: string): boolean => !LONE_SURROGATE.test(text);

/**
 * Every string anywhere in a value (a request's variables or body) that is not well-formed
 * Unicode, each at its path.
 */
export const malformedTextIssues = (
  value: unknown,
  path: string[] = [],
  seen: Set<object> = new Set(),
): FieldIssue[] => {
  if (typeof value === 'string') {
    return isWellFormedText(value) ? [] : [{ path, message: MALFORMED_TEXT_MESSAGE }];
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, item]) =>
    malformedTextIssues(item, [...path, key], seen),
  );
};

// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) make text display in
// another order than it is stored: a name could read as someone else's.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
// C0 and C1 controls and DEL.
const CONTROL = /\p{Cc}/gu;
// U+0000 is left to parseInput, which refuses it in every field.
const NUL = '\u0000';
// Multi-line text keeps its tabs and line breaks (\r too: clients send \r\n).
const KEPT_IN_NOTES = [NUL, '\t', '\n', '\r'];

const firstControl = (text: string, kept: string[]): string | undefined =>
  [...text.matchAll(CONTROL)].map(([character]) => character).find((c) => !kept.includes(c));

const codePoint = (character: string) =>
  `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

const bidiIssue = (text: string): string | null => {
  const found = BIDI_CONTROL.exec(text)?.[0];
  return found
    ? `Remove the text direction control (${codePoint(found)}): it makes text read differently than it is saved`
    : null;
};

/** What is wrong with a one-line text such as a name, or null: no controls, no bidi overrides. */
export const singleLineTextIssue = (text: string): string | null => {
  const control = firstControl(text, [NUL]);
  if (control) {
    return `Remove the control character (${codePoint(control)}): this is one line of plain text`;
  }
  return bidiIssue(text);
};

/** What is wrong with a multi-line text such as notes, or null: tabs and line breaks are kept. */
export const multiLineTextIssue = (text: string): string | null => {
  const control = firstControl(text, KEPT_IN_NOTES);
  if (control) {
    return `Remove the control character (${codePoint(control)}): only tabs and line breaks are kept`;
  }
  return bidiIssue(text);
};

const checkedWith =
  (rule: (text: string) => string | null) =>
  <T extends z.ZodType<string | null | undefined>>(schema: T) =>
    schema.superRefine((value, ctx) => {
      const issue = typeof value === 'string' ? rule(value) : null;
      if (issue) ctx.addIssue({ code: 'custom', message: issue });
    });

/** A schema for one line of text (a name) that refuses controls and direction overrides. */
export const singleLineText = checkedWith(singleLineTextIssue);

/** A schema for notes that refuses controls other than tabs and line breaks, and overrides. */
export const multiLineText = checkedWith(multiLineTextIssue);
