import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_BYTE_ORDER_MARK,
  csvCell,
  csvHeader,
  csvLines,
  escapeCsvCell,
  unescapeCsvCell,
} from './csv.ts';

const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r'];

/** Any text, often starting with what a spreadsheet would run or with apostrophes before it. */
const cellText = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc
    .tuple(
      fc.string({ unit: fc.constant("'"), maxLength: 3 }),
      fc.constantFrom(...FORMULA_STARTS),
      fc.string({ unit: 'grapheme' }),
    )
    .map(([quotes, start, rest]) => `${quotes}${start}${rest}`),
);

describe('escapeCsvCell', () => {
  it('makes a formula, a signed number and an @-mention text', () => {
    expect(escapeCsvCell('=HYPERLINK("http://evil.example","click")')).toBe(
      `'=HYPERLINK("http://evil.example","click")`,
    );
    expect(escapeCsvCell('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
    expect(escapeCsvCell('-1+1')).toBe("'-1+1");
    expect(escapeCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeCsvCell('\t=1')).toBe("'\t=1");
    expect(escapeCsvCell('\r=1')).toBe("'\r=1");
  });

  it('leaves other text as it is, apostrophes included', () => {
    expect(escapeCsvCell('Ann Lee')).toBe('Ann Lee');
    expect(escapeCsvCell("O'Brien")).toBe("O'Brien");
    expect(escapeCsvCell("'quoted'")).toBe("'quoted'");
    expect(escapeCsvCell('a=b')).toBe('a=b');
    expect(escapeCsvCell('')).toBe('');
  });

  it('adds one more apostrophe to one that already stands before a formula', () => {
    expect(escapeCsvCell("'=1")).toBe("''=1");
  });

  it('never leaves a cell that starts with = + - @, a tab or a carriage return', () => {
    fc.assert(
      fc.property(cellText, (cell) => {
        expect(FORMULA_STARTS).not.toContain(escapeCsvCell(cell).charAt(0));
      }),
    );
  });

  it('is undone exactly by unescapeCsvCell', () => {
    fc.assert(
      fc.property(cellText, (cell) => {
        expect(unescapeCsvCell(escapeCsvCell(cell))).toBe(cell);
      }),
    );
  });

  it('changes only the cells that need it, by one leading apostrophe', () => {
    fc.assert(
      fc.property(cellText, (cell) => {
        const escaped = escapeCsvCell(cell);
        expect(escaped === cell || escaped === `'${cell}`).toBe(true);
        expect(escaped !== cell).toBe(/^'*[=+\-@\t\r]/.test(cell));
      }),
    );
  });
});

describe('csvCell', () => {
  it('writes none as empty, lists joined, objects as JSON, all escaped', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(['a', 'b'])).toBe('a; b');
    expect(csvCell(['=1', 'b'])).toBe("'=1; b");
    expect(csvCell({ tell: 'x' })).toBe('{"tell":"x"}');
    expect(csvCell(3)).toBe('3');
    expect(csvCell(false)).toBe('false');
    expect(csvCell('-5')).toBe("'-5");
  });
});

describe('csvHeader and csvLines', () => {
  it('start the file with a byte order mark and end every line in CRLF', () => {
    const text = csvHeader(['name', 'notes']) + csvLines(['name', 'notes'], [{ name: 'Ann' }]);
    expect(text).toBe(`${CSV_BYTE_ORDER_MARK}name,notes\r\nAnn,\r\n`);
    expect(csvLines(['name'], [])).toBe('');
  });

  it('read back, cell for cell, as the values escaped (any text, commas, quotes, lines)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cellText, cellText), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const fields = ['a', 'b'];
          const text =
            csvHeader(fields) +
            csvLines(
              fields,
              rows.map(([a, b]) => ({ a, b })),
            );
          const parsed = Papa.parse<string[]>(text.slice(1), { newline: '\r\n' }).data;
          expect(parsed[0]).toEqual(fields);
          expect(parsed.slice(1, rows.length + 1).map((row) => row.map(unescapeCsvCell))).toEqual(
            rows,
          );
        },
      ),
    );
  });
});
