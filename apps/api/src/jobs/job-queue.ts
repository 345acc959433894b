import type { DatabaseConnection, Db } from '@tend/db';
import { type Clock, fromPglite, type PGliteLike, PgBoss } from 'pg-boss';

/** pg-boss keeps its tables in a schema of its own, beside the app's (made by a migration). */
export const QUEUE_SCHEMA = 'pgboss';

/** Where pg-boss keeps its jobs: the app's Postgres database, or its PGlite instance. */
export type QueueDatabase = { connectionString: string } | { pglite: PGliteLike };

/** The PGlite instance under a drizzle database on PGlite (drizzle keeps it as `$client`). */
export const pgliteClientOf = (db: Db): PGliteLike => {
  const client = (db as unknown as { $client?: Partial<PGliteLike> }).$client;
  if (typeof client?.query !== 'function' || typeof client.exec !== 'function') {
    throw new Error('The database is not on PGlite');
  }
  return client as PGliteLike;
};

/** The same database the app uses, for pg-boss. */
export const queueDatabaseFor = (
  connection: Pick<DatabaseConnection, 'db' | 'kind'>,
  databaseUrl: string | undefined,
): QueueDatabase => {
  if (connection.kind === 'pglite') return { pglite: pgliteClientOf(connection.db) };
  if (!databaseUrl) throw new Error('A Postgres database needs its URL for the job queue');
  return { connectionString: databaseUrl };
};

/** A pg-boss instance on the app's database, with at most `maxConnections` of its own on Postgres. */
export const createQueueBoss = (queue: QueueDatabase, clock: Clock, maxConnections: number) =>
  new PgBoss({
    ...('pglite' in queue
      ? { db: fromPglite(queue.pglite), backend: 'pglite' as const }
      : { connectionString: queue.connectionString, max: maxConnections }),
    schema: QUEUE_SCHEMA,
    // A migration makes the schema, so the server's login needs no right to create schemas.
    createSchema: false,
    clock,
  });
