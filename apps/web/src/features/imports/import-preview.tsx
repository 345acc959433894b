import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { errorText, fieldErrorsOf } from '../../lib/field-errors.ts';
import { request } from '../../lib/request.ts';
import { FormError } from '../../ui/form-error.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { ColumnMapping } from './column-mapping.tsx';
import { commitInputOf, ImportOptionsFields, NO_OPTIONS } from './import-options.tsx';
import {
  CommitImportMutation,
  IMPORTS_KEY,
  ImportBatchQuery,
  type ImportBatchView,
  type ImportRowView,
} from './import-queries.ts';

const PAGE_SIZE = 50;
type Action = ImportRowView['action'];
const FILTERS: { action: Action | null; label: string }[] = [
  { action: null, label: 'All' },
  { action: 'CREATE', label: 'New' },
  { action: 'MERGE', label: 'Merges' },
  { action: 'REJECT', label: 'Rejected' },
];

const FIELD_NAMES: Record<string, string> = {
  name: 'name',
  emails: 'e-mail',
  phones: 'phone',
  tags: 'tag',
  company: 'company',
  role: 'role',
  profession: 'profession',
  location: 'location',
  notes: 'notes',
};

const changeText = (change: ImportRowView['changes'][number]) => {
  const field = FIELD_NAMES[change.field] ?? change.field;
  if (change.kind === 'ADD') return `adds ${field}: ${change.added.join(', ')}`;
  if (change.kind === 'FILL') return `fills ${field}: ${change.incoming}`;
  return `keeps ${field} “${change.current}” (the file has “${change.incoming}”)`;
};

const ActionCell = ({
  row,
  createNew,
  onCreateNew,
}: {
  row: ImportRowView;
  createNew: boolean;
  onCreateNew: (createNew: boolean) => void;
}) => {
  if (row.action === 'REJECT') {
    return (
      <div>
        <span className="badge badge-overdue">Rejected</span>
        <ul className="import-reasons">
          {row.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </div>
    );
  }
  if (row.action === 'CREATE') return <span className="badge badge-ok">New person</span>;
  return (
    <div>
      <span className="badge badge-due">Merge</span> into{' '}
      {row.mergeInto ? (
        <Link to="/people/$personId" params={{ personId: row.mergeInto.id }}>
          {row.mergeInto.name}
        </Link>
      ) : (
        'someone since deleted'
      )}{' '}
      <span className="muted">
        (same {row.matchedBy === 'EMAIL' ? 'e-mail' : 'name and company'})
      </span>
      {row.changes.length > 0 ? (
        <ul className="import-reasons">
          {row.changes.map((change) => (
            <li key={`${change.field}-${change.kind}`}>{changeText(change)}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nothing new to add.</p>
      )}
      <label className="import-choice">
        <select
          aria-label={`Row ${row.number}: merge or create`}
          value={createNew ? 'CREATE' : 'MERGE'}
          onChange={(event) => onCreateNew(event.target.value === 'CREATE')}
        >
          <option value="MERGE">Merge</option>
          <option value="CREATE">Create a new person instead</option>
        </select>
      </label>
    </div>
  );
};

const ImportedSummary = ({ batch }: { batch: ImportBatchView }) => (
  <div className="card" role="status">
    <h2>{batch.status === 'UNDONE' ? 'Import undone' : 'Imported'}</h2>
    <p>
      {batch.status === 'UNDONE'
        ? `This import was undone: the ${batch.createdCount} people it created were removed, and what it merged was taken out again.`
        : `${batch.createdCount} ${batch.createdCount === 1 ? 'person' : 'people'} created, ${batch.counts.merge} merged into people you had, ${batch.counts.reject} rejected.`}
    </p>
    <p>
      <Link to="/people">See your people</Link> ·{' '}
      <Link to="/people/import" search={{}}>
        Import another file
      </Link>
    </p>
  </div>
);

/** An uploaded file's preview: its columns, every row's plan, the choices, and the import. */
export const ImportPreview = ({ batchId }: { batchId: string }) => {
  const queryClient = useQueryClient();
  const [offset, setOffset] = useState(0);
  const [action, setAction] = useState<Action | null>(null);
  const [skipped, setSkipped] = useState<ReadonlySet<number>>(new Set());
  const [createNew, setCreateNew] = useState<ReadonlySet<number>>(new Set());
  const [options, setOptions] = useState(NO_OPTIONS);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const query = useQuery({
    queryKey: [...IMPORTS_KEY, batchId, offset, action],
    queryFn: () => request(ImportBatchQuery, { id: batchId, offset, limit: PAGE_SIZE, action }),
    placeholderData: keepPreviousData,
  });
  const commit = useMutation({
    mutationFn: async () =>
      (
        await request(CommitImportMutation, {
          id: batchId,
          input: {
            ...commitInputOf(options),
            skipRows: [...skipped],
            createNewRows: [...createNew],
          },
        })
      ).commitImport,
    onSuccess: async (result) => {
      if (result.__typename === 'ImportBatch') {
        setErrors({});
        setFormError(null);
        await queryClient.invalidateQueries({ queryKey: IMPORTS_KEY });
        await queryClient.invalidateQueries({ queryKey: ['people'] });
        return;
      }
      const fields = result.__typename === 'ValidationError' ? fieldErrorsOf(result) : {};
      setErrors(fields);
      setFormError(
        result.__typename === 'ValidationError'
          ? (result.issues ?? []).map((issue) => issue.message).join(' ')
          : result.message,
      );
    },
    onError: (caught) => setFormError(errorText(caught)),
  });

  const found = query.data?.importBatch;
  const toggle = (set: typeof setSkipped, number: number, on: boolean) =>
    set((prev) => {
      const next = new Set(prev);
      if (on) next.add(number);
      else next.delete(number);
      return next;
    });

  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()}>
      {found?.__typename === 'NotFoundError' ? (
        <div className="error-state" role="alert">
          <p>This import does not exist (any more).</p>
          <Link to="/people/import" search={{}}>
            Import a file
          </Link>
        </div>
      ) : null}
      {found?.__typename === 'ImportBatch' && found.status !== 'PREVIEW' ? (
        <ImportedSummary batch={found} />
      ) : null}
      {found?.__typename === 'ImportBatch' && found.status === 'PREVIEW' ? (
        <>
          {found.columns ? (
            <ColumnMapping
              key={found.columns.map((c) => c.field).join()}
              batchId={batchId}
              columns={found.columns}
            />
          ) : null}
          <section className="card" aria-labelledby="preview-title">
            <h2 id="preview-title">Preview of {found.fileName}</h2>
            <p aria-live="polite">
              <strong>{found.counts.create}</strong> new · <strong>{found.counts.merge}</strong> to
              merge · <strong>{found.counts.reject}</strong> rejected
              {skipped.size > 0 ? ` · ${skipped.size} unticked` : ''}
            </p>
            <fieldset className="toolbar import-filters">
              <legend className="visually-hidden">Show</legend>
              {FILTERS.map((filter) => (
                <button
                  key={filter.label}
                  type="button"
                  className="secondary button-small"
                  aria-pressed={action === filter.action}
                  onClick={() => {
                    setAction(filter.action);
                    setOffset(0);
                  }}
                >
                  {filter.label}
                </button>
              ))}
            </fieldset>
            {found.rows.nodes.length === 0 ? (
              <p className="muted">No rows here.</p>
            ) : (
              <div className="table-scroll">
                <table className="import-rows">
                  <thead>
                    <tr>
                      <th scope="col">Import</th>
                      <th scope="col">Row</th>
                      <th scope="col">Contact</th>
                      <th scope="col">What happens</th>
                    </tr>
                  </thead>
                  <tbody>
                    {found.rows.nodes.map((row) => (
                      <tr key={row.number} data-action={row.action}>
                        <td>
                          <input
                            type="checkbox"
                            aria-label={`Import row ${row.number}${row.name ? `, ${row.name}` : ''}`}
                            disabled={row.action === 'REJECT'}
                            checked={row.action !== 'REJECT' && !skipped.has(row.number)}
                            onChange={(event) =>
                              toggle(setSkipped, row.number, !event.target.checked)
                            }
                          />
                        </td>
                        <td>{row.number}</td>
                        <td>
                          <strong>{row.name || '(no name)'}</strong>
                          <div className="muted">
                            {[row.emails.join(', '), row.company, row.role]
                              .filter(Boolean)
                              .join(' · ')}
                          </div>
                        </td>
                        <td>
                          <ActionCell
                            row={row}
                            createNew={createNew.has(row.number)}
                            onCreateNew={(on) => toggle(setCreateNew, row.number, on)}
                          />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {found.rows.totalCount > PAGE_SIZE ? (
              <div className="toolbar">
                <button
                  type="button"
                  className="secondary button-small"
                  disabled={offset === 0}
                  onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
                >
                  Previous
                </button>
                <span className="muted">
                  Rows {offset + 1}–{Math.min(offset + PAGE_SIZE, found.rows.totalCount)} of{' '}
                  {found.rows.totalCount}
                </span>
                <button
                  type="button"
                  className="secondary button-small"
                  disabled={offset + PAGE_SIZE >= found.rows.totalCount}
                  onClick={() => setOffset(offset + PAGE_SIZE)}
                >
                  Next
                </button>
              </div>
            ) : null}
          </section>
          <form
            className="card"
            aria-label="Import"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              commit.mutate();
            }}
          >
            <FormError message={formError} />
            <ImportOptionsFields options={options} onChange={setOptions} errors={errors} />
            {commit.isPending ? (
              <div className="import-progress" role="status">
                <progress aria-label="Import progress" />
                <span>Importing… it all goes in at once, or nothing does.</span>
              </div>
            ) : null}
            <div className="form-actions">
              <button
                type="submit"
                disabled={commit.isPending || found.counts.create + found.counts.merge === 0}
              >
                {commit.isPending ? 'Importing…' : 'Import'}
              </button>
              <Link to="/people/import" search={{}}>
                Cancel
              </Link>
            </div>
          </form>
        </>
      ) : null}
    </QueryState>
  );
};
