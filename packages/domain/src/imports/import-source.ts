import type { ColumnMapping } from './column-mapping.ts';
import { csvCandidate, readCsvTable } from './csv-file.ts';
import type { ImportCandidate } from './import-candidate.ts';
import { ImportFileError, readImportFile } from './import-file.ts';
import { readVcards } from './vcard-file.ts';

/** More than a LinkedIn network (at most 30,000 connections) in one file. */
export const MAX_IMPORT_ROWS = 50_000;

/**
 * What an upload keeps until it is imported: a CSV file's header and cells (the mapping can
 * change, so every column is kept until then), or a vCard file's contacts.
 */
export type ImportSource =
  | { format: 'CSV'; headers: string[]; rows: string[][] }
  | { format: 'VCARD'; candidates: ImportCandidate[] };

const tooManyRows = (rows: number) =>
  new ImportFileError(
    'TOO_LARGE',
    `The file has ${rows.toLocaleString('en')} contacts; Tend imports at most ${MAX_IMPORT_ROWS.toLocaleString('en')} at a time. Split it into smaller files and import each.`,
  );

/** A file's bytes read as CSV or vCard; an ImportFileError says why a file cannot be. */
export const readImportSource = (bytes: Uint8Array, fileName: string): ImportSource => {
  const { format, text } = readImportFile(bytes, fileName);
  if (format === 'VCARD') {
    const candidates = readVcards(text);
    if (candidates.length > MAX_IMPORT_ROWS) throw tooManyRows(candidates.length);
    return { format, candidates };
  }
  const { headers, rows } = readCsvTable(text);
  if (rows.length > MAX_IMPORT_ROWS) throw tooManyRows(rows.length);
  return { format, headers, rows };
};

/** The contacts of a source; a CSV file's through its column mapping. */
export const candidatesOf = (
  source: ImportSource,
  mapping: ColumnMapping | null,
): ImportCandidate[] => {
  if (source.format === 'VCARD') return source.candidates;
  const columns = mapping ?? source.headers.map(() => null);
  return source.rows.map((row) => csvCandidate(source.headers, row, columns));
};
