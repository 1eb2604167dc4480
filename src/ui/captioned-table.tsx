import type { ReactNode } from 'react';
import { ScrollRegion } from './scroll-region';

/** A column's heading; `num` right-aligns it, as its numbers are. */
export type Column = string | { readonly label: string; readonly num: true };

/** A table's header row: one column heading each. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, index) =>
          typeof column === 'string' ? (
            <th key={index} scope="col">
              {column}
            </th>
          ) : (
            <th key={index} scope="col" className="num">
              {column.label}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}

/** A table in its own scrolling region, named by its caption, with one heading per column; the rows are the children. */
export function CaptionedTable({ caption, columns, children }: { caption: string; columns: readonly Column[]; children: ReactNode }) {
  return (
    <ScrollRegion label={caption}>
      <table>
        <caption>{caption}</caption>
        <TableHead columns={columns} />
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}
