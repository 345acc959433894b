import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAccount } from './client.ts';
import { accounts, people } from './schema/index.ts';
import { freshDatabase, type TestDatabase } from './testing/fresh-database.ts';

let connection: TestDatabase;
let accountA: string;
let accountB: string;

const rowsOf = async (statement: ReturnType<typeof sql>) =>
  // Both drivers answer `{ rows }`; the shared database type leaves the result unknown.
  // As the admin: information_schema shows other logins only the columns they may use.
  ((await connection.adminDb.execute(statement)) as { rows: Record<string, unknown>[] }).rows;

beforeAll(async () => {
  connection = await freshDatabase('tend_rls');
  const created = await connection.adminDb
    .insert(accounts)
    .values([{ name: 'A' }, { name: 'B' }])
    .returning({ id: accounts.id });
  accountA = created[0]?.id ?? '';
  accountB = created[1]?.id ?? '';
  await connection.adminDb.insert(people).values([
    { accountId: accountA, name: 'Alice of A' },
    { accountId: accountB, name: 'Bob of B' },
  ]);
});

afterAll(() => connection.close());

describe('row-level security', () => {
  it('is enabled and forced, with a policy, on every table that holds account rows', async () => {
    const tables = await rowsOf(sql`
      select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
        exists (select 1 from pg_policies p where p.tablename = c.relname) as has_policy,
        has_table_privilege('tend_app', c.oid, 'select') as app_can_read
      from pg_class c
      join information_schema.columns col on col.table_name = c.relname and col.column_name = 'account_id'
      where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
      order by 1`);
    expect(tables.length).toBeGreaterThanOrEqual(15);
    for (const table of tables) {
      // Sessions are read at sign-in before an account is known: enabled for the app, not forced.
      const forced = table.table !== 'sessions';
      expect(table).toEqual({
        table: table.table,
        enabled: true,
        forced,
        has_policy: true,
        app_can_read: true,
      });
    }
  });

  it('shows the app role only the account set for the transaction', async () => {
    const seen = await withAccount(connection.db, accountA, (tx) =>
      tx.select({ name: people.name }).from(people),
    );
    expect(seen).toEqual([{ name: 'Alice of A' }]);
    const viaRawSql = await withAccount(connection.db, accountB, (tx) =>
      tx.execute(sql`select name from people`),
    );
    expect((viaRawSql as { rows: unknown[] }).rows).toEqual([{ name: 'Bob of B' }]);
  });

  it('refuses to write a row into another account', async () => {
    await expect(
      withAccount(connection.db, accountA, (tx) =>
        tx.insert(people).values({ accountId: accountB, name: 'Intruder' }),
      ),
    ).rejects.toThrow();
    await expect(
      withAccount(connection.db, accountA, (tx) =>
        tx
          .update(people)
          .set({ name: 'Renamed' })
          .where(sql`true`)
          .returning({ name: people.name }),
      ),
    ).resolves.toEqual([{ name: 'Renamed' }]);
    const all = await connection.adminDb
      .select({ name: people.name })
      .from(people)
      .orderBy(people.name);
    expect(all).toEqual([{ name: 'Bob of B' }, { name: 'Renamed' }]);
  });

  it('shows nothing when no account is set', async () => {
    const seen = await connection.db.transaction(async (tx) => {
      await tx.execute(sql`set local role tend_app`);
      return tx.select().from(people);
    });
    expect(seen).toEqual([]);
  });
});

describe('an account transaction', () => {
  it('runs as the app role with the account set, to its end, and nothing of it outlives it', async () => {
    const inside = await withAccount(connection.db, accountA, async (tx) => {
      const first = await tx.execute(
        sql`select current_user as role, current_setting('tend.account_id') as account`,
      );
      await tx.select().from(people);
      const last = await tx.execute(sql`select current_user as role`);
      return [first, last].map((result) => (result as { rows: unknown[] }).rows[0]);
    });
    expect(inside).toEqual([{ role: 'tend_app', account: accountA }, { role: 'tend_app' }]);
    // The pool's connections are back to the server's login, with no account.
    const after = (await connection.db.execute(
      sql`select current_user as role, current_setting('tend.account_id', true) as account`,
    )) as { rows: { role: string; account: string | null }[] };
    expect(after.rows[0]?.role).not.toBe('tend_app');
    expect(after.rows[0]?.account ?? '').toBe('');
  });

  it('refuses an account id that is not a UUID, before anything is sent', async () => {
    await expect(
      withAccount(connection.db, "x', true); drop table people; --", async () => 1),
    ).rejects.toThrow('An account id is a UUID');
  });
});
