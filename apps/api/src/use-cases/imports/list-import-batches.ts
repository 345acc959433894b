import type { DbExecutor } from '@tend/db';
import { importBatches } from '@tend/db';
import { desc, eq, getColumns } from 'drizzle-orm';

// A list of imports shows none of their files or rows: those are read one batch at a time.
const { source: _source, rows: _rows, ...listedColumns } = getColumns(importBatches);

/** The account's latest imports, newest first. */
export const listImportBatches = (db: DbExecutor, accountId: string) =>
  db
    .select(listedColumns)
    .from(importBatches)
    .where(eq(importBatches.accountId, accountId))
    .orderBy(desc(importBatches.createdAt), desc(importBatches.id))
    .limit(100);
