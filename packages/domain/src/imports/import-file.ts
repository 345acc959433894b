import { ValidationError } from '../shared/domain-error.ts';

export const IMPORT_FORMATS = ['CSV', 'VCARD'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const MEGABYTE = 1024 * 1024;
export const MAX_IMPORT_FILE_MEGABYTES = 10;
export const MAX_IMPORT_FILE_BYTES = MAX_IMPORT_FILE_MEGABYTES * MEGABYTE;
export const MAX_IMPORT_FILE_NAME_LENGTH = 255;

export const IMPORT_FILE_PROBLEMS = [
  'EMPTY',
  'TOO_LARGE',
  'NOT_TEXT',
  'NOT_UTF8',
  'NO_CONTACTS',
] as const;
export type ImportFileProblem = (typeof IMPORT_FILE_PROBLEMS)[number];

/** A file that cannot be imported at all; nothing of it is kept. */
export class ImportFileError extends ValidationError {
  readonly problem: ImportFileProblem;

  constructor(problem: ImportFileProblem, message: string) {
    super([{ path: ['file'], message }]);
    this.message = message;
    this.name = 'ImportFileError';
    this.problem = problem;
  }
}

/** Rounded up, so a file just over the limit never reads as the limit itself. */
const megabytes = (bytes: number) => `${(Math.ceil((bytes / MEGABYTE) * 10) / 10).toFixed(1)} MB`;

/** A file over the limit; its size in bytes when known (an upload may not say). */
export const tooLargeError = (bytes: number | null): ImportFileError =>
  new ImportFileError(
    'TOO_LARGE',
    `The file is ${bytes ? megabytes(bytes) : `over ${MAX_IMPORT_FILE_MEGABYTES} MB`}; Tend imports files of at most ${MAX_IMPORT_FILE_MEGABYTES} MB. Split it into smaller files and import each.`,
  );

const SAVE_AS_TEXT =
  'Export your contacts as a CSV file (in a spreadsheet: Save as → “CSV UTF-8”) or as a vCard (.vcf) file, and import that.';

/** Leading bytes of the files most often picked by mistake, and what to call them. */
const SIGNATURES: { bytes: number[]; kind: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'a zipped file, such as an Excel workbook (.xlsx)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'an Office document, such as an Excel workbook (.xls)' },
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image' },
  { bytes: [0x1f, 0x8b], kind: 'a gzip archive' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], kind: 'a rich text document (.rtf)' },
];

const startsWith = (bytes: Uint8Array, prefix: number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

/**
 * UTF-16 without a byte order mark: ASCII text in it has a zero byte in every other place.
 * Returns which order, or null.
 */
const utf16WithoutBom = (sample: Uint8Array): 'LE' | 'BE' | null => {
  let even = 0;
  let odd = 0;
  for (let index = 0; index < sample.length; index += 1) {
    if (sample[index] === 0) {
      if (index % 2 === 0) even += 1;
      else odd += 1;
    }
  }
  const half = sample.length / 2;
  if (odd > half * 0.6 && even === 0) return 'LE';
  if (even > half * 0.6 && odd === 0) return 'BE';
  return null;
};

const notUtf8 = (encoding: string | null) =>
  new ImportFileError(
    'NOT_UTF8',
    `This file is not saved as UTF-8${encoding ? ` (it looks like ${encoding})` : ''}, so its accents and other letters would come out wrong. Save it again as UTF-8 (in a spreadsheet: Save as → “CSV UTF-8”) and import that.`,
  );

/**
 * What a file that is not UTF-8 most likely is: text whose non-ASCII bytes stand alone between
 * ASCII ones is a one-byte Western encoding, as Excel on Windows saves a CSV by default.
 */
const likelyEncoding = (bytes: Uint8Array): string | null => {
  let high = 0;
  let lone = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index] ?? 0;
    if (byte < 0x80) continue;
    high += 1;
    if ((bytes[index - 1] ?? 0) < 0x80 && (bytes[index + 1] ?? 0) < 0x80) lone += 1;
  }
  if (high === 0) return null;
  return lone / high > 0.8 ? 'Windows-1252 or ISO-8859-1 (Latin-1)' : null;
};

const BINARY_SAMPLE_BYTES = 8192;

/** The format a file's text holds: vCard by its first line or its name, otherwise CSV. */
const formatOf = (text: string, fileName: string): ImportFormat =>
  /^\s*BEGIN:VCARD/i.test(text) || /\.(vcf|vcard)$/i.test(fileName) ? 'VCARD' : 'CSV';

export type ImportFileText = { format: ImportFormat; text: string };

/**
 * A file's bytes as the text to import: at most MAX_IMPORT_FILE_BYTES, a text file (not a
 * workbook, image or other binary renamed), strictly UTF-8 (a byte order mark is dropped).
 */
export const readImportFile = (bytes: Uint8Array, fileName: string): ImportFileText => {
  if (bytes.length === 0) {
    throw new ImportFileError('EMPTY', `The file is empty. ${SAVE_AS_TEXT}`);
  }
  if (bytes.length > MAX_IMPORT_FILE_BYTES) throw tooLargeError(bytes.length);
  if (startsWith(bytes, [0xff, 0xfe])) throw notUtf8('UTF-16 little-endian');
  if (startsWith(bytes, [0xfe, 0xff])) throw notUtf8('UTF-16 big-endian');
  const signature = SIGNATURES.find(({ bytes: prefix }) => startsWith(bytes, prefix));
  if (signature) {
    throw new ImportFileError(
      'NOT_TEXT',
      `This is not a text file: it is ${signature.kind}. ${SAVE_AS_TEXT}`,
    );
  }
  const sample = bytes.subarray(0, BINARY_SAMPLE_BYTES);
  const utf16 = utf16WithoutBom(sample);
  if (utf16) throw notUtf8(`UTF-16 ${utf16 === 'LE' ? 'little' : 'big'}-endian`);
  if (sample.includes(0)) {
    throw new ImportFileError('NOT_TEXT', `This is not a text file. ${SAVE_AS_TEXT}`);
  }
  const withoutBom = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(withoutBom);
  } catch {
    throw notUtf8(likelyEncoding(withoutBom));
  }
  if (text.trim() === '') {
    throw new ImportFileError('EMPTY', `The file has no text in it. ${SAVE_AS_TEXT}`);
  }
  return { format: formatOf(text, fileName), text };
};

/** A file's name as shown in the list of imports: one line, at most 255 characters. */
export const importFileName = (raw: string | null | undefined): string => {
  const name = (raw ?? '')
    .replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
  return [...name].slice(0, MAX_IMPORT_FILE_NAME_LENGTH).join('') || 'Untitled file';
};
