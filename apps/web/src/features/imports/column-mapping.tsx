import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorText } from '../../lib/field-errors.ts';
import { request } from '../../lib/request.ts';
import { FormError } from '../../ui/form-error.tsx';
import { IMPORTS_KEY, type ImportBatchView, SetImportMappingMutation } from './import-queries.ts';

type Field = NonNullable<NonNullable<ImportBatchView['columns']>[number]['field']>;

const FIELD_LABELS: Record<Field, string> = {
  NAME: 'Name',
  FIRST_NAME: 'First name',
  MIDDLE_NAME: 'Middle name',
  LAST_NAME: 'Last name',
  EMAIL: 'E-mail',
  PHONE: 'Phone',
  COMPANY: 'Company',
  ROLE: 'Role',
  PROFESSION: 'Profession',
  LOCATION: 'Location',
  NOTES: 'Notes',
  TAGS: 'Tags',
};
const FIELDS = Object.keys(FIELD_LABELS) as Field[];

/** A CSV file's columns, each with the field Tend guessed; a column left out is not kept. */
export const ColumnMapping = ({
  batchId,
  columns,
}: {
  batchId: string;
  columns: NonNullable<ImportBatchView['columns']>;
}) => {
  const queryClient = useQueryClient();
  const [mapping, setMapping] = useState<(Field | null)[]>(() => columns.map((c) => c.field));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const changed = mapping.some((field, index) => field !== columns[index]?.field);

  const apply = async () => {
    setSaving(true);
    setError(null);
    try {
      const result = (await request(SetImportMappingMutation, { id: batchId, mapping }))
        .setImportMapping;
      if (result.__typename === 'ImportBatch') {
        await queryClient.invalidateQueries({ queryKey: IMPORTS_KEY });
      } else {
        setError(
          result.__typename === 'ValidationError'
            ? (result.issues ?? []).map((issue) => issue.message).join(' ')
            : result.message,
        );
      }
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card" aria-labelledby="mapping-title">
      <h2 id="mapping-title">Columns</h2>
      <p className="muted">
        Tend guessed what each column holds. Columns set to “Not imported” are dropped: nothing of
        them is kept.
      </p>
      <FormError message={error} />
      <div className="table-scroll">
        <table className="import-columns">
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">First values</th>
              <th scope="col">Imported as</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column, index) => (
              <tr key={column.index}>
                <th scope="row">{column.header}</th>
                <td className="muted">{column.samples.slice(0, 3).join(' · ') || '—'}</td>
                <td>
                  <select
                    aria-label={`Import “${column.header}” as`}
                    value={mapping[index] ?? ''}
                    onChange={(event) => {
                      const value = FIELDS.find((field) => field === event.target.value) ?? null;
                      setMapping((prev) => prev.map((f, i) => (i === index ? value : f)));
                    }}
                  >
                    <option value="">Not imported</option>
                    {FIELDS.map((field) => (
                      <option key={field} value={field}>
                        {FIELD_LABELS[field]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <button type="button" disabled={!changed || saving} onClick={apply}>
          {saving ? 'Planning again…' : 'Apply these columns'}
        </button>
      </div>
    </section>
  );
};
