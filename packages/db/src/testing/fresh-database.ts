import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { connectPglite, connectPostgres, type DatabaseConnection } from '../client.ts';

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

/**
 * A migrated database of its own for one test file: an in-memory PGlite by default, or a new
 * database on the Postgres server named by DATABASE_URL, dropped again on close.
 */
export const freshDatabase = async (
  prefix = 'tend_test',
  adminUrl = process.env.DATABASE_URL,
): Promise<DatabaseConnection> => {
  if (!adminUrl) return connectPglite('memory://');
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const connection = await connectPostgres(url.toString(), { maxConnections: 5 });
  return {
    ...connection,
    close: async () => {
      await connection.close();
      await dropWhenIdle(adminUrl, name);
    },
  };
};
