import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SourceId } from '@/domain/ids';
import { useSyncHub } from '@/ingest/sync-hub-context';
import { useSyncView } from '@/ingest/use-sync-view';
import { ADAPTER_ERROR_CODES } from '@/adapters/http/adapter-error';
import { ErrorNotice } from '@/ui/error-notice';
import { useLocale } from '@/ui/use-labels';
import { formatNumber } from '@/i18n/format';
import { SkippedLine } from './skipped-line';

const knownError = (code: string) => (ADAPTER_ERROR_CODES as readonly string[]).includes(code);

/** Sync now, a progress bar while it runs, cancel, and an actionable error with retry. */
export function SyncControls({ source, name, paused }: { source: SourceId; name: string; paused: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const hub = useSyncHub();
  const view = useSyncView(source);
  const actor = hub.actorFor(source);
  const n = (value: number) => formatNumber(locale, value);
  return (
    <div className="sync-controls">
      {view.state === 'syncing' ? (
        <>
          <progress
            aria-label={t('sources.progressLabel', { name })}
            max={view.total ?? undefined}
            value={view.total ? Math.min(view.fetched, view.total) : undefined}
          />{' '}
          <span role="status">
            {view.total
              ? t('sources.progressOf', { fetched: n(view.fetched), total: n(view.total), added: n(view.added) })
              : t('sources.progress', { fetched: n(view.fetched), added: n(view.added) })}
          </span>{' '}
          <button type="button" className="secondary" onClick={() => actor.send({ type: 'CANCEL' })} aria-label={t('sources.cancelFor', { name })}>
            {t('sources.cancel')}
          </button>
        </>
      ) : (
        <button type="button" onClick={() => actor.send({ type: 'SYNC' })} disabled={paused} aria-label={t('sources.syncNowFor', { name })}>
          {t('sources.syncNow')}
        </button>
      )}
      {view.state === 'done' ? (
        <div role="status">
          <p>{t('sources.finished', { name })}</p>
          <SkippedLine skipped={view.skipped} />
        </div>
      ) : null}
      {view.state === 'cancelled' ? <p role="status">{t('sources.cancelled', { name })}</p> : null}
      {view.state === 'failed' ? (
        <ErrorNotice
          title={t('sources.error.title', { name })}
          message={`${t(`sources.error.${knownError(view.code) ? (view.code as (typeof ADAPTER_ERROR_CODES)[number]) : 'unknown'}`, { name })} ${t('sources.error.kept')}`}
          detail={`${view.code}: ${view.detail}`}
          detailLabel={t('common.error.details')}
          action={
            <>
              {view.code === 'no-credentials' || view.code === 'credentials-moved' ? (
                <p>
                  <Link to={`/bronnen/${encodeURIComponent(source)}/bewerken`}>{t('sources.error.enterCredentials', { name })}</Link>
                </p>
              ) : null}
              <button type="button" onClick={() => actor.send({ type: 'RETRY' })}>
                {t('sources.retry')}
              </button>
            </>
          }
        />
      ) : null}
    </div>
  );
}
