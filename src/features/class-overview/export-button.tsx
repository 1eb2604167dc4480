import { useTranslation } from 'react-i18next';
import { toCsv } from '@/domain/csv';
import { formatPercent } from '@/i18n/format';
import { downloadText } from '@/ui/download';
import { useLocale } from '@/ui/use-labels';
import type { GridColumn, GridRow } from './mastery-table';

/** The table as CSV for a parent meeting or a team meeting: names and mastery, never pseudonyms. */
export function ExportButton({ filename, columns, rows }: { filename: string; columns: readonly GridColumn[]; rows: readonly GridRow[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const exportCsv = () => {
    const header = [t('classOverview.pupil'), ...columns.flatMap((column) => [column.label, `${column.label} (${t('classOverview.statusColumn')})`])];
    const body = rows.map((row) => [
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
