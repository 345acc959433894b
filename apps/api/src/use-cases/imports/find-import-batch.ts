import type { DbExecutor } from '@tend/db';
import { importBatches } from '@tend/db';
import { invalid, isUuid, notFound } from '@tend/domain';
import { and, eq } from 'drizzle-orm';

export type ImportBatchRow = typeof importBatches.$inferSelect;

/** The account's import with this id, locked for the caller's transaction when `forUpdate`. */
export const findImportBatch = async (
  db: DbExecutor,
  accountId: string,
  batchId: string,
  options: { forUpdate?: boolean } = {},
): Promise<ImportBatchRow> => {
  if (!isUuid(batchId)) throw notFound('import', batchId);
  const query = db
    .select()
    .from(importBatches)
    .where(and(eq(importBatches.accountId, accountId), eq(importBatches.id, batchId)));
  const [batch] = await (options.forUpdate ? query.for('update') : query);
  if (!batch) throw notFound('import', batchId);
  return batch;
};

const STATUS_PROBLEMS: Record<ImportBatchRow['status'], string> = {
  PREVIEW: 'This file has not been imported yet.',
  IMPORTED: 'This file has been imported already; undo the import to change it.',
  UNDONE: 'This import was undone; upload the file again to import it.',
};

/** Refuses a batch that is not in `status`, saying what it is instead. */
export const expectStatus = (batch: ImportBatchRow, status: ImportBatchRow['status']) => {
  if (batch.status !== status)
    throw invalid([{ path: [], message: STATUS_PROBLEMS[batch.status] }]);
};
