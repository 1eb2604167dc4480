import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { REJECTION_CODES } from '@/domain/model';
import { formatDateTime, formatNumber } from '@/i18n/format';
import { useDb } from '@/store/db-context';
import { sourceQueries, type SourceOverview } from '@/store/sources.queries';
import { useLocale } from '@/ui/use-labels';
import { SupplierText } from '@/ui/supplier-text';
import { RejectionDetail } from '@/ui/rejection-detail';
import { ManageSource } from './manage-source';
import { RejectionExcerptView } from './rejection-excerpt';
import { RememberCredentials } from './remember-credentials';
import { SyncControls } from './sync-controls';
import { ReimportFiles } from './reimport-files';
import { ScopeLine } from './scope-line';
import { isFileSource } from '@/ingest/file-import';
import { FileForm } from './file-form';

/** One source: what it delivered, what was rejected and why, codes without a goal, and sync. */
export function SourceCard({ overview }: { overview: SourceOverview }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDb();
  const { source, status, stored, rejections, unmapped, lastResultAt } = overview;
  const latest = useQuery({ ...sourceQueries.rejections(db, source.id), enabled: rejections.total > 0 });
  const headingId = `bron-${source.id}`;
  return (
    <article className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{source.name}</h2>
      {source.paused ? <p className="badge">{t('sources.paused')}</p> : null}
      <dl className="facts">
        <dt>{t('sources.kind')}</dt>
        <dd>{t(`connectors.kind.${source.kind}`)}</dd>
        {isFileSource(source) ? (
          <>
            <dt>{t('sources.file.form')}</dt>
            <dd>
              <FileForm endpoint={source.endpoint} />
            </dd>
          </>
        ) : (
          <>
            <dt>{t('sources.endpoint')}</dt>
            <dd>{source.endpoint}</dd>
          </>
        )}
        <dt>{isFileSource(source) ? t('sources.file.lastImport') : t('sources.lastSync')}</dt>
        <dd>
          {status.lastSyncAt ? formatDateTime(locale, status.lastSyncAt) : t('sources.never')}
          {status.lastOutcome ? ` (${t(`sources.outcome.${status.lastOutcome}`)})` : ''}
        </dd>
        <dt>{t('sources.stored')}</dt>
        <dd>{formatNumber(locale, stored)}</dd>
        <dt>{t('sources.rejected')}</dt>
        <dd>{formatNumber(locale, rejections.total)}</dd>
        {lastResultAt ? (
          <>
            <dt>{t('sources.lastResult')}</dt>
            <dd>{formatDateTime(locale, lastResultAt)}</dd>
          </>
        ) : null}
        {source.scope ? (
          <>
            <dt>{t('sources.scope.label')}</dt>
            <dd>
              <ScopeLine scope={source.scope} />
            </dd>
          </>
        ) : null}
      </dl>
      {isFileSource(source) ? <ReimportFiles source={source} /> : <SyncControls source={source.id} name={source.name} paused={source.paused} />}
      {isFileSource(source) ? null : <RememberCredentials source={source.id} />}
      <ManageSource source={source} />
      {rejections.total > 0 ? (
        <>
          <h3>{t('sources.reasons')}</h3>
          <ul>
            {REJECTION_CODES.filter((code) => rejections.byCode[code]).map((code) => (
              <li key={code}>
                {t(`sources.reason.${code}`)}: {formatNumber(locale, rejections.byCode[code] ?? 0)}
              </li>
            ))}
          </ul>
          {latest.data && latest.data.length > 0 ? (
            <details>
              <summary>{t('sources.latestRejections')}</summary>
              <ul>
                {latest.data.map((rejection) => (
                  <li key={rejection.id}>
                    <SupplierText value={rejection.recordId ?? '?'} max={60} /> <RejectionDetail rejection={rejection} />{' '}
                    <RejectionExcerptView excerpt={rejection.excerpt} />
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : null}
      {unmapped.length > 0 ? (
        <>
          <h3 id={`${headingId}-unmapped`}>{t('sources.unmapped')}</h3>
          <p className="muted">{t('sources.unmappedHelp')}</p>
          <ul aria-labelledby={`${headingId}-unmapped`}>
            {unmapped.map(({ code, count }) => (
              <li key={code}>
                <SupplierText value={code} /> {t('sources.unmappedCount', { n: formatNumber(locale, count) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
