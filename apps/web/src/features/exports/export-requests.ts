import {
  CSRF_HEADERS,
  RequestError,
  readError,
  UNREACHABLE,
  UnauthenticatedError,
} from '../../lib/request.ts';

/** The server's limit on an uploaded export (MAX_EXPORT_UPLOAD_BYTES), checked before sending. */
export const MAX_RESTORE_MEGABYTES = 100;

/** How many rows of each kind a restore wrote, by section of the export. */
export type RestoredCounts = Record<string, number>;

const send = async (path: string, init: RequestInit = {}) => {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new RequestError(UNREACHABLE);
  }
  if (response.ok) return response;
  const body = await response.json().catch(() => null);
  if (response.status === 401) throw new UnauthenticatedError();
  throw readError(response.status, body as Parameters<typeof readError>[1]);
};

const fileNameOf = (response: Response) =>
  /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
  'tend-export.zip';

/** Downloads the whole account as the server's zip and hands it to the browser to save. */
export const downloadExport = async (): Promise<void> => {
  const response = await send('/export');
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileNameOf(response);
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // After the click has started the save: the browser keeps its own copy.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
};

/** What is wrong with a file before it is sent, or null. */
export const restoreFileProblem = (file: File): string | null => {
  if (file.size === 0)
    return 'That file is empty: choose the zip (or tend-export.json) an export made.';
  if (file.size > MAX_RESTORE_MEGABYTES * 1024 * 1024) {
    return `That file is larger than a restore takes (${MAX_RESTORE_MEGABYTES} MB).`;
  }
  return null;
};

/** Sends the export's zip, or its tend-export.json, as it is: the server reads either. */
export const restoreExport = async (file: File): Promise<RestoredCounts> => {
  const response = await send('/export/restore', {
    method: 'POST',
    headers: { ...CSRF_HEADERS, 'content-type': file.type || 'application/octet-stream' },
    body: file,
  });
  return ((await response.json()) as { restored: RestoredCounts }).restored;
};
