import { useTranslation } from 'react-i18next';
import type { Result } from '@/domain/model';
import { formatDate, formatPercent } from '@/i18n/format';
import { CaptionedTable, type Column } from '@/ui/captioned-table';
import { SupplierText } from '@/ui/supplier-text';
import { useLocale } from '@/ui/use-labels';

type PreviewRow = Pick<Result, 'id' | 'time' | 'code' | 'workForm' | 'score' | 'goals'>;

/** Results as Leerzicht would store them: when, the supplier's code, (with `goalsText`) its goals, the work form and the score. */
export function PreviewTable({
  caption,
  results,
  goalsText,
}: {
  caption: string;
  results: readonly PreviewRow[];
  goalsText?: (result: PreviewRow) => string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const columns: Column[] = [
    t('connectors.column.time'),
    t('connectors.column.code'),
    ...(goalsText ? [t('connectors.column.goals')] : []),
    t('connectors.column.workForm'),
    { label: t('connectors.column.score'), num: true },
  ];
  return (
    <CaptionedTable caption={caption} columns={columns}>
      {results.map((result) => (
        <tr key={result.id}>
          <td>{formatDate(locale, result.time)}</td>
          <td>
            <SupplierText value={result.code} max={40} />
          </td>
          {goalsText ? <td>{goalsText(result)}</td> : null}
          <td>{t(`common.workForm.${result.workForm}`)}</td>
          <td className="num">{result.score ? formatPercent(locale, result.score.scaled) : '–'}</td>
        </tr>
      ))}
    </CaptionedTable>
  );
}
