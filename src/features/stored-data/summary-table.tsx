import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/i18n/format';
import { useDb } from '@/store/db-context';
import { storedDataQueries } from '@/store/stored-data.queries';
import { ErrorNotice } from '@/ui/error-notice';
import { useLocale } from '@/ui/use-labels';
import { useFormatSize } from './use-format-size';
import { ScrollRegion } from '@/ui/scroll-region';

/** Per kind of data: how many rows and about how large, plus the browser's own total when it gives one. */
export function SummaryTable() {
  const { t } = useTranslation();
  const db = useDb();
  const locale = useLocale();
  const formatSize = useFormatSize();
  const summary = useQuery(storedDataQueries.summary(db));
  if (summary.isError)
    return (
      <ErrorNotice
        title={t('common.error.title')}
        message={t('storedData.summary.error')}
        detail={summary.error.message}
        detailLabel={t('common.error.details')}
        action={
          <button type="button" onClick={() => void summary.refetch()}>
            {t('common.error.retry')}
          </button>
        }
      />
    );
  if (!summary.data) return <p role="status">{t('common.loading')}</p>;
  const { kinds, browserUsage } = summary.data;
  const total = kinds.reduce((sum, kind) => ({ count: sum.count + kind.count, bytes: sum.bytes + kind.bytes }), { count: 0, bytes: 0 });
  return (
    <section aria-labelledby="stored-summary-title" className="panel">
      <h2 id="stored-summary-title">{t('storedData.summary.title')}</h2>
      <ScrollRegion label={t('storedData.summary.caption')}>
        <table>
          <caption>{t('storedData.summary.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('storedData.summary.kindHeader')}</th>
              <th scope="col">{t('storedData.summary.countHeader')}</th>
              <th scope="col">{t('storedData.summary.sizeHeader')}</th>
            </tr>
          </thead>
          <tbody>
            {kinds.map((kind) => (
              <tr key={kind.kind}>
                <th scope="row">{t(`storedData.summary.kind.${kind.kind}`)}</th>
                <td>{formatNumber(locale, kind.count)}</td>
                <td>{formatSize(kind.bytes)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('storedData.summary.total')}</th>
              <td>{formatNumber(locale, total.count)}</td>
              <td>{formatSize(total.bytes)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      {browserUsage !== null ? <p>{t('storedData.summary.browserUsage', { size: formatSize(browserUsage) })}</p> : null}
    </section>
  );
}
