import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { forgetFileSettings } from '@/ingest/connector-actions';
import type { Source } from '@/domain/source';
import { clearCredentials } from '@/store/credentials.memory';
import { forgetRememberedCredentials } from '@/store/credentials.sealed';
import { useDb } from '@/store/db-context';
import { removeSource, setPaused } from '@/store/sources.repo';
import { ExportMapping } from './export-mapping';

/** Pause or resume a connector, or remove it after asking what happens to its data. */
export function ManageSource({ source }: { source: Source }) {
  const { t } = useTranslation();
  const db = useDb();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const done = () => queryClient.invalidateQueries();
  const pause = useMutation({ mutationFn: () => setPaused(db, source.id, !source.paused), onSuccess: done });
  const remove = useMutation({
    mutationFn: async (keepData: boolean) => {
      await removeSource(db, source.id, { keepData });
      clearCredentials(source.id);
      await forgetRememberedCredentials(db, source.id);
      await forgetFileSettings(db, source.id);
    },
    onSuccess: done,
  });
  return (
    <div className="toolbar">
      <Link to={`/bronnen/${encodeURIComponent(source.id)}/bewerken`}>{t('sources.edit', { name: source.name })}</Link>
      <button type="button" className="secondary" onClick={() => pause.mutate()}>
        {source.paused ? t('sources.resume', { name: source.name }) : t('sources.pause', { name: source.name })}
      </button>
      <ExportMapping source={source} />
      <button type="button" className="secondary" onClick={() => setConfirming(true)} aria-expanded={confirming}>
        {t('sources.remove', { name: source.name })}
      </button>
      {confirming ? (
        <div role="alertdialog" aria-labelledby={`remove-${source.id}`} className="notice notice--error">
          <p id={`remove-${source.id}`} className="notice__title">
            {t('sources.removeQuestion', { name: source.name })}
          </p>
          <button type="button" onClick={() => remove.mutate(true)}>
            {t('sources.removeKeep')}
          </button>{' '}
          <button type="button" onClick={() => remove.mutate(false)}>
            {t('sources.removeAll')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            {t('sources.removeCancel')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
