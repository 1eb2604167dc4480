import { useTranslation } from 'react-i18next';
import { lastSuccessOf, sourceFreshness } from '@/domain/quality/freshness';
import { formatDateTime, formatNumber } from '@/i18n/format';
import type { SourceOverview } from '@/store/sources.queries';
import { useNow } from '@/ui/clock-context';
import { useLocale } from '@/ui/use-labels';
import { ScrollRegion } from '@/ui/scroll-region';

/** Per source: its last successful sync, whether its data is stale at the view's clock, and its rejected records (linked to its card). */
export function FreshnessTable({ overview }: { overview: readonly SourceOverview[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const now = useNow();
  return (
    <ScrollRegion label={t('dataQuality.freshness.caption')}>
      <table>
        <caption>{t('dataQuality.freshness.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dataQuality.freshness.source')}</th>
            <th scope="col">{t('dataQuality.freshness.lastSuccess')}</th>
            <th scope="col">{t('dataQuality.freshness.state')}</th>
            <th scope="col">{t('dataQuality.freshness.rejected')}</th>
          </tr>
        </thead>
        <tbody>
          {overview.map(({ source, status, rejections }) => {
            const last = lastSuccessOf(status);
            const fresh = sourceFreshness(status, now);
            return (
              <tr key={source.id}>
                <th scope="row">{source.name}</th>
                <td>{last ? formatDateTime(locale, last) : t('dataQuality.freshness.never')}</td>
                <td>
                  {fresh.state === 'stale' ? (
                    <>
                      <span className="badge">{t('dataQuality.freshness.stale')}</span>{' '}
                      {t('dataQuality.freshness.staleHelp', {
                        days: formatNumber(locale, fresh.days ?? 0),
                        limit: formatNumber(locale, fresh.limitDays, fresh.limitDays % 1 === 0 ? 0 : 1),
                      })}
                    </>
                  ) : (
                    t(fresh.state === 'fresh' ? 'dataQuality.freshness.fresh' : 'dataQuality.freshness.neverState')
                  )}
                </td>
                <td>
                  {rejections.total > 0 ? (
                    <a href={`#bron-${source.id}`}>
                      {t('dataQuality.freshness.rejectedLink', { n: formatNumber(locale, rejections.total), name: source.name })}
                    </a>
                  ) : (
                    t('dataQuality.freshness.none')
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
