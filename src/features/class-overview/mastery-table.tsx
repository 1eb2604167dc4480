import { memo, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { useCarriedHref } from '@/ui/use-view-filters';
import { useTranslation } from 'react-i18next';
import { formatPercent, type Locale } from '@/i18n/format';
import { sortRows, type SortDirection } from '@/domain/progress/sort-rows';
import { HeatCell } from '@/ui/heat-cell';
import type { MasteryStatusName } from '@/ui/status-colours';
import { moveInGrid, type GridPosition } from '@/ui/grid-navigation';
import { CellPopover, type CellDetail } from './cell-popover';
import { SortableHeader } from './sortable-header';
import { ScrollRegion } from '@/ui/scroll-region';

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
  /** What Enter on the cell shows: the results behind it. */
  readonly detail?: CellDetail;
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
  /** The sort, kept by the page (in the address). */
  readonly sort: SortKey;
  readonly onSort: (sort: SortKey) => void;
}

export type SortKey = { readonly by: 'name' | string; readonly direction: SortDirection };

const nameOf = (row: GridRow) => row.name;
const cellValue = (row: GridRow, column: string) => row.cells[column]?.value ?? null;

/** The rows in the order of the screen (the CSV export uses the same order). */
export const sortGridRows = (rows: readonly GridRow[], sort: SortKey, locale: string): readonly GridRow[] =>
  sortRows(rows, sort.by, sort.direction, nameOf, cellValue, locale);

/** The next sort when a column's button is pressed: the same column flips, another starts (names A-Z, values high first). */
export const nextSort = (current: SortKey, by: string): SortKey =>
  current.by === by
    ? { by, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
    : { by, direction: by === 'name' ? 'ascending' : 'descending' };

/**
 * Pupils x lines (or goals) as a WAI-ARIA grid: one tab stop, the arrow keys, Home/End and
 * Ctrl+Home/Ctrl+End move between cells; Enter on a cell opens what it rests on, Escape closes it.
 * Memo: drawn again only when its rows, columns, sort or caption change (the page keeps them while its other parts load).
 */
export const MasteryTable = memo(function MasteryTable({ caption, columns, rows, sort, onSort }: MasteryTableProps) {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'nl';
  // A pupil's profile keeps this view's group, filters and line (for the way back).
  const hrefTo = useCarriedHref();
  const sorted = useMemo(() => sortGridRows(rows, sort, locale), [rows, sort, locale]);
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const [open, setOpen] = useState<GridPosition | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const focusCell = (at: GridPosition) => table.current?.querySelector<HTMLElement>(`[data-cell="${at.row}-${at.col}"]`)?.focus();
  const tabIndex = (row: number, col: number) => (active.row === row && active.col === col ? 0 : -1);
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const next = moveInGrid(active, event.key, event.ctrlKey || event.metaKey, sorted.length + 1, columns.length + 1);
    if (next) {
      event.preventDefault();
      setActive(next);
      focusCell(next);
    } else if (event.key === 'Enter' && active.row > 0 && active.col > 0 && (event.target as HTMLElement).tagName === 'TD') {
      event.preventDefault();
      setOpen(active);
    }
  };
  const openRow = open ? sorted[open.row - 1] : undefined;
  const openColumn = open ? columns[open.col - 1] : undefined;
  const closePopover = () => {
    const at = open;
    setOpen(null);
    if (at) requestAnimationFrame(() => focusCell(at));
  };
  return (
    <>
      <ScrollRegion label={caption} focusable={false}>
        <table
          className="mastery-table"
          role="grid"
          ref={table}
          onKeyDown={onKeyDown}
          onFocus={(event) => {
            const at = (event.target as HTMLElement).dataset.cell?.split('-').map(Number);
            if (at && at.length === 2) setActive({ row: at[0] ?? 0, col: at[1] ?? 0 });
          }}
        >
          <caption>{caption}</caption>
          <thead>
            <tr>
              <SortableHeader
                label={t('classOverview.pupil')}
                active={sort.by === 'name'}
                direction={sort.direction}
                onSort={() => onSort(nextSort(sort, 'name'))}
                cell="0-0"
                tabIndex={tabIndex(0, 0)}
              />
              {columns.map((column, index) => (
                <SortableHeader
                  key={column.id}
                  label={column.label}
                  active={sort.by === column.id}
                  direction={sort.direction}
                  onSort={() => onSort(nextSort(sort, column.id))}
                  cell={`0-${index + 1}`}
                  tabIndex={tabIndex(0, index + 1)}
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row, rowIndex) => (
              <tr key={row.key}>
                <th scope="row">
                  <Link
                    to={hrefTo(`/leerling/${row.key}`)}
                    aria-label={t('classOverview.openPupil', { name: row.name })}
                    data-cell={`${rowIndex + 1}-0`}
                    tabIndex={tabIndex(rowIndex + 1, 0)}
                  >
                    {row.name}
                  </Link>
                </th>
                {columns.map((column, colIndex) => {
                  const cell = row.cells[column.id];
                  const status = cell?.status ?? 'not-started';
                  return (
                    <td
                      key={column.id}
                      role="gridcell"
                      title={cell?.note}
                      data-cell={`${rowIndex + 1}-${colIndex + 1}`}
                      tabIndex={tabIndex(rowIndex + 1, colIndex + 1)}
                      aria-haspopup={cell?.detail ? 'dialog' : undefined}
                    >
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
      </ScrollRegion>
      {openRow && openColumn ? (
        <CellPopover pupil={openRow.name} column={openColumn.label} detail={openRow.cells[openColumn.id]?.detail ?? null} onClose={closePopover} />
      ) : null}
    </>
  );
});
