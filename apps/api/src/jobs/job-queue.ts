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

export type ScheduledJobOptions = {
  queue: QueueDatabase;
  clock: Clock;
  /** The queue's name; also what its errors are logged as. */
  name: string;
  /** When it runs, in UTC. */
  cron: string;
  /** A run stuck longer than this is failed, which frees the queue for the next one. */
  expireInSeconds: number;
  pollingIntervalSeconds: number;
  /** pg-boss's own connections, on Postgres. */
  maxConnections: number;
  /** Also once at start, so what fell due while no server ran is done now. */
  runAtStart: boolean;
  log: (message: string) => void;
  run: (signal: AbortSignal | undefined) => Promise<void>;
};

/**
 * A job run on a cron schedule through pg-boss on the app's database. pg-boss's cron sends one
 * job per occurrence across all replicas, and the 'stately' queue keeps at most one run waiting
 * and one running, so slow runs never pile up. `missed: 'once'` makes up one run for a gap with
 * no server up (a deploy across an occurrence).
 */
export const startScheduledJob = async (options: ScheduledJobOptions): Promise<PgBoss> => {
  const boss = createQueueBoss(options.queue, options.clock, options.maxConnections);
  boss.on('error', (error) => options.log(`Queue ${options.name}: ${error.message}`));
  await boss.start();
  const queueOptions = { retryLimit: 0, expireInSeconds: options.expireInSeconds };
  await boss.createQueue(options.name, { policy: 'stately', ...queueOptions });
  // Creating an existing queue changes nothing: its options are set again at every start.
  await boss.updateQueue(options.name, queueOptions);
  await boss.work(
    options.name,
    { pollingIntervalSeconds: options.pollingIntervalSeconds },
    ([job]) => options.run(job?.signal),
  );
  await boss.schedule(options.name, options.cron, null, { tz: 'UTC', missed: 'once' });
  // With a run already waiting, 'stately' drops this one.
  if (options.runAtStart) await boss.send(options.name, null);
  return boss;
};
