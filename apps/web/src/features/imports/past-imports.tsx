import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { errorText } from '../../lib/field-errors.ts';
import { request } from '../../lib/request.ts';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { formatDate } from '../../ui/dates.ts';
import { FormError } from '../../ui/form-error.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import {
  DiscardImportPreviewMutation,
  IMPORTS_KEY,
  ImportBatchesQuery,
  UndoImportMutation,
} from './import-queries.ts';

const people = (count: number) => `${count} ${count === 1 ? 'person' : 'people'}`;

/** Every import of the account, latest first, each imported one with its undo. */
export const PastImports = () => {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: [...IMPORTS_KEY, 'list'],
    queryFn: () => request(ImportBatchesQuery),
  });
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const undo = useMutation({
    mutationFn: async (id: string) => (await request(UndoImportMutation, { id })).undoImport,
    onSuccess: async (result) => {
      if (result.__typename === 'ImportBatch') {
        setError(null);
        setMessage(
          `Import undone: removed ${people(result.createdCount)}, restored ${people(result.changedCount)}.`,
        );
      } else {
        setError(result.message);
      }
      await queryClient.invalidateQueries({ queryKey: IMPORTS_KEY });
      await queryClient.invalidateQueries({ queryKey: ['people'] });
    },
    onError: (caught) => setError(errorText(caught)),
  });
  const discard = useMutation({
    mutationFn: async (id: string) =>
      (await request(DiscardImportPreviewMutation, { id })).discardImportPreview,
    onSuccess: async (result) => {
      if (result.__typename === 'DiscardedImport') {
        setError(null);
        setMessage(`Preview of ${result.fileName} discarded: nothing of the file is kept.`);
      } else {
        setError(result.message);
      }
      await queryClient.invalidateQueries({ queryKey: IMPORTS_KEY });
    },
    onError: (caught) => setError(errorText(caught)),
  });
  const batches = query.data?.importBatches ?? [];
  return (
    <section className="card" aria-labelledby="past-imports-title">
      <h2 id="past-imports-title">Past imports</h2>
      <p className="form-success" role="status">
        {message}
      </p>
      <FormError message={error} />
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()}>
        {batches.length === 0 ? (
          <p className="muted">No imports yet.</p>
        ) : (
          <ul className="import-list">
            {batches.map((batch) => (
              <li key={batch.id}>
                <div>
                  <strong>{batch.fileName}</strong>{' '}
                  <span className="muted">
                    {formatDate(batch.importedAt ?? batch.createdAt)} ·{' '}
                    {batch.status === 'PREVIEW'
                      ? `previewed: ${batch.counts.create} to create, ${batch.counts.merge} to merge, ${batch.counts.reject} rejected`
                      : batch.status === 'IMPORTED'
                        ? `imported: ${people(batch.createdCount)} created, ${people(batch.changedCount)} updated`
                        : `undone ${batch.undoneAt ? formatDate(batch.undoneAt) : ''}`}
                  </span>
                </div>
                <div className="import-list-actions">
                  <Link to="/people/import" search={{ batch: batch.id }}>
                    {batch.status === 'PREVIEW' ? 'Open preview' : 'Details'}
                  </Link>
                  {batch.status === 'IMPORTED' ? (
                    <ConfirmAction
                      label="Undo"
                      accessibleName={`Undo the import of ${batch.fileName}`}
                      question={`Remove the ${people(batch.createdCount)} this import created and restore what it merged?`}
                      confirmLabel="Undo import"
                      pendingLabel="Undoing…"
                      pending={undo.isPending && undo.variables === batch.id}
                      onConfirm={() => undo.mutate(batch.id)}
                    />
                  ) : null}
                  {batch.status === 'PREVIEW' ? (
                    <ConfirmAction
                      label="Discard"
                      accessibleName={`Discard the preview of ${batch.fileName}`}
                      question="Delete this preview and the uploaded file? Nothing was imported from it."
                      confirmLabel="Discard preview"
                      pendingLabel="Discarding…"
                      pending={discard.isPending && discard.variables === batch.id}
                      onConfirm={() => discard.mutate(batch.id)}
                    />
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
};
