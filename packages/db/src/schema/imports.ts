import type {
  ColumnMapping,
  CommitImportInput,
  ImportFormat,
  ImportPerson,
  ImportSource,
  PlannedRow,
} from '@tend/domain';
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { accountId, createdAt, id, updatedAt } from './columns.ts';

export type ImportStatus = 'PREVIEW' | 'IMPORTED' | 'UNDONE';

/** A row as stored: its plan, and once imported whether the user left it out. */
export type StoredImportRow = PlannedRow & { skipped: boolean };

/** A person an import merged into: the fields it changed, before and after, for undo. */
export type ImportedMerge = {
  personId: string;
  before: Partial<ImportPerson>;
  after: Partial<ImportPerson>;
};

/**
 * One import of a file (DESIGN.md's import batch): previewed, then imported in one
 * transaction, and undone as a whole from what it records it created and merged.
 */
export const importBatches = pgTable(
  'import_batches',
  {
    id: id(),
    accountId: accountId(),
    fileName: text('file_name').notNull(),
    format: text('format').$type<ImportFormat>().notNull(),
    status: text('status').$type<ImportStatus>().notNull().default('PREVIEW'),
    /**
     * The file as read, kept only while it is previewed (the mapping may still change, so a
     * CSV file keeps every column until then); emptied when it is imported.
     */
    source: jsonb('source').$type<ImportSource>(),
    /** A CSV file's columns, each the field it fills or null (not imported). */
    mapping: jsonb('mapping').$type<ColumnMapping>(),
    /** Every contact of the file and what importing it does, or did. */
    rows: jsonb('rows').$type<StoredImportRow[]>().notNull(),
    createCount: integer('create_count').notNull(),
    mergeCount: integer('merge_count').notNull(),
    rejectCount: integer('reject_count').notNull(),
    /** What the import was given: rows left out, merges made new people, tag, origin, cadence. */
    options: jsonb('options').$type<CommitImportInput>(),
    /** The people it created, which undo deletes. */
    createdPersonIds: uuid('created_person_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** What it changed in the people it merged into, which undo gives back. */
    merges: jsonb('merges').$type<ImportedMerge[]>().notNull().default(sql`'[]'::jsonb`),
    importedAt: timestamp('imported_at', { withTimezone: true }),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('import_batches_account_id_id_unique').on(t.accountId, t.id),
    index('import_batches_account_created_idx').on(t.accountId, t.createdAt),
    check('import_batches_format', sql`${t.format} in ('CSV','VCARD')`),
    check('import_batches_status', sql`${t.status} in ('PREVIEW','IMPORTED','UNDONE')`),
  ],
);
