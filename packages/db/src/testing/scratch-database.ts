import pg from 'pg';
import { databaseUrl, uniqueDatabaseName } from './fresh-database.ts';

/** An empty database on the Postgres server for a test that runs the server itself against it. */
export type ScratchDatabase = {
  name: string;
  /** The admin URL with this database's name. */
  url: string;
  /** A query as the admin login, which sees every account's rows. */
  query: <T extends pg.QueryResultRow>(text: string, params?: unknown[]) => Promise<T[]>;
  /** Ends every other connection to it, as a failover or `pg_terminate_backend` would. */
  terminateBackends: () => Promise<number>;
  drop: () => Promise<void>;
};

export const scratchDatabase = async (
  adminUrl: string,
  prefix = 'tend_scratch',
): Promise<ScratchDatabase> => {
  const name = uniqueDatabaseName(prefix);
  const url = databaseUrl(adminUrl, name);
  // Connected to the admin database, so terminating the scratch one's backends spares it.
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  return {
    name,
    url,
    query: async (text, params) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query(text, params)).rows;
      } finally {
        await client.end();
      }
    },
    terminateBackends: async () => {
      const { rows } = await admin.query(
        `select count(*)::int as terminated from (
           select pg_terminate_backend(pid) from pg_stat_activity
           where datname = $1 and pid <> pg_backend_pid()
         ) killed`,
        [name],
      );
      return rows[0]?.terminated ?? 0;
    },
    drop: async () => {
      try {
        await admin.query(`drop database if exists ${name} with (force)`);
      } finally {
        await admin.end();
      }
    },
  };
};
