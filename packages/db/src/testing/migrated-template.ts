import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectPglite, createPglite, migratePostgres } from '../client.ts';
import {
  adminQuery,
  databaseUrl,
  dropWhenIdle,
  PGLITE_TEMPLATE_ENV,
  POSTGRES_TEMPLATE_ENV,
  uniqueDatabaseName,
  waitUntilIdle,
} from './fresh-database.ts';

/** PGlite: one migrated instance, its data directory dumped to a file each test file loads. */
const makePgliteTemplate = async () => {
  const folder = await mkdtemp(join(tmpdir(), 'tend-test-template-'));
  const client = await createPglite('memory://');
  try {
    await connectPglite('memory://', { client });
    // Uncompressed: a test file loads it a little faster than a gzipped one.
    const dump = await client.dumpDataDir('none');
    const file = join(folder, 'pgdata.tar');
    await writeFile(file, new Uint8Array(await dump.arrayBuffer()));
    process.env[PGLITE_TEMPLATE_ENV] = file;
  } finally {
    await client.close();
  }
  return async () => {
    delete process.env[PGLITE_TEMPLATE_ENV];
    await rm(folder, { recursive: true, force: true });
  };
};

/** Postgres: one migrated database, which each test file's CREATE DATABASE copies. */
const makePostgresTemplate = async (adminUrl: string) => {
  const name = uniqueDatabaseName('tend_template');
  await adminQuery(adminUrl, `create database ${name}`);
  try {
    await migratePostgres(databaseUrl(adminUrl, name));
    await waitUntilIdle(adminUrl, name);
  } catch (error) {
    await dropWhenIdle(adminUrl, name);
    throw error;
  }
  process.env[POSTGRES_TEMPLATE_ENV] = name;
  return async () => {
    delete process.env[POSTGRES_TEMPLATE_ENV];
    await dropWhenIdle(adminUrl, name);
  };
};

/**
 * Vitest global setup: migrates one database for the whole run, from the migrations in the work
 * tree at that moment, and names it in an environment variable the test workers inherit, so
 * freshDatabase() copies it instead of migrating one per test file (3–8 s each on PGlite).
 */
export const setup = async () => {
  // Each project that uses the database lists this setup; the first one in a run makes it.
  if (process.env[PGLITE_TEMPLATE_ENV] || process.env[POSTGRES_TEMPLATE_ENV]) return undefined;
  const adminUrl = process.env.DATABASE_URL;
  return adminUrl ? makePostgresTemplate(adminUrl) : makePgliteTemplate();
};
