import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import {
  connectPglite,
  connectPostgres,
  createPglite,
  type DatabaseConnection,
  type Db,
  migratePostgres,
} from '../client.ts';

/**
 * Set by the test run's global setup (migrated-template.ts) to the database it migrated once for
 * the whole run, which each test file copies rather than migrating its own: on PGlite a file with
 * the dump of its data directory, on Postgres a database on DATABASE_URL's server.
 */
export const PGLITE_TEMPLATE_ENV = 'TEND_TEST_PGLITE_TEMPLATE';
export const POSTGRES_TEMPLATE_ENV = 'TEND_TEST_POSTGRES_TEMPLATE';

export const uniqueDatabaseName = (prefix: string) =>
  `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;

/** `adminUrl` with another database's name. */
export const databaseUrl = (adminUrl: string, name: string) => {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

const withAdmin = async <T>(adminUrl: string, work: (admin: pg.Client) => Promise<T>) => {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
};

export const adminQuery = (adminUrl: string, statement: string) =>
  withAdmin(adminUrl, async (admin) => {
    await admin.query(statement);
  });

/** Waits (up to 5 s) until no connection to the database is left: `end()` returns before it has. */
const untilIdle = async (admin: pg.Client, name: string) => {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const { rows } = await admin.query(
      'select count(*)::int as open from pg_stat_activity where datname = $1',
      [name],
    );
    if (rows[0]?.open === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/** CREATE DATABASE … TEMPLATE refuses to copy a database anyone is connected to. */
export const waitUntilIdle = (adminUrl: string, name: string) =>
  withAdmin(adminUrl, (admin) => untilIdle(admin, name));

/**
 * Drops the database once the pool's connections have finished closing: forcing it while one
 * is still saying goodbye makes that client raise "terminating connection" in the test run.
 */
export const dropWhenIdle = (adminUrl: string, name: string) =>
  withAdmin(adminUrl, async (admin) => {
    await untilIdle(admin, name);
    await admin.query(`drop database if exists ${name} with (force)`);
  });

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

/** An in-memory PGlite, from the run's migrated template when there is one. */
const freshPglite = async () => {
  const template = process.env[PGLITE_TEMPLATE_ENV];
  const client = template
    ? await createPglite('memory://', { loadDataDir: new Blob([await readFile(template)]) })
    : undefined;
  // On a copy of the template this only checks that no migration is new since it was made.
  return connectPglite('memory://', { client });
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
    const connection = await freshPglite();
    return { ...connection, adminDb: connection.db, serverUrl: undefined };
  }
  const name = uniqueDatabaseName(prefix);
  // The run's template was made on DATABASE_URL's server; another server gets migrated here.
  const template = adminUrl === process.env.DATABASE_URL && process.env[POSTGRES_TEMPLATE_ENV];
  await adminQuery(adminUrl, `create database ${name}${template ? ` template ${template}` : ''}`);
  const adminDbUrl = databaseUrl(adminUrl, name);
  // On a copy of the template this only checks that no migration is new since it was made.
  await migratePostgres(adminDbUrl);
  await ensureServerLogin(adminUrl);
  const serverUrl = new URL(adminDbUrl);
  serverUrl.username = TEST_SERVER_LOGIN;
  serverUrl.password = TEST_SERVER_LOGIN;
  const connection = await connectPostgres(serverUrl.toString(), {
    migrate: false,
    maxConnections: 5,
  });
  const admin = await connectPostgres(adminDbUrl, { migrate: false, maxConnections: 2 });
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
