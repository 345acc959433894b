import { type FieldIssue, invalid } from '../shared/domain-error.ts';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportDocument,
  exportDocumentSchema,
} from './export-document.ts';

/** A document with thousands of bad rows says what is wrong with the first few. */
export const MAX_REPORTED_ISSUES = 20;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const firstIssues = (issues: FieldIssue[]): FieldIssue[] => {
  if (issues.length <= MAX_REPORTED_ISSUES) return issues;
  const more = issues.length - MAX_REPORTED_ISSUES;
  return [
    ...issues.slice(0, MAX_REPORTED_ISSUES),
    { path: [], message: `… and ${more} more problem${more === 1 ? '' : 's'}` },
  ];
};

/**
 * The export document in `input` (parsed JSON), checked: first that it is a Tend export at all
 * and of a version this code reads, each with its own message, then every field of every row.
 */
export const parseExportDocument = (input: unknown): ExportDocument => {
  if (!isRecord(input) || input.format !== EXPORT_FORMAT) {
    throw invalid([
      {
        path: ['format'],
        message: `This is not a Tend export: its JSON has no "format": "${EXPORT_FORMAT}"`,
      },
    ]);
  }
  if (input.version !== EXPORT_VERSION) {
    const newer = typeof input.version === 'number' && input.version > EXPORT_VERSION;
    throw invalid([
      {
        path: ['version'],
        message: newer
          ? `This export is version ${input.version}, made by a newer Tend; this one reads version ${EXPORT_VERSION}`
          : `This export's version (${JSON.stringify(input.version)}) is not one Tend reads (version ${EXPORT_VERSION})`,
      },
    ]);
  }
  const result = exportDocumentSchema.safeParse(input);
  if (result.success) return result.data;
  throw invalid(
    firstIssues(
      result.error.issues.map((issue) => ({
        path: issue.path.map(String),
        message: issue.message,
      })),
    ),
  );
};
