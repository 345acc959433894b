import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportAccount,
  type ExportRow,
  type ExportSection,
} from './export-document.ts';

/**
 * The export document written in pieces, so a large account streams out a section's rows at a
 * time and is never one string: the head, then each section opened, its rows, and closed, then
 * the end. Put together in that order, the pieces are the document as JSON.
 */
export const exportJson = {
  head: (exportedAt: Date, account: ExportAccount): string =>
    `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(exportedAt.toISOString())},"account":${JSON.stringify(account)}`,
  open: (section: ExportSection): string => `,${JSON.stringify(section)}:[`,
  /** Rows of a section; `first` when they are its first, which no comma comes before. */
  rows: <S extends ExportSection>(rows: readonly ExportRow<S>[], first: boolean): string =>
    rows.length === 0
      ? ''
      : `${first ? '' : ','}${rows.map((row) => JSON.stringify(row)).join(',')}`,
  close: ']',
  end: '}',
};
