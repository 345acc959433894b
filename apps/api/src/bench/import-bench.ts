/**
 * `pnpm bench`: times importing a 10,000-row LinkedIn-style CSV file through the API on real
 * Postgres: the upload that reads and plans it (the preview), the first page of its preview,
 * the import in one transaction, and its undo, into an account of 10,000 people of whom 500
 * are in the file again (merges). The target is preview and import together within 5 s. Not
 * a test: it prints figures.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { IMPORT_FILE_NAME_HEADER } from '../routes/imports.ts';
import { CSRF_HEADER } from '../server.ts';
import { withBenchServer } from './bench-owner.ts';
import { seedNetwork } from './seed-network.ts';

const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const EXISTING = Number(process.env.BENCH_IMPORT_EXISTING ?? 10_000);
const TARGET_MS = 5_000;

/** LinkedIn's export: its notes, its header, and a row a connection; every 20th is known. */
const connectionsCsv = (rows: number) => {
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let row = 1; row <= rows; row += 1) {
    // seedNetwork's people are "Person <g>" of "Company <g % 997>".
    const known = row % 20 === 0 && row <= EXISTING;
    const [first, last, company] = known
      ? ['Person', String(row), `Company ${row % 997}`]
      : [`Zoë ${row}`, `Ünal-${row % 113}`, `"Firm ${row % 311}, Ltd"`];
    lines.push(
      `${first},${last},https://www.linkedin.com/in/c${row},${known ? '' : `c${row}@example.com`},${company},Director of Things,01 Dec 2026`,
    );
  }
  return `${lines.join('\n')}\n`;
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const main = async () => {
  return withBenchServer(
    'tend_import_bench',
    ADMIN_URL,
    async ({ database, url, cookie, accountId }) => {
      await seedNetwork(database.adminDb, accountId, EXISTING);
      await database.adminDb.execute(sql`analyze`);
      const csv = new TextEncoder().encode(connectionsCsv(ROWS));

      const call = async (query: string, variables: Record<string, unknown>) => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', cookie },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as { errors?: unknown; data?: unknown };
        if (response.status !== 200 || body.errors) throw new Error(JSON.stringify(body));
        return body.data as { result: Record<string, unknown> };
      };
      const timed = async <T>(work: () => Promise<T>) => {
        const started = performance.now();
        const result = await work();
        return { result, ms: performance.now() - started };
      };

      const preview = await timed(async () => {
        const response = await fetch(`${url}/imports`, {
          method: 'POST',
          headers: {
            'content-type': 'text/csv',
            [CSRF_HEADER]: '1',
            [IMPORT_FILE_NAME_HEADER]: 'Connections.csv',
            cookie,
          },
          body: csv,
        });
        const body = (await response.json()) as {
          importBatch?: { id: string; counts: Record<string, number> };
        };
        if (response.status !== 201 || !body.importBatch) throw new Error(JSON.stringify(body));
        return body.importBatch;
      });
      const { id } = preview.result;
      const page = await timed(() =>
        call(
          'query ($id: ID!) { result: importBatch(id: $id) { ... on ImportBatch { counts { create merge reject } columns { header field samples } rows(limit: 50) { totalCount nodes { number action name changes { field kind } mergeInto { id name } } } } } }',
          { id },
        ),
      );
      const commit = await timed(() =>
        call(
          'mutation ($id: ID!, $input: CommitImportInput) { result: commitImport(id: $id, input: $input) { __typename ... on ImportBatch { createdCount changedCount } ... on Error { message } } }',
          { id, input: { tag: 'LinkedIn', cadence: { mode: 'CUSTOM', days: 90 } } },
        ),
      );
      if (commit.result.result.__typename !== 'ImportBatch') {
        throw new Error(JSON.stringify(commit.result));
      }
      const undo = await timed(() =>
        call(
          'mutation ($id: ID!) { result: undoImport(id: $id) { __typename ... on ImportBatch { status } } }',
          { id },
        ),
      );

      const kb = Math.round(csv.length / 1024);
      console.log(
        `import bench: ${ROWS.toLocaleString('en-GB')} CSV rows (${kb} KB) into ${EXISTING.toLocaleString('en-GB')} people`,
      );
      console.log(`  planned: ${JSON.stringify(preview.result.counts)}`);
      console.log(`  preview (upload, read, plan, save): ${seconds(preview.ms)}`);
      console.log(`  first page of the preview:          ${seconds(page.ms)}`);
      console.log(
        `  import (one transaction):           ${seconds(commit.ms)}  ${JSON.stringify(commit.result.result)}`,
      );
      console.log(`  undo (one transaction):             ${seconds(undo.ms)}`);
      const total = preview.ms + commit.ms;
      console.log(
        `  preview + import: ${seconds(total)} (target ≤ ${seconds(TARGET_MS)}: ${total <= TARGET_MS ? 'met' : 'MISSED'})`,
      );
    },
  );
};

await main();
