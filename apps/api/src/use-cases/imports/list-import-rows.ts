import type { DbExecutor, StoredImportRow } from '@tend/db';
import { importBatches, people } from '@tend/db';
import type { ImportAction } from '@tend/domain';
import { and, eq, sql } from 'drizzle-orm';

export const MAX_IMPORT_ROWS_PAGE = 200;

type PersonRow = typeof people.$inferSelect;

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/**
 * A page of an import's rows in file order, optionally of one action, read from the batch's
 * JSON in the database (a large file's rows are not all loaded for one page), with the people
 * the merges go into.
 */
export const listImportRows = async (
  db: DbExecutor,
  accountId: string,
  batchId: string,
  page: { offset: number; limit: number; action: ImportAction | null },
) => {
  const matching = sql`(${page.action}::text is null or r.value->>'action' = ${page.action}::text)`;
  const from = sql`${importBatches} b, jsonb_array_elements(b.rows) with ordinality as r(value, n)
    where b.account_id = ${accountId} and b.id = ${batchId} and ${matching}`;
  // One after the other: both run on the request's one transaction.
  const found = await db.execute(sql`select r.value as row from ${from} order by r.n
    offset ${page.offset} limit ${page.limit}`);
  const counted = await db.execute(sql`select count(*)::int as total from ${from}`);
  const rows = rowsOf<{ row: StoredImportRow | string }>(found).map(({ row }) =>
    typeof row === 'string' ? (JSON.parse(row) as StoredImportRow) : row,
  );
  const targetIds = [...new Set(rows.flatMap((row) => (row.mergeInto ? [row.mergeInto] : [])))];
  const targets: PersonRow[] =
    targetIds.length === 0
      ? []
      : await db
          .select()
          .from(people)
          .where(
            and(
              eq(people.accountId, accountId),
              sql`${people.id} = any(${sql.param(targetIds)}::uuid[])`,
            ),
          );
  const byId = new Map(targets.map((person) => [person.id, person]));
  return {
    totalCount: Number(rowsOf<{ total: number | string }>(counted)[0]?.total ?? 0),
    nodes: rows.map((row) => ({
      ...row,
      mergeIntoPerson: row.mergeInto ? (byId.get(row.mergeInto) ?? null) : null,
    })),
  };
};

/** A previewed CSV file's columns: each header, its field, and a few of its values. */
export const importColumns = async (db: DbExecutor, accountId: string, batchId: string) => {
  const [found] = rowsOf<{ headers: string[] | string | null; sample: string[][] | string | null }>(
    await db.execute(sql`select b.source->'headers' as headers,
      jsonb_path_query_array(b.source, '$.rows[0 to 4]') as sample
      from ${importBatches} b where b.account_id = ${accountId} and b.id = ${batchId}`),
  );
  const parsed = <T>(value: T | string | null | undefined): T | null =>
    typeof value === 'string' ? (JSON.parse(value) as T) : (value ?? null);
  return { headers: parsed(found?.headers), sample: parsed(found?.sample) ?? [] };
};
