import Papa from 'papaparse';

/**
 * What a spreadsheet reads as the start of a formula (= + - @), or as a cell that a formula
 * can be hidden behind (tab, carriage return): such a cell is written with a leading
 * apostrophe, which spreadsheets show as text and do not run.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
// An apostrophe already before such a start gets one more, so unescaping is exact.
const ESCAPED = /^'+[=+\-@\t\r]/;

/** The cell as written to a CSV file: one that could run as a formula is made text. */
export const escapeCsvCell = (cell: string): string =>
  FORMULA_START.test(cell) || ESCAPED.test(cell) ? `'${cell}` : cell;

/** The cell as it was before `escapeCsvCell`. */
export const unescapeCsvCell = (cell: string): string =>
  ESCAPED.test(cell) ? cell.slice(1) : cell;

/** Lists are written "a; b" for a reader; the JSON keeps each item apart. */
export const CSV_LIST_SEPARATOR = '; ';

/** A value of an export row as one cell: empty for none, lists joined, objects as JSON. */
export const csvCell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return escapeCsvCell(value.map(String).join(CSV_LIST_SEPARATOR));
  if (typeof value === 'object') return escapeCsvCell(JSON.stringify(value));
  return escapeCsvCell(String(value));
};

/** So spreadsheets read the file as UTF-8 (names in any script), not in the machine's code page. */
export const CSV_BYTE_ORDER_MARK = '\uFEFF';

const NEWLINE = '\r\n';

/** The header line of a CSV file of `fields`, with the byte order mark that starts the file. */
export const csvHeader = (fields: readonly string[]): string =>
  `${CSV_BYTE_ORDER_MARK}${Papa.unparse([fields.map(escapeCsvCell)], { newline: NEWLINE })}${NEWLINE}`;

/** Rows as CSV lines (each ending in CRLF), one cell per field, in the fields' order. */
export const csvLines = (fields: readonly string[], rows: readonly Record<string, unknown>[]) =>
  rows.length === 0
    ? ''
    : `${Papa.unparse(
        rows.map((row) => fields.map((field) => csvCell(row[field]))),
        { newline: NEWLINE },
      )}${NEWLINE}`;
