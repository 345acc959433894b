import Papa from 'papaparse';
import { type ColumnMapping, guessColumnMapping, nameColumnsOf } from './column-mapping.ts';
import {
  emptyCandidate,
  type ImportCandidate,
  isSpreadsheetFormula,
  oneLine,
  splitEmails,
  splitPhones,
  splitTags,
  textOrNull,
} from './import-candidate.ts';
import { ImportFileError } from './import-file.ts';

/** A CSV file's header and data rows, each row as many cells as there are headers. */
export type CsvTable = { headers: string[]; rows: string[][] };

/** LinkedIn's export starts with a few lines of notes; a header is looked for this far down. */
const HEADER_SEARCH_ROWS = 20;

const recognisedColumns = (row: string[]) => {
  const mapping = guessColumnMapping(row);
  return { named: nameColumnsOf(mapping) > 0, mapped: mapping.filter(Boolean).length };
};

/**
 * The row that names the columns: the first that names someone's name column, else the first
 * with two columns the guess knows, else the first with two cells, else the first.
 */
const headerIndexOf = (rows: string[][]): number => {
  const top = rows.slice(0, HEADER_SEARCH_ROWS);
  const recognised = top.map(recognisedColumns);
  const found = [
    recognised.findIndex(({ named }) => named),
    recognised.findIndex(({ mapped }) => mapped >= 2),
    top.findIndex((row) => row.filter((cell) => cell.trim() !== '').length >= 2),
  ].find((index) => index >= 0);
  return found ?? 0;
};

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * The delimiter whose header row names the most columns the guess knows, then the most
 * columns: papaparse's own guess wants rows of equal length, which LinkedIn's notes and a
 * sheet's ragged rows are not. Outlook writes ";" in countries with a decimal comma.
 */
const delimiterOf = (text: string): string => {
  const scored = DELIMITERS.map((delimiter) => {
    const rows = Papa.parse<string[]>(text, {
      delimiter,
      skipEmptyLines: 'greedy',
      preview: HEADER_SEARCH_ROWS,
    }).data;
    const header = rows[headerIndexOf(rows)] ?? [];
    return { delimiter, mapped: recognisedColumns(header).mapped, columns: header.length };
  });
  const best = scored.reduce((a, b) =>
    b.mapped > a.mapped || (b.mapped === a.mapped && b.columns > a.columns) ? b : a,
  );
  return best.delimiter;
};

/** Reads a CSV file with papaparse, skipping the lines before its header and blank rows. */
export const readCsvTable = (text: string): CsvTable => {
  const all = Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    skipEmptyLines: 'greedy',
  }).data;
  const headerIndex = headerIndexOf(all);
  const header = all[headerIndex] ?? [];
  const headers = header.map((cell, index) => oneLine(cell) || `Column ${index + 1}`);
  const rows = all
    .slice(headerIndex + 1)
    .map((row) => headers.map((_, index) => row[index] ?? ''))
    .filter((row) => row.some((cell) => cell.trim() !== ''));
  if (rows.length === 0) {
    throw new ImportFileError(
      'NO_CONTACTS',
      'The file has no contacts: after its header row there is no row with anything in it.',
    );
  }
  return { headers, rows };
};

const joinOneLine = (values: string[], separator: string) =>
  textOrNull(values.map(oneLine).filter(Boolean).join(separator));

/** One row's cells put into a person's fields by the mapping; unmapped cells are dropped. */
export const csvCandidate = (
  headers: readonly string[],
  row: readonly string[],
  mapping: ColumnMapping,
): ImportCandidate => {
  const candidate = emptyCandidate();
  const cellsOf = (wanted: string) =>
    mapping.flatMap((field, index) =>
      field === wanted ? [{ index, cell: row[index] ?? '' }] : [],
    );
  mapping.forEach((field, index) => {
    const cell = row[index] ?? '';
    if (field && isSpreadsheetFormula(cell)) {
      candidate.formulas.push({ where: `the column “${headers[index]}”`, text: cell.trim() });
    }
  });
  const single = (field: string) =>
    joinOneLine(
      cellsOf(field).map(({ cell }) => cell),
      ' ',
    );
  const parts = ['FIRST_NAME', 'MIDDLE_NAME', 'LAST_NAME'].map(single).filter(Boolean);
  candidate.name = single('NAME') ?? (parts.length > 0 ? parts.join(' ') : null);
  candidate.emails = cellsOf('EMAIL').flatMap(({ cell }) => splitEmails(cell));
  candidate.phones = cellsOf('PHONE').flatMap(({ cell }) => splitPhones(cell));
  candidate.company = single('COMPANY');
  candidate.role = single('ROLE');
  candidate.profession = single('PROFESSION');
  candidate.location = joinOneLine(
    cellsOf('LOCATION').map(({ cell }) => cell),
    ', ',
  );
  const notes = cellsOf('NOTES').filter(({ cell }) => cell.trim() !== '');
  // Several note columns keep their headers, so each line says what it was.
  candidate.notes = textOrNull(
    notes
      .map(({ index, cell }) =>
        notes.length > 1 ? `${headers[index]}: ${cell.trim()}` : cell.trim(),
      )
      .join('\n')
      .replace(/\r\n?/g, '\n'),
  );
  candidate.tags = cellsOf('TAGS').flatMap(({ cell }) => splitTags(cell));
  return candidate;
};
