import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatPercent, type Locale } from '@/i18n/format';
import { HeatCell } from '@/ui/heat-cell';
import type { MasteryStatusName } from '@/ui/status-colours';
import { SortableHeader, type SortDirection } from './sortable-header';

export interface GridColumn {
  readonly id: string;
  readonly label: string;
}

export interface GridCell {
  readonly value: number | null;
  readonly status: MasteryStatusName;
  /** Extra words for the cell's title, e.g. "3 van 5 doelen beheerst". */
  readonly note?: string;
  /** The cell's word when it is not a mastery status (e.g. a rubric level against its target). */
  readonly label?: string;
}

export interface GridRow {
  readonly key: number;
  readonly name: string;
  readonly cells: Readonly<Record<string, GridCell>>;
}

interface MasteryTableProps {
  readonly caption: string;
  readonly columns: readonly GridColumn[];
  readonly rows: readonly GridRow[];
}

type SortKey = { readonly by: 'name' | string; readonly direction: SortDirection };

function compareRows(sort: SortKey, locale: string) {
  const factor = sort.direction === 'ascending' ? 1 : -1;
  return (a: GridRow, b: GridRow) => {
    if (sort.by === 'name') return factor * a.name.localeCompare(b.name, locale, { numeric: true });
    const left = a.cells[sort.by]?.value ?? -1;
    const right = b.cells[sort.by]?.value ?? -1;
    return left === right ? a.name.localeCompare(b.name, locale, { numeric: true }) : factor * (left - right);
  };
}

/** Pupils x lines (or goals): a real table, sortable by any column with the keyboard. */
export function MasteryTable({ caption, columns, rows }: MasteryTableProps) {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'nl';
  const [sort, setSort] = useState<SortKey>({ by: 'name', direction: 'ascending' });
  const sorted = useMemo(() => [...rows].sort(compareRows(sort, locale)), [rows, sort, locale]);
  const toggle = (by: string) =>
    setSort((current) =>
      current.by === by
        ? { by, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { by, direction: by === 'name' ? 'ascending' : 'descending' },
    );
  return (
    <table className="mastery-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <SortableHeader label={t('classOverview.pupil')} active={sort.by === 'name'} direction={sort.direction} onSort={() => toggle('name')} />
          {columns.map((column) => (
            <SortableHeader
              key={column.id}
              label={column.label}
              active={sort.by === column.id}
              direction={sort.direction}
              onSort={() => toggle(column.id)}
            />
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              <Link to={`/leerling/${row.key}`} aria-label={t('classOverview.openPupil', { name: row.name })}>
                {row.name}
              </Link>
            </th>
            {columns.map((column) => {
              const cell = row.cells[column.id];
              const status = cell?.status ?? 'not-started';
              return (
                <td key={column.id} title={cell?.note}>
                  <HeatCell
                    status={status}
                    value={cell?.value == null ? null : formatPercent(locale, cell.value)}
                    label={cell?.label ?? (cell?.value == null ? t('classOverview.noEvidence') : t(`common.status.${status}`))}
                  />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
