import { Buffer } from 'node:buffer';
import { fromBufferPromise } from 'yauzl';
import { EXPORT_JSON_FILE } from './export-account.ts';
import { ExportFileError } from './export-errors.ts';

/** What a restore takes: the zip Tend made, or the tend-export.json inside it. */
export const MAX_EXPORT_UPLOAD_BYTES = 100 * 1024 * 1024;
/**
 * The document unzipped (an account of 100,000 people and a million touches is about 430 MB),
 * under the longest string JavaScript holds: a zip that would inflate past it is refused
 * before it is read.
 */
export const MAX_EXPORT_JSON_BYTES = 500 * 1024 * 1024;

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

export const TOO_LARGE_MESSAGE = `The file is larger than a restore takes (${megabytes(MAX_EXPORT_UPLOAD_BYTES)}).`;

const TOO_LARGE_INSIDE = `The export inside the zip is larger than a restore takes (${megabytes(MAX_EXPORT_JSON_BYTES)}).`;

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const readAll = async (stream: AsyncIterable<Buffer>, limit: number): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > limit) throw new ExportFileError(TOO_LARGE_INSIDE, { tooLarge: true });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
};

/** The tend-export.json in a zip, wherever in its folders; its size checked before and while read. */
const documentInZip = async (file: Buffer): Promise<Buffer> => {
  const zip = await fromBufferPromise(file, { lazyEntries: true, validateEntrySizes: true }).catch(
    (error: unknown) => {
      throw new ExportFileError(`The zip file is damaged and cannot be read (${String(error)}).`);
    },
  );
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.split('/').at(-1) !== EXPORT_JSON_FILE) continue;
      if (entry.uncompressedSize > MAX_EXPORT_JSON_BYTES) {
        throw new ExportFileError(TOO_LARGE_INSIDE, { tooLarge: true });
      }
      return await readAll(await zip.openReadStreamPromise(entry), MAX_EXPORT_JSON_BYTES);
    }
  } catch (error) {
    if (error instanceof ExportFileError) throw error;
    throw new ExportFileError(`The zip file is damaged and cannot be read (${String(error)}).`);
  } finally {
    zip.close();
  }
  throw new ExportFileError(
    `The zip has no ${EXPORT_JSON_FILE} in it: restore from the zip Tend's export made, or from the ${EXPORT_JSON_FILE} inside it.`,
  );
};

/**
 * The JSON of an uploaded export, parsed but not yet checked: from the zip or from the JSON
 * file itself. A file that is neither, or not UTF-8, gets a message saying so.
 */
export const readExportFile = async (file: Buffer): Promise<unknown> => {
  if (file.length === 0)
    throw new ExportFileError('The file is empty: choose a Tend export to restore.');
  const bytes = file.subarray(0, 4).equals(ZIP_SIGNATURE) ? await documentInZip(file) : file;
  let text: string;
  try {
    // A byte order mark is left out; any byte that is not UTF-8 is refused, never replaced.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ExportFileError(
      'The file is not UTF-8 text: restore from the zip Tend made, or from its tend-export.json as it was.',
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ExportFileError(
      `The file is neither a Tend export zip nor its ${EXPORT_JSON_FILE}: it is not JSON.`,
    );
  }
};
