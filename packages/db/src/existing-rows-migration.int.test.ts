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
 * searchable, costs get GBP (the only currency there was), and the week's list reasons become
 * the facts they state.
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

it('reads the week’s list reasons back as the facts they state', async () => {
  const lists = await openDatabase();
  try {
    await lists.migrate(earlier);
    // A list made on Friday 20 November at 10:00, its items' reasons as text. Ben was touched
    // after it was made (done from the list), Cleo never; Dee's cadence is the default one.
    const account = '00000000-0000-4000-8000-000000000011';
    const list = '00000000-0000-4000-8000-000000000012';
    const person = (n: number) => `00000000-0000-4000-8000-00000000002${n}`;
    await lists.run(`
      insert into accounts (id, name, timezone) values ('${account}', 'Lists', 'Europe/London');
      insert into people (id, account_id, name, created_at, last_depth_touch_at, cadence_mode, cadence_days) values
        ('${person(1)}', '${account}', 'Ana', '2026-01-01T00:00:00Z', '2026-09-24T00:00:00Z', 'CUSTOM', 30),
        ('${person(2)}', '${account}', 'Ben', '2026-01-01T00:00:00Z', '2026-11-21T09:00:00Z', 'CUSTOM', 30),
        ('${person(3)}', '${account}', 'Cleo', '2026-08-01T00:00:00Z', null, 'CUSTOM', 90),
        ('${person(4)}', '${account}', 'Dee', '2025-01-01T00:00:00Z', '2026-01-24T00:00:00Z', 'DEFAULT', null);
      insert into weekly_lists (id, account_id, week_starts_on, created_at) values
        ('${list}', '${account}', '2026-11-16', '2026-11-20T10:00:00Z');
      insert into weekly_list_items (account_id, weekly_list_id, person_id, position, reason) values
        ('${account}', '${list}', '${person(1)}', 0,
         '57 days since your last depth touch (cadence 30 days); readiness 60; knows a target buyer.'),
        ('${account}', '${list}', '${person(2)}', 1,
         '42 days since your last depth touch (cadence 30 days); readiness 0.'),
        ('${account}', '${list}', '${person(3)}', 2,
         'A tie worth reviving: 111 days since you added them, with no depth touch yet; readiness 0.'),
        ('${account}', '${list}', '${person(4)}', 3,
         'A tie worth reviving: 300 days since your last depth touch; readiness 20.');
    `);

    await lists.migrate(MIGRATIONS_FOLDER);

    expect(
      await lists.query(`
        select anchor_kind, to_char(anchor_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as anchor_at,
          cadence_days, readiness, knows_strength, dormant
        from weekly_list_items order by position`),
    ).toEqual([
      {
        anchor_kind: 'LAST_DEPTH_TOUCH',
        anchor_at: '2026-09-24T00:00',
        cadence_days: 30,
        readiness: 60,
        knows_strength: 'KNOWS_OF',
        dormant: false,
      },
      // 42 days before the list was made.
      {
        anchor_kind: 'LAST_DEPTH_TOUCH',
        anchor_at: '2026-10-09T10:00',
        cadence_days: 30,
        readiness: 0,
        knows_strength: null,
        dormant: false,
      },
      {
        anchor_kind: 'ADDED',
        anchor_at: '2026-08-01T00:00',
        cadence_days: 90,
        readiness: 0,
        knows_strength: null,
        dormant: true,
      },
      // Readiness 20: the account's middle cadence.
      {
        anchor_kind: 'LAST_DEPTH_TOUCH',
        anchor_at: '2026-01-24T00:00',
        cadence_days: 60,
        readiness: 20,
        knows_strength: null,
        dormant: true,
      },
    ]);
  } finally {
    await lists.close();
  }
});

it('moves a group’s yearly fee to the fee with its period', async () => {
  const groups = await openDatabase();
  const before = mkdtempSync(join(tmpdir(), 'tend-migrations-'));
  try {
    for (const folder of readdirSync(MIGRATIONS_FOLDER).filter(
      (name) => name < '20261202052453_group_costs',
    )) {
      cpSync(join(MIGRATIONS_FOLDER, folder), join(before, folder), { recursive: true });
    }
    await groups.migrate(before);
    const account = '00000000-0000-4000-8000-000000000031';
    await groups.run(`
      insert into accounts (id, name) values ('${account}', 'Groups');
      insert into groups (account_id, name, fee_per_year) values
        ('${account}', 'Breakfast', 1400.5), ('${account}', 'Free', null);
    `);

    await groups.migrate(MIGRATIONS_FOLDER);

    expect(
      await groups.query('select name, fee::text as fee, fee_period from groups order by name'),
    ).toEqual([
      { name: 'Breakfast', fee: '1400.50', fee_period: 'YEAR' },
      { name: 'Free', fee: null, fee_period: 'YEAR' },
    ]);
  } finally {
    await groups.close();
    rmSync(before, { recursive: true, force: true });
  }
});
