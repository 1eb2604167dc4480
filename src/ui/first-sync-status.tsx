import { useTranslation } from 'react-i18next';
import { useFirstSync } from './first-sync';

/**
 * While the demo's first sync runs, says so (with how far it is) where a page would otherwise say
 * "no groups yet": a newcomer waits instead of importing a roster. Else shows `otherwise`.
 */
export function FirstSyncStatus({ otherwise }: { otherwise: React.ReactNode }) {
  const { t } = useTranslation();
  const progress = useFirstSync();
  if (!progress) return <>{otherwise}</>;
  return (
    <div role="status" className="notice first-sync">
      <p>{progress.total > 0 ? t('shell.firstSync.progress', { done: progress.done, total: progress.total }) : t('shell.firstSync.starting')}</p>
      {progress.total > 0 ? <progress value={progress.done} max={progress.total} aria-label={t('shell.firstSync.label')} /> : null}
    </div>
  );
}
