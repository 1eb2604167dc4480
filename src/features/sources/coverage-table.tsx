import { useTranslation } from 'react-i18next';
import type { LineCoverage } from '@/domain/quality/coverage';
import type { LocalText } from '@/domain/model';
import { formatNumber } from '@/i18n/format';
import type { PupilWithRoster } from '@/store/school.queries';
import { useLocale, useLocalText, usePupilName } from '@/ui/use-labels';
import { CaptionedTable } from '@/ui/captioned-table';

interface CoverageTableProps {
  readonly caption: string;
  readonly coverage: readonly (LineCoverage & { readonly title: LocalText })[];
  readonly pupils: readonly PupilWithRoster[];
  readonly sourceName: (id: string) => string;
}

/** Per learning line: how many of the group's pupils have results, from which sources, and who has none ("geen gegevens", never 0%). */
export function CoverageTable({ caption, coverage, pupils, sourceName }: CoverageTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = useLocalText();
  const nameOf = usePupilName();
  const names = new Map(pupils.map(({ pupil, roster }) => [pupil.ref as string, nameOf(pupil, roster)]));
  return (
    <CaptionedTable
      caption={caption}
      columns={[
        t('dataQuality.coverage.line'),
        t('dataQuality.coverage.withData'),
        t('dataQuality.coverage.bySource'),
        t('dataQuality.coverage.without'),
      ]}
    >
      {coverage.map((item) => (
        <tr key={item.line}>
          <th scope="row">{text(item.title)}</th>
          <td>
            {item.withData === 0
              ? t('dataQuality.coverage.noData')
              : t('dataQuality.coverage.withDataValue', { n: formatNumber(locale, item.withData), total: formatNumber(locale, item.pupils) })}
          </td>
          <td>
            {item.bySource.size === 0
              ? t('dataQuality.coverage.nobody')
              : [...item.bySource]
                  .sort((a, b) => b[1] - a[1] || sourceName(a[0]).localeCompare(sourceName(b[0])))
                  .map(([source, n]) => t('dataQuality.coverage.sourceCount', { name: sourceName(source), n: formatNumber(locale, n) }))
                  .join(', ')}
          </td>
          <td>
            {item.withData === 0
              ? t('dataQuality.coverage.allWithout')
              : item.without.length === 0
                ? t('dataQuality.coverage.nobody')
                : item.without.map((ref) => `${names.get(ref) ?? ref}: ${t('dataQuality.coverage.noData')}`).join(', ')}
          </td>
        </tr>
      ))}
    </CaptionedTable>
  );
}
