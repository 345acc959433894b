import { type ReactNode, useState } from 'react';

/** Money sorts as [currency, amount]: amounts in two currencies are never compared as one. */
export type SortValue = string | number | readonly [string, number];

export type SortableColumn<Row> = {
  key: string;
  label: string;
  value: (row: Row) => SortValue;
  /** What the cell shows; the sort value as text when absent. */
  cell?: (row: Row) => ReactNode;
  /** The row's header cell (scope="row"), e.g. the name. */
  rowHeader?: boolean;
};

export const compareSortValues = (a: SortValue, b: SortValue): number => {
  if (Array.isArray(a) && Array.isArray(b)) {
    const [currencyA, amountA] = a as readonly [string, number];
    const [currencyB, amountB] = b as readonly [string, number];
    return currencyA === currencyB ? amountA - amountB : currencyA.localeCompare(currencyB);
  }
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
};

/**
 * A table whose column headers sort it (again: the other way), announced through aria-sort.
 * Ties keep the rows' given order.
 */
export const SortableTable = <Row,>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
  className,
}: {
  caption: ReactNode;
  columns: readonly SortableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  initialSort: { key: string; descending: boolean };
  className?: string;
}) => {
  const [sort, setSort] = useState(initialSort);
  const column = columns.find((c) => c.key === sort.key) ?? columns[0];
  const sorted = column
    ? [...rows].sort(
        (a, b) => compareSortValues(column.value(a), column.value(b)) * (sort.descending ? -1 : 1),
      )
    : rows;
  return (
    <div className="table-scroll">
      <table className={className ?? 'comparison'}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={
                  sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'
                }
              >
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    setSort({
                      key: c.key,
                      descending: sort.key === c.key ? !sort.descending : false,
                    })
                  }
                >
                  {c.label}
                  {sort.key === c.key ? (sort.descending ? ' ↓' : ' ↑') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => {
                const content = c.cell ? c.cell(row) : String(c.value(row));
                return c.rowHeader ? (
                  <th key={c.key} scope="row">
                    {content}
                  </th>
                ) : (
                  <td key={c.key}>{content}</td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
