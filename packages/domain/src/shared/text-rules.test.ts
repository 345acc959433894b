import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isWellFormedText,
  MALFORMED_TEXT_MESSAGE,
  malformedTextIssues,
  multiLineTextIssue,
  singleLineTextIssue,
} from './text-rules.ts';

const BIDI_CONTROLS = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];
const loneSurrogate = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((code) => String.fromCharCode(code));
/** Any control character but U+0000 (which parseInput refuses everywhere). */
const control = fc
  .oneof(fc.integer({ min: 0x01, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f }))
  .map((code) => String.fromCharCode(code));
/** Printable text: letters, digits, punctuation, spaces and emoji, in any script. */
const printable = fc
  .string({ unit: 'grapheme', maxLength: 30 })
  .filter((text) => !/[\p{Cc}\u202A-\u202E\u2066-\u2069]/u.test(text));

describe('well-formed Unicode', () => {
  it('accepts any text made of whole code points, surrogate pairs included', () => {
    expect(isWellFormedText('😀 Zoë 𝕏')).toBe(true);
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => isWellFormedText(text)));
  });

  it('refuses a lone surrogate anywhere in the text', () => {
    expect(isWellFormedText('A\uD800b')).toBe(false);
    expect(isWellFormedText('\uDC00')).toBe(false);
    // A pair in the wrong order is two lone halves.
    expect(isWellFormedText('\uDE00\uD83D')).toBe(false);
    fc.assert(
      // Well-formed text neither ends in a high half nor starts with a low one: no pair forms.
      fc.property(
        fc.string({ unit: 'grapheme' }),
        loneSurrogate,
        fc.string({ unit: 'grapheme' }),
        (before, half, after) => !isWellFormedText(`${before}${half}${after}`),
      ),
    );
  });

  it('names the path of every malformed string in a nested value', () => {
    expect(
      malformedTextIssues({
        input: { name: 'A\uD800', tags: ['ok', '\uDFFF'], notes: 'fine' },
        count: 3,
      }),
    ).toEqual([
      { path: ['input', 'name'], message: MALFORMED_TEXT_MESSAGE },
      { path: ['input', 'tags', '1'], message: MALFORMED_TEXT_MESSAGE },
    ]);
    expect(malformedTextIssues({ a: ['😀', { b: null }] })).toEqual([]);
  });
});

describe('one-line text such as names', () => {
  it('accepts printable text in any script', () => {
    expect(singleLineTextIssue('Zoë O’Brien')).toBeNull();
    expect(singleLineTextIssue('محمد علي')).toBeNull();
    fc.assert(fc.property(printable, (text) => singleLineTextIssue(text) === null));
  });

  it('refuses every control character, tabs and line breaks included, naming it', () => {
    expect(singleLineTextIssue('Ann\nBob')).toBe(
      'Remove the control character (U+000A): this is one line of plain text',
    );
    expect(singleLineTextIssue('Ann\u0085')).toMatch(/\(U\+0085\)/);
    fc.assert(
      fc.property(printable, control, printable, (before, character, after) =>
        (singleLineTextIssue(`${before}${character}${after}`) ?? '').includes('control character'),
      ),
    );
  });

  it('refuses bidi overrides and isolates, naming the one found', () => {
    expect(singleLineTextIssue('Ann\u202Egpj.exe')).toBe(
      'Remove the text direction control (U+202E): it makes text read differently than it is saved',
    );
    fc.assert(
      fc.property(printable, fc.constantFrom(...BIDI_CONTROLS), printable, (before, bidi, after) =>
        (singleLineTextIssue(`${before}${bidi}${after}`) ?? '').includes('direction control'),
      ),
    );
  });
});

describe('multi-line text such as notes', () => {
  it('keeps tabs and line breaks', () => {
    expect(multiLineTextIssue('Met at the fair.\n\tAsk about:\r\n- the book')).toBeNull();
  });

  it('refuses other control characters and bidi overrides', () => {
    expect(multiLineTextIssue('bell\u0007')).toBe(
      'Remove the control character (U+0007): only tabs and line breaks are kept',
    );
    expect(multiLineTextIssue('a\u2066b')).toMatch(/U\+2066/);
    fc.assert(
      fc.property(printable, control, (text, character) => {
        const issue = multiLineTextIssue(`${text}${character}`);
        return ['\t', '\n', '\r'].includes(character) ? issue === null : issue !== null;
      }),
    );
  });
});
