import { importBatches } from '@tend/db';
import { guessColumnMapping, importFileName, readImportSource } from '@tend/domain';
import type { Scope } from '../scope.ts';
import { planBatch } from './plan-batch.ts';

/**
 * Reads an uploaded file and saves what importing it would do, to be previewed: nothing of
 * the account's people changes. A file that cannot be read saves nothing (ImportFileError).
 */
export const createImportPreview = async (
  { db, accountId, now }: Scope,
  file: { bytes: Uint8Array; fileName: string | null | undefined },
) => {
  const fileName = importFileName(file.fileName);
  const source = readImportSource(file.bytes, fileName);
  const mapping = source.format === 'CSV' ? guessColumnMapping(source.headers) : null;
  return db.transaction(async (tx) => {
    const { rows, counts } = await planBatch(tx, accountId, source, mapping);
    const [batch] = await tx
      .insert(importBatches)
      .values({
        accountId,
        fileName,
        format: source.format,
        source,
        mapping,
        rows,
        ...counts,
        createdAt: now,
        updatedAt: now,
      })
      .returning({
        id: importBatches.id,
        fileName: importBatches.fileName,
        format: importBatches.format,
        createCount: importBatches.createCount,
        mergeCount: importBatches.mergeCount,
        rejectCount: importBatches.rejectCount,
      });
    if (!batch) throw new Error('Insert returned no import');
    return batch;
  });
};
