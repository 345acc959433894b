import { type SQL, sql } from 'drizzle-orm';
import type { TestApi } from './harness.ts';

/**
 * An account's rows read straight from the database (as the connecting role, which row-level
 * security does not limit), for every table that holds account rows: found in
 * information_schema, so tables added later are covered without editing the tests.
 */

const rowsOf = async <T>(api: TestApi, statement: SQL): Promise<T[]> =>
  // Both drivers answer `{ rows }`; the shared database type leaves the result unknown.
  ((await api.db.execute(statement)) as { rows: T[] }).rows;

export type AccountTable = { name: string; hasId: boolean };

/** Every public table with an account_id column, by name, and whether it has an id column. */
export const accountTables = async (api: TestApi): Promise<AccountTable[]> => {
  const rows = await rowsOf<{ name: string; has_id: boolean }>(
    api,
    sql`
      select c.table_name as name,
        exists (
          select 1 from information_schema.columns i
          where i.table_schema = 'public' and i.table_name = c.table_name and i.column_name = 'id'
        ) as has_id
      from information_schema.columns c
      join information_schema.tables t
        on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and c.column_name = 'account_id'
        and t.table_type = 'BASE TABLE'
      order by c.table_name`,
  );
  if (rows.length === 0) throw new Error('No table has an account_id column');
  return rows.map((row) => ({ name: row.name, hasId: row.has_id }));
};

/** The account's own row in `accounts`, then its rows in each table, as a union of selects. */
const perTable = (tables: AccountTable[], accountId: string, columns: SQL): SQL =>
  sql.join(
    [
      sql`select 'accounts'::text as name, ${columns} from accounts t where t.id = ${accountId}`,
      ...tables.map(
        ({ name }) =>
          sql`select ${name}::text as name, ${columns} from ${sql.identifier(name)} t where t.account_id = ${accountId}`,
      ),
    ],
    sql` union all `,
  );

/** Every row of the account, per table, as JSON objects in a stable order. */
export const rowsOfAccount = async (
  api: TestApi,
  accountId: string,
  tables: AccountTable[],
): Promise<Record<string, unknown[]>> => {
  const rows = await rowsOf<{ name: string; content: unknown[] | string }>(
    api,
    perTable(
      tables,
      accountId,
      sql`coalesce(json_agg(to_jsonb(t) order by t::text), '[]'::json) as content`,
    ),
  );
  return Object.fromEntries(
    rows.map((row) => [
      row.name,
      typeof row.content === 'string' ? (JSON.parse(row.content) as unknown[]) : row.content,
    ]),
  );
};

export type Fingerprint = Record<string, { rows: number; hash: string }>;

/** Row count and a hash of the content of each table for the account: one cheap query. */
export const fingerprintOf = async (
  api: TestApi,
  accountId: string,
  tables: AccountTable[],
): Promise<Fingerprint> => {
  const rows = await rowsOf<{ name: string; rows: number | string; hash: string }>(
    api,
    perTable(
      tables,
      accountId,
      sql`count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\n' order by t::text), '')) as hash`,
    ),
  );
  return Object.fromEntries(
    rows.map((row) => [row.name, { rows: Number(row.rows), hash: row.hash }]),
  );
};

/** The ids of the account's rows (its own id under `accounts`), each with the table it is in. */
export const idsOfAccount = async (
  api: TestApi,
  accountId: string,
  tables: AccountTable[],
): Promise<Map<string, string>> => {
  const withIds = tables.filter((table) => table.hasId);
  const rows = await rowsOf<{ name: string; id: string }>(
    api,
    sql.join(
      [
        sql`select 'accounts'::text as name, t.id::text as id from accounts t where t.id = ${accountId}`,
        ...withIds.map(
          ({ name }) =>
            sql`select ${name}::text as name, t.id::text as id from ${sql.identifier(name)} t where t.account_id = ${accountId}`,
        ),
      ],
      sql` union all `,
    ),
  );
  return new Map(rows.map((row) => [row.id.toLowerCase(), row.name]));
};
