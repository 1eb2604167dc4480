import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { schoolDay } from '@/domain/school-day';
import { useDb } from '@/store/db-context';
import { exportParts } from '@/store/stored-data.repo';
import { useNow } from '@/ui/clock-context';
import { downloadText } from '@/ui/download';
import { ErrorNotice } from '@/ui/error-notice';

/** "Alles exporteren (JSON)": every table as one JSON file, without connector credentials. */
export function ExportAll() {
  const { t } = useTranslation();
  const db = useDb();
  const now = useNow();
  const run = useMutation({
    // Built from parts so a large store never becomes one string.
    mutationFn: async () => downloadText(`leerzicht-export-${schoolDay(now)}.json`, await exportParts(db, now), 'application/json'),
  });
  return (
    <section aria-labelledby="stored-export-title" className="panel">
      <h2 id="stored-export-title">{t('storedData.exportAll.title')}</h2>
      <p>{t('storedData.exportAll.help')}</p>
      <button type="button" onClick={() => run.mutate()} disabled={run.isPending}>
        {t('storedData.exportAll.button')}
      </button>
      {run.error ? (
        <ErrorNotice
          title={t('common.error.title')}
          message={t('storedData.exportAll.failed')}
          detail={run.error.message}
          detailLabel={t('common.error.details')}
        />
      ) : null}
      {run.isSuccess ? <p role="status">{t('storedData.exportAll.done')}</p> : null}
    </section>
  );
}
