import { useTranslation } from 'react-i18next';
import type { SortDirection } from '@/domain/progress/sort-rows';

interface SortableHeaderProps {
  readonly label: string;
  readonly active: boolean;
  readonly direction: SortDirection;
  readonly onSort: () => void;
  readonly numeric?: boolean;
  /** In a grid: the cell's position ("row-col") and its roving tab index. */
  readonly cell?: string;
  readonly tabIndex?: number;
}

/** A column header whose button sorts the table; aria-sort tells screen readers the order. */
export function SortableHeader({ label, active, direction, onSort, numeric = false, cell, tabIndex }: SortableHeaderProps) {
  const { t } = useTranslation();
  return (
    <th scope="col" aria-sort={active ? direction : 'none'} className={numeric ? 'num' : undefined}>
      <button
        type="button"
        className="sort"
        onClick={onSort}
        data-cell={cell}
        tabIndex={tabIndex}
        aria-label={t('classOverview.sortBy', { column: label })}
      >
        {label}
        <span aria-hidden="true">{active ? (direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
      </button>
    </th>
  );
}
