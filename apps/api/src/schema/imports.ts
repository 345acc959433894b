import type { StoredImportRow } from '@tend/db';
import {
  FIELD_CHANGE_KINDS,
  type FieldChange,
  IMPORT_ACTIONS,
  IMPORT_FIELDS,
  IMPORT_FORMATS,
  MATCH_KINDS,
  MAX_IMPORT_FILE_BYTES,
} from '@tend/domain';
import { commitImport } from '../use-cases/imports/commit-import.ts';
import { discardImportPreview } from '../use-cases/imports/discard-import-preview.ts';
import { findImportBatch, type ImportBatchRow } from '../use-cases/imports/find-import-batch.ts';
import { listImportBatches } from '../use-cases/imports/list-import-batches.ts';
import {
  importColumns,
  listImportRows,
  MAX_IMPORT_ROWS_PAGE,
} from '../use-cases/imports/list-import-rows.ts';
import { setImportMapping } from '../use-cases/imports/set-import-mapping.ts';
import { undoImport } from '../use-cases/imports/undo-import.ts';
import { builder } from './builder.ts';
import { badArgument } from './connection-cursor.ts';
import { OriginKindEnum } from './enums.ts';
import { LOOKUP_ERRORS, MUTATION_ERRORS } from './errors.ts';
import { CadenceInput, Person } from './people.ts';
import { scopeOf } from './scope.ts';

/** An import as its fields read it: the file's cells and rows are read apart, when asked. */
type ImportBatchView = Omit<ImportBatchRow, 'source' | 'rows'>;

const ImportFormatEnum = builder.enumType('ImportFormat', { values: IMPORT_FORMATS });
const ImportStatusEnum = builder.enumType('ImportStatus', {
  description: 'PREVIEW: read, nothing written yet. IMPORTED: written. UNDONE: taken out again.',
  values: ['PREVIEW', 'IMPORTED', 'UNDONE'] as const,
});
const ImportActionEnum = builder.enumType('ImportAction', { values: IMPORT_ACTIONS });
const ImportFieldEnum = builder.enumType('ImportField', { values: IMPORT_FIELDS });
const ImportMatchEnum = builder.enumType('ImportMatch', {
  description: 'How a row found the person it merges into.',
  values: MATCH_KINDS,
});
const FieldChangeKindEnum = builder.enumType('ImportFieldChangeKind', {
  description:
    'ADD: items added to a list. FILL: an empty field filled. KEEP: the person’s own value kept, though the file has another.',
  values: FIELD_CHANGE_KINDS,
});

const ImportFieldChange = builder.objectRef<FieldChange>('ImportFieldChange').implement({
  fields: (t) => ({
    field: t.exposeString('field', {
      description: 'name, emails, phones, tags, company, role, profession, location or notes.',
    }),
    kind: t.expose('kind', { type: FieldChangeKindEnum }),
    current: t.exposeString('current', { nullable: true }),
    incoming: t.exposeString('incoming', { nullable: true }),
    added: t.exposeStringList('added'),
  }),
});

type RowView = StoredImportRow & { mergeIntoPerson: typeof Person.$inferType | null };

const ImportRow = builder.objectRef<RowView>('ImportRow').implement({
  description: 'One contact of the file and what importing it does (or did).',
  fields: (t) => ({
    number: t.exposeInt('number', {
      description: 'Its row (CSV, counted after the header) or card (vCard) in the file, from 1.',
    }),
    action: t.expose('action', { type: ImportActionEnum }),
    reasons: t.exposeStringList('reasons', { description: 'Why it is rejected.' }),
    skipped: t.exposeBoolean('skipped', { description: 'Left out when the file was imported.' }),
    name: t.string({ resolve: (row) => row.person.name }),
    emails: t.stringList({ resolve: (row) => row.person.emails }),
    phones: t.stringList({ resolve: (row) => row.person.phones }),
    company: t.string({ nullable: true, resolve: (row) => row.person.company }),
    role: t.string({ nullable: true, resolve: (row) => row.person.role }),
    profession: t.string({ nullable: true, resolve: (row) => row.person.profession }),
    location: t.string({ nullable: true, resolve: (row) => row.person.location }),
    notes: t.string({ nullable: true, resolve: (row) => row.person.notes }),
    tags: t.stringList({ resolve: (row) => row.person.tags }),
    mergeInto: t.field({
      type: Person,
      nullable: true,
      description: 'The person a MERGE goes into; null once they are deleted.',
      resolve: (row) => row.mergeIntoPerson,
    }),
    matchedBy: t.expose('matchedBy', { type: ImportMatchEnum, nullable: true }),
    changes: t.field({
      type: [ImportFieldChange],
      description: 'What the merge changes, field by field.',
      resolve: (row) => row.changes,
    }),
  }),
});

const ImportRowPage = builder
  .objectRef<{ totalCount: number; nodes: RowView[] }>('ImportRowPage')
  .implement({
    fields: (t) => ({
      totalCount: t.exposeInt('totalCount', { description: 'Rows of the asked action in all.' }),
      nodes: t.field({ type: [ImportRow], resolve: (page) => page.nodes }),
    }),
  });

const ImportColumn = builder
  .objectRef<{ index: number; header: string; field: string | null; samples: string[] }>(
    'ImportColumn',
  )
  .implement({
    fields: (t) => ({
      index: t.exposeInt('index'),
      header: t.exposeString('header'),
      field: t.field({
        type: ImportFieldEnum,
        nullable: true,
        description: 'The field it fills; null: not imported.',
        resolve: (column) => column.field as (typeof IMPORT_FIELDS)[number] | null,
      }),
      samples: t.exposeStringList('samples', { description: 'Values of its first rows.' }),
    }),
  });

const ImportCounts = builder.objectRef<ImportBatchView>('ImportCounts').implement({
  fields: (t) => ({
    create: t.exposeInt('createCount'),
    merge: t.exposeInt('mergeCount'),
    reject: t.exposeInt('rejectCount'),
  }),
});

export const ImportBatch = builder.objectRef<ImportBatchView>('ImportBatch').implement({
  description: 'One import of a file: previewed, imported in one go, and undone as a whole.',
  fields: (t) => ({
    id: t.exposeID('id'),
    fileName: t.exposeString('fileName'),
    format: t.expose('format', { type: ImportFormatEnum }),
    status: t.expose('status', { type: ImportStatusEnum }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    importedAt: t.expose('importedAt', { type: 'DateTime', nullable: true }),
    undoneAt: t.expose('undoneAt', { type: 'DateTime', nullable: true }),
    counts: t.field({
      type: ImportCounts,
      description: 'Rows per action: planned while previewing, done once imported.',
      resolve: (batch) => batch,
    }),
    createdCount: t.int({
      description: 'People the import created (undo deletes them).',
      resolve: (batch) => batch.createdPersonIds.length,
    }),
    changedCount: t.int({
      description: 'People whose fields the import changed by merging (undo gives them back).',
      resolve: (batch) => batch.merges.length,
    }),
    tag: t.string({ nullable: true, resolve: (batch) => batch.options?.tag ?? null }),
    columns: t.field({
      type: [ImportColumn],
      nullable: true,
      description: 'A CSV file’s columns and their mapping, while it is previewed; else null.',
      resolve: async (batch, _args, ctx) => {
        if (batch.status !== 'PREVIEW' || batch.format !== 'CSV') return null;
        const { headers, sample } = await importColumns(ctx.db, ctx.accountId, batch.id);
        return (headers ?? []).map((header, index) => ({
          index,
          header,
          field: batch.mapping?.[index] ?? null,
          samples: sample.map((row) => row[index] ?? '').filter((cell) => cell.trim() !== ''),
        }));
      },
    }),
    rows: t.field({
      type: ImportRowPage,
      args: {
        offset: t.arg.int({ required: false, defaultValue: 0 }),
        limit: t.arg.int({
          required: false,
          defaultValue: 50,
          description: `At most ${MAX_IMPORT_ROWS_PAGE}.`,
        }),
        action: t.arg({ type: ImportActionEnum, required: false }),
      },
      resolve: (batch, args, ctx) => {
        const offset = args.offset ?? 0;
        const limit = args.limit ?? 50;
        if (offset < 0) throw badArgument('offset', 'must be 0 or more.');
        if (limit < 0 || limit > MAX_IMPORT_ROWS_PAGE) {
          throw badArgument('limit', `must be 0 to ${MAX_IMPORT_ROWS_PAGE}.`);
        }
        return listImportRows(ctx.db, ctx.accountId, batch.id, {
          offset,
          limit,
          action: args.action ?? null,
        });
      },
    }),
  }),
});

const CommitImportInput = builder.inputType('CommitImportInput', {
  fields: (t) => ({
    skipRows: t.intList({ required: false, description: 'Rows unticked: not imported.' }),
    createNewRows: t.intList({
      required: false,
      description: 'Rows matched to an existing person to import as a new person instead.',
    }),
    tag: t.string({ required: false, description: 'A tag for everyone imported.' }),
    originKind: t.field({
      type: OriginKindEnum,
      required: false,
      description: 'Where the people it creates came from: a group or an introducer.',
    }),
    originGroupId: t.id({ required: false }),
    originPersonId: t.id({ required: false }),
    cadence: t.field({
      type: CadenceInput,
      required: false,
      description: 'The cadence of the people it creates; none: the depth tier’s default.',
    }),
  }),
});

builder.queryFields((t) => ({
  importBatch: t.field({
    type: ImportBatch,
    errors: { types: LOOKUP_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_parent, args, ctx) => findImportBatch(ctx.db, ctx.accountId, String(args.id)),
  }),
  importBatches: t.field({
    type: [ImportBatch],
    description: `The account’s imports, latest first. Files are uploaded to POST /imports (at most ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB).`,
    resolve: (_parent, _args, ctx) => listImportBatches(ctx.db, ctx.accountId),
  }),
}));

builder.mutationFields((t) => ({
  setImportMapping: t.field({
    type: ImportBatch,
    description:
      'Maps a previewed CSV file’s columns, one field (or null: not imported) for each, and plans its rows again.',
    errors: { types: MUTATION_ERRORS },
    args: {
      id: t.arg.id({ required: true }),
      mapping: t.arg({ type: [ImportFieldEnum], required: { list: true, items: false } }),
    },
    resolve: (_parent, args, ctx) => setImportMapping(scopeOf(ctx), String(args.id), args.mapping),
  }),
  commitImport: t.field({
    type: ImportBatch,
    description:
      'Imports a previewed file in one go: all its ticked rows, or nothing when anything is refused.',
    errors: { types: MUTATION_ERRORS },
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: CommitImportInput, required: false }),
    },
    resolve: (_parent, args, ctx) => commitImport(scopeOf(ctx), String(args.id), args.input),
  }),
  undoImport: t.field({
    type: ImportBatch,
    description:
      'Undoes an import as a whole: deletes the people it created and takes out what it merged into others.',
    errors: { types: MUTATION_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_parent, args, ctx) => undoImport(scopeOf(ctx), String(args.id)),
  }),
  discardImportPreview: t.field({
    type: DiscardedImport,
    description: 'Deletes a preview that was not imported, and the file it keeps.',
    errors: { types: MUTATION_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_parent, args, ctx) => discardImportPreview(scopeOf(ctx), String(args.id)),
  }),
}));

const DiscardedImport = builder
  .objectRef<{ id: string; fileName: string }>('DiscardedImport')
  .implement({
    fields: (t) => ({ id: t.exposeID('id'), fileName: t.exposeString('fileName') }),
  });
