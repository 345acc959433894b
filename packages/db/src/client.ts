import { AsyncLocalStorage } from 'node:async_hooks';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgAsyncDatabase, PgQueryResultHKT, PgTransactionConfig } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
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

/** Only the error's code and message: a connection's errors carry no statement or parameters. */
const logConnectionError = (error: Error & { code?: unknown }) => {
  const code = typeof error.code === 'string' ? ` (${error.code})` : '';
  console.error(`Database connection lost${code}: ${error.message}`);
};

/**
 * A pool whose lost connections cannot crash the process. pg emits 'error' on a client whose
 * backend went away (terminated, failover, restart): on the pool for an idle client, and on the
 * client itself while a request holds it; an 'error' with no listener ends the process. The
 * request's own query fails as well, and the pool drops the dead client, so the next request
 * connects afresh.
 */
const createPool = (databaseUrl: string, maxConnections: number) => {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: maxConnections,
    // A request waiting for a connection to a server that does not answer fails, not hangs.
    connectionTimeoutMillis: 5_000,
    // Finds connections silently dropped by the network (a NAT, a failed-over host).
    keepAlive: true,
  });
  pool.on('connect', (client) => {
    fuseBeginWithAccountSetup(client);
    let reported = false;
    // One line per connection: pg reports the termination, then the closed socket.
    client.on('error', (error) => {
      if (!reported) logConnectionError(error);
      reported = true;
    });
  });
  // Already reported by the client's own listener above.
  pool.on('error', () => {});
  return pool;
};

/**
 * The statement that makes a transaction the account's (see `withAccount`), while one is being
 * begun in this async context.
 */
const accountSetup = new AsyncLocalStorage<string>();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The statement that makes a transaction the account's: the app role, and the account set. */
export const accountSetupSql = (accountId: string) => {
  // Written into the statement, so it must be exactly a UUID.
  if (!UUID.test(accountId)) throw new Error('An account id is a UUID');
  return `select set_config('role', '${APP_ROLE}', true), set_config('tend.account_id', '${accountId}', true)`;
};

/**
 * On Postgres, a transaction's BEGIN and its account setup go as one simple query: one round
 * trip fewer for every request. drizzle sends BEGIN as a statement of its own, so the client
 * adds the setup of the transaction being begun (set by `withAccount`) to it.
 */
const fuseBeginWithAccountSetup = (client: pg.PoolClient) => {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => {
    const setup = accountSetup.getStore();
    const [config, ...rest] = args;
    const text = typeof config === 'string' ? config : (config as { text?: unknown })?.text;
    // A BEGIN may carry its isolation level and access mode ("begin isolation level …").
    if (setup && typeof text === 'string' && /^begin(\s|$)/.test(text)) {
      return query({ ...(config as object), text: `${text}; ${setup}` }, ...rest);
    }
    return query(...args);
  }) as typeof client.query;
};

/** drizzle databases whose pool fuses BEGIN with the account setup (Postgres, not PGlite). */
const fusedBegin = new WeakSet<object>();

/** Runs the migrations as `migrationUrl`'s login, which must own the tables (or create them). */
export const migratePostgres = async (migrationUrl: string): Promise<void> => {
  const client = new pg.Client({ connectionString: migrationUrl });
  // A connection lost mid-migration fails the query being run; unhandled, it also kills the
  // process before that failure can be reported.
  client.on('error', logConnectionError);
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await migratePg(drizzlePg({ client, relations }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
};

/**
 * The server's pool logs in with `databaseUrl`; migrations run first with `migrationUrl` (the
 * owner's login), by default the same URL for a single-login setup.
 */
export const connectPostgres = async (
  databaseUrl: string,
  options: { migrate?: boolean; migrationUrl?: string | undefined; maxConnections?: number } = {},
): Promise<DatabaseConnection> => {
  if (options.migrate !== false) await migratePostgres(options.migrationUrl ?? databaseUrl);
  const pool = createPool(databaseUrl, options.maxConnections ?? 10);
  const db = drizzlePg({ client: pool, relations });
  fusedBegin.add(db);
  return {
    db: db as unknown as Db,
    kind: 'postgres',
    location: redactUrl(databaseUrl),
    close: () => pool.end(),
  };
};

/**
 * The embedded database, not yet migrated: `dataDir` is a folder on disk or `memory://`;
 * `loadDataDir` starts it from a `dumpDataDir()` tarball rather than empty (the tests do).
 */
export const createPglite = (dataDir: string, options: { loadDataDir?: Blob } = {}) =>
  // PGlite loads only the extensions it is given; the migrations create pg_trgm (people search).
  PGlite.create(dataDir, { ...options, extensions: { pg_trgm } });

/** `dataDir` is a folder on disk, or `memory://` for a throw-away database. */
export const connectPglite = async (
  dataDir: string,
  options: { client?: PGlite } = {},
): Promise<DatabaseConnection> => {
  const client = options.client ?? (await createPglite(dataDir));
  const db = drizzlePglite({ client, relations });
  await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    location: dataDir,
    close: () => client.close(),
  };
};

/**
 * The embedded database in a folder, held by this process alone: PGlite has no locking of its
 * own, and two processes on one folder lose each other's writes. The lock goes with close().
 */
const connectPgliteDir = async (dataDir: string): Promise<DatabaseConnection> => {
  if (dataDir.startsWith('memory://')) return connectPglite(dataDir);
  const lock = lockDataDir(dataDir);
  try {
    const connection = await connectPglite(dataDir);
    return {
      ...connection,
      close: async () => {
        try {
          await connection.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
};

export const connectDatabase = (config: {
  databaseUrl?: string | undefined;
  migrationUrl?: string | undefined;
  dataDir: string;
}): Promise<DatabaseConnection> =>
  config.databaseUrl
    ? connectPostgres(config.databaseUrl, { migrationUrl: config.migrationUrl })
    : connectPgliteDir(config.dataDir);

/** The role requests run as: it cannot bypass row-level security (see the migrations). */
export const APP_ROLE = 'tend_app';

/**
 * Runs `work` in one transaction as the app role with the account set, so Postgres itself
 * hides every other account's rows, whatever the queries inside say. `config` sets the
 * transaction's isolation level and access mode (e.g. a consistent read-only snapshot).
 */
export const withAccount = async <T>(
  db: Db,
  accountId: string,
  work: (tx: Tx) => Promise<T>,
  config?: PgTransactionConfig,
): Promise<T> => {
  const setup = accountSetupSql(accountId);
  if (fusedBegin.has(db)) return accountSetup.run(setup, () => db.transaction(work, config));
  return db.transaction(async (tx) => {
    // Setting `role` locally is what SET LOCAL ROLE does.
    await tx.execute(sql.raw(setup));
    return work(tx);
  }, config);
};
