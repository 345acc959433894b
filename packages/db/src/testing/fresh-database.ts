import { randomUUID } from 'node:crypto';
import pg from 'pg';
import {
  connectPglite,
  connectPostgres,
  type DatabaseConnection,
  type Db,
  migratePostgres,
} from '../client.ts';

const adminQuery = async (adminUrl: string, statement: string) => {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
};

/**
 * The login of test servers on Postgres: a member of tend_server and nothing more, as a
 * deployment's login is (see the README), so tests run with the privileges production has.
 */
export const TEST_SERVER_LOGIN = 'tend_test_server';

/** Made once per Postgres server; test files starting in parallel may race to make it. */
const ensureServerLogin = (adminUrl: string) =>
  adminQuery(
    adminUrl,
    `DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${TEST_SERVER_LOGIN}') THEN
        CREATE ROLE ${TEST_SERVER_LOGIN} LOGIN PASSWORD '${TEST_SERVER_LOGIN}' IN ROLE tend_server;
      END IF;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$`,
  );

/**
 * Drops the database once the pool's connections have finished closing: forcing it while one
 * is still saying goodbye makes that client raise "terminating connection" in the test run.
 */
const dropWhenIdle = async (adminUrl: string, name: string) => {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const { rows } = await admin.query(
        'select count(*)::int as open from pg_stat_activity where datname = $1',
        [name],
      );
      if (rows[0]?.open === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await admin.query(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
};

export type TestDatabase = DatabaseConnection & {
  /**
   * The admin's login (on PGlite the same database): no row-level security and every privilege,
   * for setting tests up and looking at raw rows across accounts, never for the server.
   */
  adminDb: Db;
  /** The server's login to this database (Postgres only), e.g. for pg-boss. */
  serverUrl: string | undefined;
};

/**
 * A migrated database of its own for one test file: an in-memory PGlite by default, or a new
 * database on the Postgres server named by DATABASE_URL, dropped again on close. On Postgres it
 * is migrated as the admin and `db` logs in as TEST_SERVER_LOGIN.
 */
export const freshDatabase = async (
  prefix = 'tend_test',
  adminUrl = process.env.DATABASE_URL,
): Promise<TestDatabase> => {
  if (!adminUrl) {
    const connection = await connectPglite('memory://');
    return { ...connection, adminDb: connection.db, serverUrl: undefined };
  }
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const adminDbUrl = new URL(adminUrl);
  adminDbUrl.pathname = `/${name}`;
  await migratePostgres(adminDbUrl.toString());
  await ensureServerLogin(adminUrl);
  const serverUrl = new URL(adminDbUrl);
  serverUrl.username = TEST_SERVER_LOGIN;
  serverUrl.password = TEST_SERVER_LOGIN;
  const connection = await connectPostgres(serverUrl.toString(), {
    migrate: false,
    maxConnections: 5,
  });
  const admin = await connectPostgres(adminDbUrl.toString(), { migrate: false, maxConnections: 2 });
  return {
    ...connection,
    adminDb: admin.db,
    serverUrl: serverUrl.toString(),
    close: async () => {
      await Promise.all([connection.close(), admin.close()]);
      await dropWhenIdle(adminUrl, name);
    },
  };
};

/** The Postgres error code a query failed with (drizzle wraps the driver's error), or none. */
export const failureCodeOf = async (work: Promise<unknown>): Promise<string | undefined> => {
  try {
    await work;
    return undefined;
  } catch (error) {
    const { code, cause } = error as { code?: string; cause?: { code?: string } };
    return cause?.code ?? code;
  }
};
