import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgAsyncDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { type Relations, relations } from './relations.ts';

export type Db = PgAsyncDatabase<PgQueryResultHKT, Relations>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** A use case runs on the database or inside a caller's transaction alike. */
export type DbExecutor = Db | Tx;

export type DatabaseConnection = {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** Where the data lives, for the start-up message (never includes a password). */
  location: string;
  close: () => Promise<void>;
};

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));

// Serialises migrations when several API replicas start at once against one Postgres.
const MIGRATION_LOCK_KEY = 727_001;

const redactUrl = (url: string): string => {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
};

export const connectPostgres = async (
  databaseUrl: string,
  options: { migrate?: boolean; maxConnections?: number } = {},
): Promise<DatabaseConnection> => {
  if (options.migrate !== false) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      await migratePg(drizzlePg({ client, relations }), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
      await client.end();
    }
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.maxConnections ?? 10 });
  const db = drizzlePg({ client: pool, relations });
  return {
    db: db as unknown as Db,
    kind: 'postgres',
    location: redactUrl(databaseUrl),
    close: () => pool.end(),
  };
};

/** `dataDir` is a folder on disk, or `memory://` for a throw-away database. */
export const connectPglite = async (
  dataDir: string,
  options: { client?: PGlite } = {},
): Promise<DatabaseConnection> => {
  const client = options.client ?? (await PGlite.create(dataDir));
  const db = drizzlePglite({ client, relations });
  await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    location: dataDir,
    close: () => client.close(),
  };
};

export const connectDatabase = (config: {
  databaseUrl?: string | undefined;
  dataDir: string;
}): Promise<DatabaseConnection> =>
  config.databaseUrl ? connectPostgres(config.databaseUrl) : connectPglite(config.dataDir);

/** The role requests run as: it cannot bypass row-level security (see the migrations). */
export const APP_ROLE = 'tend_app';

/**
 * Runs `work` in one transaction as the app role with the account set, so Postgres itself
 * hides every other account's rows, whatever the queries inside say.
 */
export const withAccount = <T>(
  db: Db,
  accountId: string,
  work: (tx: Tx) => Promise<T>,
): Promise<T> =>
  db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local role ${APP_ROLE}`));
    await tx.execute(sql`select set_config('tend.account_id', ${accountId}, true)`);
    return work(tx);
  });
