import { importBatches } from '@tend/db';
import { invalid, parseColumnMapping } from '@tend/domain';
import { and, eq } from 'drizzle-orm';
import type { Scope } from '../scope.ts';
import { expectStatus, findImportBatch } from './find-import-batch.ts';
import { planBatch } from './plan-batch.ts';

/** Maps a previewed CSV file's columns to other fields, and plans its rows again. */
export const setImportMapping = async (
  { db, accountId, now }: Scope,
  batchId: string,
  rawMapping: unknown,
) =>
  db.transaction(async (tx) => {
    const batch = await findImportBatch(tx, accountId, batchId, { forUpdate: true });
    expectStatus(batch, 'PREVIEW');
    const { source } = batch;
    if (source?.format !== 'CSV') {
      throw invalid([{ path: ['mapping'], message: 'Only a CSV file has columns to map' }]);
    }
    const mapping = parseColumnMapping(rawMapping, source.headers.length);
    const { rows, counts } = await planBatch(tx, accountId, source, mapping);
    const [updated] = await tx
      .update(importBatches)
      .set({ mapping, rows, ...counts, updatedAt: now })
      .where(and(eq(importBatches.accountId, accountId), eq(importBatches.id, batch.id)))
      .returning();
    if (!updated) throw new Error('Update returned no import');
    return updated;
  });
