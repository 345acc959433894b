import { leastPrivilegeWarning, loginPrivileges, people, withAccount } from '@tend/db';
import { failureCodeOf } from '@tend/db/testing';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, TEST_PASSWORD, type TestApi } from './test/harness.ts';
import { clientFor } from './test/operations.ts';

const INSUFFICIENT_PRIVILEGE = '42501';

// PGlite has one user, who owns everything: least privilege is a Postgres deployment's concern.
describe.skipIf(!process.env.DATABASE_URL)('the server’s Postgres login', () => {
  let api: TestApi;
  let accountA: string;
  let accountB: string;

  const rowsAsServer = async <T>(statement: SQL): Promise<T[]> =>
    ((await api.serverDb.execute(statement)) as { rows: T[] }).rows;

  beforeAll(async () => {
    api = await startTestApi();
    accountA = await api.createAccount({ name: 'A' });
    accountB = await api.createAccount({ name: 'B' });
    await clientFor(api, accountA).addPerson('Ada of A');
    await clientFor(api, accountB).addPerson('Bob of B');
  });
  afterAll(() => api?.close());

  it('is no superuser and owns no table, so start-up prints no warning', async () => {
    const [role] = await rowsAsServer<{ rolsuper: boolean }>(
      sql`select rolsuper from pg_roles where rolname = current_user`,
    );
    expect(role).toEqual({ rolsuper: false });
    const owned = await rowsAsServer<{ tablename: string }>(
      sql`select tablename from pg_tables where tableowner = current_user and schemaname = 'public'`,
    );
    expect(owned).toEqual([]);
    expect(leastPrivilegeWarning(await loginPrivileges(api.serverDb))).toBeNull();
    // The admin's login is what a single-URL setup on a superuser looks like: it is named.
    expect(leastPrivilegeWarning(await loginPrivileges(api.db))).toMatch(
      /logs in to PostgreSQL as "\w+", which is a superuser.*"Running on PostgreSQL"/,
    );
  });

  it('cannot reset its role to read past row-level security', async () => {
    const afterReset = (statement: SQL) =>
      failureCodeOf(
        withAccount(api.serverDb, accountA, async (tx) => {
          await tx.execute(sql`reset role`);
          return tx.execute(statement);
        }),
      );
    expect(await afterReset(sql`select name from people`)).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await afterReset(sql`set role postgres`)).toBe(INSUFFICIENT_PRIVILEGE);
    // As the app role with an account set it sees that account alone.
    const seen = await withAccount(api.serverDb, accountA, (tx) =>
      tx.select({ name: people.name }).from(people),
    );
    expect(seen).toEqual([{ name: 'Ada of A' }]);
  });

  it('cannot drop or alter a table, or switch row-level security off', async () => {
    const attempts = [
      sql`drop table people`,
      sql`alter table people disable row level security`,
      sql`alter table people no force row level security`,
      sql`alter table accounts add column stolen text`,
      sql`drop policy account_isolation on sessions`,
      sql`create table public.planted (id int)`,
    ];
    const codes: (string | undefined)[] = [];
    for (const attempt of attempts) codes.push(await failureCodeOf(api.serverDb.execute(attempt)));
    expect(codes).toEqual(attempts.map(() => INSUFFICIENT_PRIVILEGE));
    // Inside an account's transaction, as the app role, no more.
    expect(
      await failureCodeOf(
        withAccount(api.serverDb, accountA, (tx) => tx.execute(sql`drop table people`)),
      ),
    ).toBe(INSUFFICIENT_PRIVILEGE);
  });

  it('serves sign-in, sessions and each account’s own data over HTTP', async () => {
    const signIn = await api.http('/auth/sign-in', {
      body: { email: 'user1@example.com', password: TEST_PASSWORD },
    });
    expect(signIn.status).toBe(200);
    const session = await api.http('/auth/session', { cookie: signIn.sessionCookie });
    expect(session.body).toMatchObject({ signedIn: true });
    const { nodes } = await clientFor(api, accountB).people();
    expect(nodes.map(({ name }) => name)).toEqual(['Bob of B']);
  });
});
