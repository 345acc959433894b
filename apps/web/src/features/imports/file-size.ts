/** The server's limit on a file (MAX_IMPORT_FILE_BYTES), checked here before uploading. */
export const MAX_IMPORT_FILE_MEGABYTES = 10;
const MEGABYTE = 1024 * 1024;

/** Why a file is too large to send, in the server's words, or null. */
export const fileSizeProblem = (bytes: number): string | null =>
  bytes > MAX_IMPORT_FILE_MEGABYTES * MEGABYTE
    ? `The file is ${(Math.ceil((bytes / MEGABYTE) * 10) / 10).toFixed(1)} MB; Tend imports files of at most ${MAX_IMPORT_FILE_MEGABYTES} MB. Split it into smaller files and import each.`
    : null;
