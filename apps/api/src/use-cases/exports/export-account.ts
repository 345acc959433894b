import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import {
  accounts,
  type Db,
  interactionParticipants,
  interactions,
  type Tx,
  weeklyListItems,
  withAccount,
} from '@tend/db';
import {
  csvHeader,
  csvLines,
  EXPORT_ACCOUNT_FIELDS,
  EXPORT_SECTIONS,
  type ExportAccount,
  type ExportRow,
  type ExportSection,
  exportJson,
  exportSectionFields,
  localDateIn,
  personVCard,
  WEEKLY_LIST_ITEM_FIELDS,
  type WeeklyListItemExportRow,
} from '@tend/domain';
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { ZipFile } from 'yazl';
import {
  columnOf,
  columnsOf,
  csvFileName,
  exportValuesOf,
  SECTION_TABLES,
} from './export-sections.ts';

/** Rows read, and written out, at a time: what bounds the export's memory. */
export const EXPORT_BATCH_SIZE = 2_000;

/** What a file may hold unwritten: the next page is read while the last one is written. */
const BUFFERED_BYTES = 1024 * 1024;

export const EXPORT_JSON_FILE = 'tend-export.json';
const VCARD_FILE = 'people.vcf';
const WEEKLY_LIST_ITEMS_CSV = csvFileName('weeklyListItems');
const WEEKLY_LIST_ITEM_CSV_FIELDS = ['weeklyListId', ...WEEKLY_LIST_ITEM_FIELDS];

/** One consistent picture of the account however long the download takes, and no writes. */
const SNAPSHOT = { isolationLevel: 'repeatable read', accessMode: 'read only' } as const;

/** Writes to a stream, waiting while it is full; stops once the download was abandoned. */
const writerTo =
  (stream: Writable, signal: AbortSignal) =>
  async (chunk: string): Promise<void> => {
    if (chunk.length > 0 && !stream.write(chunk)) await once(stream, 'drain', { signal });
  };

const closed = async (stream: WriteStream) => {
  stream.end();
  await once(stream, 'close');
};

/** Each page starts after the last key of the one before. */
const after = (key: SQL[], last: unknown[]): SQL =>
  sql`(${sql.join(key, sql`, `)}) > (${sql.join(
    last.map((value) => sql`${value}::uuid`),
    sql`, `,
  )})`;

/** The people each touch was with, read with the touch. */
const participantIds = sql<string[]>`coalesce((
  select json_agg(p.person_id order by p.person_id) from ${interactionParticipants} p
  where p.account_id = ${interactions.accountId} and p.interaction_id = ${interactions.id}
), '[]'::json)`;

/** The section's rows, a page at a time, as the export writes them. */
async function* pagesOf<S extends ExportSection>(
  tx: Tx,
  accountId: string,
  section: S,
  batchSize: number,
): AsyncGenerator<ExportRow<S>[]> {
  const { table, key } = SECTION_TABLES[section];
  const selection = {
    ...columnsOf(table, exportSectionFields(section)),
    ...(section === 'interactions' ? { participantIds } : {}),
  };
  const exportValues = exportValuesOf(table);
  const keyColumns = key.map((field) => sql`${columnOf(table, field)}`);
  const page = (last: unknown[] | undefined): Promise<Record<string, unknown>[]> => {
    const rows = tx
      .select(selection)
      .from(table)
      .where(
        and(
          eq(columnOf(table, 'accountId'), accountId),
          last ? after(keyColumns, last) : undefined,
        ),
      )
      .orderBy(...keyColumns.map((column) => asc(column)))
      .limit(batchSize)
      .then((read) => read as Record<string, unknown>[]);
    // Awaited below; one left unread when the export stops must not fail the process.
    rows.catch(() => {});
    return rows;
  };
  let next = page(undefined);
  for (;;) {
    const rows = await next;
    if (rows.length === 0) return;
    const full = rows.length === batchSize;
    const final = rows.at(-1) ?? {};
    // The next page is read while this one is written: the database and the zip work at once.
    if (full) next = page(key.map((field) => final[field]));
    const values = rows.map(exportValues);
    yield (
      section === 'weeklyLists' ? await withItems(tx, accountId, values) : values
    ) as ExportRow<S>[];
    if (!full) return;
  }
}

/** Each week's list with who was on it, in order. */
const withItems = async (tx: Tx, accountId: string, lists: Record<string, unknown>[]) => {
  const items = (
    await tx
      .select({
        weeklyListId: weeklyListItems.weeklyListId,
        ...columnsOf(weeklyListItems, WEEKLY_LIST_ITEM_FIELDS),
      })
      .from(weeklyListItems)
      .where(
        and(
          eq(weeklyListItems.accountId, accountId),
          inArray(
            weeklyListItems.weeklyListId,
            lists.map((list) => String(list.id)),
          ),
        ),
      )
      .orderBy(asc(weeklyListItems.weeklyListId), asc(weeklyListItems.position))
  ).map(exportValuesOf(weeklyListItems)) as (WeeklyListItemExportRow & { weeklyListId: string })[];
  const byList = new Map<string, WeeklyListItemExportRow[]>();
  for (const { weeklyListId, ...item } of items) {
    byList.set(weeklyListId, [...(byList.get(weeklyListId) ?? []), item]);
  }
  return lists.map((list) => ({ ...list, items: byList.get(String(list.id)) ?? [] }));
};

const readAccount = async (tx: Tx, accountId: string): Promise<ExportAccount> => {
  const [account] = await tx
    .select(columnsOf(accounts, EXPORT_ACCOUNT_FIELDS))
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!account) throw new Error(`Account ${accountId} is missing`);
  return exportValuesOf(accounts)(account as Record<string, unknown>) as ExportAccount;
};

export type AccountExport = {
  /** tend-export-YYYY-MM-DD.zip, the day in the account's zone. */
  fileName: string;
  /** The zip, made as it is read: memory stays bounded whatever the account's size. */
  stream: Readable;
};

/**
 * Everything the account holds, as a zip: the export document (tend-export.json), a CSV file
 * per section and the people as vCards (people.vcf). Every table is read a page at a time in
 * one read-only snapshot, and each page is written into the zip as it comes: the JSON straight
 * into the zip's stream, the CSV and vCard files into a temporary folder, added once the JSON
 * is done (a zip holds one file after another). Answers once the account has been read, with
 * the rest still being written; a failure later, or an abandoned download, ends the stream.
 */
export const exportAccount = async (
  db: Db,
  accountId: string,
  now: Date,
  { batchSize = EXPORT_BATCH_SIZE }: { batchSize?: number } = {},
): Promise<AccountExport> => {
  const folder = await mkdtemp(join(tmpdir(), 'tend-export-'));
  const zip = new ZipFile();
  const output = zip.outputStream as Readable;
  const abandoned = new AbortController();
  // A file that cannot be read into the zip (its folder gone with an abandoned download).
  zip.on('error', (error: Error) => output.destroy(error));
  output.once('close', () => {
    abandoned.abort();
    void rm(folder, { recursive: true, force: true });
  });

  const json = new PassThrough({ highWaterMark: BUFFERED_BYTES });
  zip.addReadStream(json, EXPORT_JSON_FILE, { mtime: now, compressionLevel: 1 });
  const files = [...EXPORT_SECTIONS.map(csvFileName), WEEKLY_LIST_ITEMS_CSV, VCARD_FILE];
  const fileStreams = new Map(
    files.map((file) => [
      file,
      createWriteStream(join(folder, file), { encoding: 'utf8', highWaterMark: BUFFERED_BYTES }),
    ]),
  );
  for (const file of files) {
    zip.addReadStreamLazy(file, { mtime: now, compressionLevel: 1 }, (done) =>
      done(null, createReadStream(join(folder, file))),
    );
  }
  zip.end();

  const writeJson = writerTo(json, abandoned.signal);
  const writeFile = (file: string) => {
    const stream = fileStreams.get(file);
    if (!stream) throw new Error(`No file ${file}`);
    return writerTo(stream, abandoned.signal);
  };

  const writeSection = async (tx: Tx, section: ExportSection) => {
    const fields = exportSectionFields(section).filter((field) => field !== 'items');
    const writeCsv = writeFile(csvFileName(section));
    await writeCsv(csvHeader(fields));
    await writeJson(exportJson.open(section));
    let first = true;
    for await (const rows of pagesOf(tx, accountId, section, batchSize)) {
      await writeJson(exportJson.rows(rows, first));
      first = false;
      await writeCsv(csvLines(fields, rows));
      if (section === 'people') {
        await writeFile(VCARD_FILE)(
          (rows as ExportRow<'people'>[]).map((person) => personVCard(person)).join(''),
        );
      }
      if (section === 'weeklyLists') {
        const items = (rows as ExportRow<'weeklyLists'>[]).flatMap((list) =>
          list.items.map((item) => ({ weeklyListId: list.id, ...item })),
        );
        await writeFile(WEEKLY_LIST_ITEMS_CSV)(csvLines(WEEKLY_LIST_ITEM_CSV_FIELDS, items));
      }
    }
    await writeJson(exportJson.close);
  };

  return new Promise<AccountExport>((resolve, reject) => {
    let answered = false;
    withAccount(
      db,
      accountId,
      async (tx) => {
        const account = await readAccount(tx, accountId);
        resolve({
          fileName: `tend-export-${localDateIn(now, account.timezone)}.zip`,
          stream: output,
        });
        answered = true;
        await writeFile(WEEKLY_LIST_ITEMS_CSV)(csvHeader(WEEKLY_LIST_ITEM_CSV_FIELDS));
        await writeJson(exportJson.head(now, account));
        for (const section of EXPORT_SECTIONS) await writeSection(tx, section);
        await writeJson(exportJson.end);
      },
      SNAPSHOT,
    )
      // Read in full: the snapshot is let go, and the files follow the JSON into the zip.
      .then(async () => {
        await Promise.all([...fileStreams.values()].map(closed));
        json.end();
      })
      .catch((error: unknown) => {
        for (const stream of fileStreams.values()) stream.destroy();
        if (answered) output.destroy(error instanceof Error ? error : new Error(String(error)));
        else {
          output.destroy();
          reject(error);
        }
      });
  });
};
