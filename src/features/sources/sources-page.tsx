import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isFileSource } from '@/ingest/file-import';
import { useSyncHub } from '@/ingest/sync-hub-context';
import { useDb } from '@/store/db-context';
import { sourceQueries } from '@/store/sources.queries';
import { ErrorNotice } from '@/ui/error-notice';
import { DataQualitySection } from './data-quality-section';
import { SourceCard } from './source-card';

/** For the ICT coordinator: every source's sync state, counts, rejections with reasons, sync now. */
export function SourcesPage() {
  const { t } = useTranslation();
  const db = useDb();
  const hub = useSyncHub();
  const overview = useQuery(sourceQueries.overview(db));
  return (
    <section aria-labelledby="sources-title">
      <h1 id="sources-title">{t('sources.title')}</h1>
      <p>{t('sources.intro')}</p>
      <p>
        <Link to="/bronnen/nieuw">{t('connectors.add')}</Link>
      </p>
      {overview.error ? (
        <ErrorNotice title={t('common.error.title')} message={overview.error.message} detailLabel={t('common.error.details')} />
      ) : null}
      {overview.isPending ? <p role="status">{t('common.loading')}</p> : null}
      {overview.data?.length === 0 ? <p>{t('sources.none')}</p> : null}
      {overview.data && overview.data.length > 1 ? (
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() => overview.data.forEach(({ source }) => !source.paused && !isFileSource(source) && hub.sync(source.id))}
          >
            {t('sources.syncAll')}
          </button>
        </p>
      ) : null}
      {overview.data?.map((item) => (
        <SourceCard key={item.source.id} overview={item} />
      ))}
      {overview.data && overview.data.length > 0 ? <DataQualitySection overview={overview.data} /> : null}
    </section>
  );
}
