import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from './testing/fresh-database.ts';

/**
 * The same migrations must build the same schema on PGlite and on Postgres 15. Both runs
 * compare against one committed description, so a difference fails on whichever database differs.
 */
// As the admin: information_schema shows other logins only the columns they may use.
const describeSchema = async ({ adminDb: db }: TestDatabase): Promise<string> => {
  // Both drivers answer `{ rows }`; the shared database type leaves the result unknown.
  const query = async (statement: SQL) =>
    ((await db.execute(statement)) as { rows: Record<string, string>[] }).rows;
  const columns = await query(sql`
    select table_name, column_name, data_type, udt_name, is_nullable, coalesce(column_default, '') as column_default
    from information_schema.columns where table_schema = 'public'
    order by table_name, column_name`);
  const constraints = await query(sql`
    select conrelid::regclass::text as table_name, conname, pg_get_constraintdef(oid) as definition
    -- Postgres 18 (PGlite) lists NOT NULL as constraints; 15 does not. Columns already show nullability.
    from pg_constraint where connamespace = 'public'::regnamespace and contype <> 'n'
    order by 1, 2`);
  const indexes = await query(sql`
    select tablename, indexname, indexdef from pg_indexes where schemaname = 'public'
    order by 1, 2`);
  const security = await query(sql`
    select relname, relrowsecurity::text, relforcerowsecurity::text from pg_class
    where relnamespace = 'public'::regnamespace and relkind = 'r' order by 1`);
  const policies = await query(sql`
    select tablename, policyname, array_to_string(roles, ','), cmd, qual, coalesce(with_check, '')
    from pg_policies where schemaname = 'public' order by 1, 2`);
  const lines = (rows: Record<string, string>[]) =>
    rows.map((row) => Object.values(row).join(' | '));
  return [
    ...lines(columns),
    ...lines(constraints),
    ...lines(indexes),
    ...lines(security),
    ...lines(policies),
  ].join('\n');
};

let connection: TestDatabase;

beforeAll(async () => {
  connection = await freshDatabase('tend_schema');
});

afterAll(() => connection.close());

it('builds the committed schema', async () => {
  await expect(await describeSchema(connection)).toMatchFileSnapshot('./schema.snapshot.txt');
});
