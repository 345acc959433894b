import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ImportFileError,
  importFileName,
  MAX_IMPORT_FILE_BYTES,
  readImportFile,
} from './import-file.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

const problemOf = (bytes: Uint8Array, name = 'contacts.csv') => {
  try {
    readImportFile(bytes, name);
  } catch (error) {
    if (error instanceof ImportFileError) return { problem: error.problem, message: error.message };
    throw error;
  }
  throw new Error('The file was read');
};

describe('reading an import file', () => {
  it('refuses a 20 MB file, naming its size and the limit', () => {
    const { problem, message } = problemOf(new Uint8Array(20 * 1024 * 1024).fill(0x41));
    expect(problem).toBe('TOO_LARGE');
    expect(message).toContain('20.0 MB');
    expect(message).toContain('at most 10 MB');
  });

  it('never shows a file just over the limit as the limit itself', () => {
    const { message } = problemOf(new Uint8Array(MAX_IMPORT_FILE_BYTES + 1).fill(0x41));
    expect(message).toContain('The file is 10.1 MB');
  });

  it('reads a file of exactly the limit', () => {
    const bytes = new Uint8Array(MAX_IMPORT_FILE_BYTES).fill(0x41);
    expect(readImportFile(bytes, 'a.csv').text).toHaveLength(MAX_IMPORT_FILE_BYTES);
  });

  it('refuses an empty file and one of only blank lines', () => {
    expect(problemOf(new Uint8Array()).problem).toBe('EMPTY');
    expect(problemOf(utf8(' \r\n\n\t')).problem).toBe('EMPTY');
  });

  it.each([
    ['an Excel workbook renamed .csv', [0x50, 0x4b, 0x03, 0x04, 0x14, 0], 'Excel workbook (.xlsx)'],
    ['an old Excel file', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1], 'Excel workbook (.xls)'],
    ['a PDF', [...utf8('%PDF-1.7\n')], 'a PDF document'],
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], 'a PNG image'],
    ['a JPEG photo', [0xff, 0xd8, 0xff, 0xe0], 'a JPEG image'],
  ])('says %s is not a text file', (_label, bytes, kind) => {
    const { problem, message } = problemOf(new Uint8Array([...bytes, ...utf8('a,b\n1,2\n')]));
    expect(problem).toBe('NOT_TEXT');
    expect(message).toContain('This is not a text file');
    expect(message).toContain(kind);
  });

  it('says a file with NUL bytes in it is not a text file', () => {
    const bytes = new Uint8Array([...utf8('Name,Email\n'), 0x00, 0x13, 0x00, 0x00, 0x9c, 0x01]);
    expect(problemOf(bytes)).toEqual({
      problem: 'NOT_TEXT',
      message: expect.stringContaining('This is not a text file.'),
    });
  });

  it('names Windows-1252 when a file is not UTF-8, and says to save it as CSV UTF-8', () => {
    // "Zoë,Café" as Excel on Windows saves it.
    const bytes = new Uint8Array([...utf8('Name,Company\nZo'), 0xeb, ...utf8(',Caf'), 0xe9, 0x0a]);
    const { problem, message } = problemOf(bytes);
    expect(problem).toBe('NOT_UTF8');
    expect(message).toContain('not saved as UTF-8');
    expect(message).toContain('Windows-1252');
    expect(message).toContain('“CSV UTF-8”');
  });

  it('names UTF-16, with and without a byte order mark', () => {
    const utf16le = (text: string) =>
      new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0), 0]));
    const withBom = new Uint8Array([0xff, 0xfe, ...utf16le('Name,Email\nAda,a@b.co\n')]);
    expect(problemOf(withBom).message).toContain('UTF-16 little-endian');
    expect(problemOf(utf16le('Name,Email\nAda,a@b.co\n')).message).toContain(
      'UTF-16 little-endian',
    );
    const be = new Uint8Array([0xfe, 0xff, 0, 0x41]);
    expect(problemOf(be).message).toContain('UTF-16 big-endian');
  });

  it('drops a UTF-8 byte order mark and keeps every other character', () => {
    const read = readImportFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Name\nZoë 😀\n')]), 'x');
    expect(read).toEqual({ format: 'CSV', text: 'Name\nZoë 😀\n' });
  });

  it('tells vCard from CSV by the first line or by the file name', () => {
    expect(readImportFile(utf8('\r\nbegin:vcard\r\n'), 'contacts.txt').format).toBe('VCARD');
    expect(readImportFile(utf8('FN:x'), 'phone.VCF').format).toBe('VCARD');
    expect(readImportFile(utf8('Name\nAda'), 'contacts.csv').format).toBe('CSV');
  });

  it('reads back any UTF-8 text without NUL exactly as it was', () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 200 })
          .filter((text) => !text.includes('\u0000') && text.trim() !== ''),
        (text) => {
          expect(readImportFile(utf8(text), 'a.csv').text).toBe(text);
        },
      ),
    );
  });

  it('answers any bytes with their text or an ImportFileError, nothing else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        try {
          expect(typeof readImportFile(bytes, 'a.csv').text).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(ImportFileError);
          expect((error as ImportFileError).issues).toEqual([
            { path: ['file'], message: (error as Error).message },
          ]);
        }
      }),
    );
  });
});

describe('an import file’s name', () => {
  it('is one line of at most 255 characters, or says it had none', () => {
    expect(importFileName(' Connections\n(1).csv ')).toBe('Connections (1).csv');
    expect(importFileName('\u202Evsc.exe')).toBe('vsc.exe');
    expect(importFileName('')).toBe('Untitled file');
    expect(importFileName(null)).toBe('Untitled file');
    expect([...importFileName('😀'.repeat(300))]).toHaveLength(255);
  });
});
