import { importBatches } from '@tend/db';
import { and, eq } from 'drizzle-orm';
import type { Scope } from '../scope.ts';
import { expectStatus, findImportBatch } from './find-import-batch.ts';

/**
 * Deletes a preview that will not be imported, with the file it keeps: an upload is not a copy of
 * someone's address book left on the server. Imported ones stay, for their undo.
 */
export const discardImportPreview = async ({ db, accountId }: Scope, batchId: string) =>
  db.transaction(async (tx) => {
    const batch = await findImportBatch(tx, accountId, batchId, { forUpdate: true });
    expectStatus(batch, 'PREVIEW');
    await tx
      .delete(importBatches)
      .where(and(eq(importBatches.accountId, accountId), eq(importBatches.id, batch.id)));
    return { id: batch.id, fileName: batch.fileName };
  });
