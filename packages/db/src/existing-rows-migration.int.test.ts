import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from './client.ts';
import { scratchDatabase } from './testing/scratch-database.ts';

/**
 * Rows written before the people search and touch cost migrations, migrated: people become
 * searchable, and costs get GBP (the only currency there was).
 */
const FIRST_NEW = '20261202004548_people_search';

type Database = {
  migrate: (folder: string) => Promise<void>;
  query: <T>(text: string) => Promise<T[]>;
  /** Several statements at once. */
  run: (text: string) => Promise<void>;
  close: () => Promise<void>;
};

const openDatabase = async (): Promise<Database> => {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const client = await PGlite.create('memory://', { extensions: { pg_trgm } });
    const db = drizzlePglite({ client });
    return {
      migrate: async (folder) => {
        await migratePglite(db, { migrationsFolder: folder });
      },
      query: async <T>(text: string) => (await client.query<T>(text)).rows,
      run: async (text) => {
        await client.exec(text);
      },
      close: () => client.close(),
    };
  }
  const scratch = await scratchDatabase(adminUrl, 'tend_migration');
  const client = new pg.Client({ connectionString: scratch.url });
  await client.connect();
  const db = drizzlePg({ client });
  return {
    migrate: async (folder) => {
      await migratePg(db, { migrationsFolder: folder });
    },
    query: async <T>(text: string) => (await client.query(text)).rows as T[],
    run: async (text) => {
      await client.query(text);
    },
    close: async () => {
      await client.end();
      await scratch.drop();
    },
  };
};

let database: Database;
let earlier: string;

beforeAll(async () => {
  earlier = mkdtempSync(join(tmpdir(), 'tend-migrations-'));
  for (const folder of readdirSync(MIGRATIONS_FOLDER).filter((name) => name < FIRST_NEW)) {
    cpSync(join(MIGRATIONS_FOLDER, folder), join(earlier, folder), { recursive: true });
  }
  database = await openDatabase();
});

afterAll(async () => {
  await database.close();
  rmSync(earlier, { recursive: true, force: true });
});

it('folds existing people for search and gives existing costs GBP', async () => {
  await database.migrate(earlier);
  await database.run(`
    insert into accounts (id, name) values ('00000000-0000-4000-8000-000000000001', 'Before');
    insert into people (id, account_id, name, company, tags) values
      ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001',
       'Zoe${'\u0301'} Dupont', 'Łódź Café', '{Économie}');
    insert into interactions (account_id, kind, occurred_at, cost) values
      ('00000000-0000-4000-8000-000000000001', 'CALL', '2026-11-01T10:00:00Z', 12.5),
      ('00000000-0000-4000-8000-000000000001', 'CALL', '2026-11-02T10:00:00Z', null);
  `);

  await database.migrate(MIGRATIONS_FOLDER);

  expect(await database.query('select search_text from people')).toEqual([
    { search_text: 'zoe dupont\nlodz cafe\n\neconomie' },
  ]);
  expect(
    await database.query(
      'select cost::text as cost, cost_currency from interactions order by occurred_at',
    ),
  ).toEqual([
    { cost: '12.50', cost_currency: 'GBP' },
    { cost: null, cost_currency: null },
  ]);
});
