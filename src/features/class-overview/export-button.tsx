import { useTranslation } from 'react-i18next';
import { toCsv } from '@/ui/csv';
import { formatPercent } from '@/i18n/format';
import { downloadText } from '@/ui/download';
import { useLocale } from '@/ui/use-labels';
import { sortGridRows, type GridColumn, type GridRow, type SortKey } from './mastery-table';

interface ExportButtonProps {
  readonly filename: string;
  readonly columns: readonly GridColumn[];
  /** The rows as shown: computed over the view's filters. */
  readonly rows: readonly GridRow[];
  /** The view's sort: the file lists the pupils in the order of the screen. */
  readonly sort: SortKey;
}

/** The table as CSV for a parent meeting or a team meeting: names and mastery, never pseudonyms; in the screen's order. */
export function ExportButton({ filename, columns, rows, sort }: ExportButtonProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const exportCsv = () => {
    const header = [t('classOverview.pupil'), ...columns.flatMap((column) => [column.label, `${column.label} (${t('classOverview.statusColumn')})`])];
    const body = sortGridRows(rows, sort, locale).map((row) => [
      row.name,
      ...columns.flatMap((column) => {
        const cell = row.cells[column.id];
        return [cell?.value == null ? null : formatPercent(locale, cell.value), cell?.label ?? t(`common.status.${cell?.status ?? 'not-started'}`)];
      }),
    ]);
    downloadText(`${filename}.csv`, toCsv([header, ...body]), 'text/csv;charset=utf-8');
  };
  return (
    <button type="button" className="secondary" onClick={exportCsv}>
      {t('classOverview.exportCsv')}
    </button>
  );
}
