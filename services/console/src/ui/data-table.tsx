import type { ReactNode } from 'react';
import { TableScroll } from './table-scroll';

export interface Column {
  readonly label: string;
  /** Right-aligned, for amounts and scores. */
  readonly numeric?: boolean;
}

interface DataTableProps {
  /** Names the table (its caption, for assistive technology) and its scroll box. */
  readonly label: string;
  readonly columns: readonly Column[];
  /** On a phone, each row becomes a card and each cell shows its column's name (cells carry `data-label`). */
  readonly stacked?: boolean;
  /** The rows: `<tr>`s whose first cell is usually a `<th scope="row">`. */
  readonly children: ReactNode;
}

/** A list as a table: named, with its column headers, in its own scroll box so the page never scrolls sideways. */
export function DataTable({ label, columns, stacked = false, children }: DataTableProps) {
  return (
    <TableScroll label={label}>
      <table className={stacked ? 'table--stack' : undefined}>
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={column.numeric ? 'number' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}
