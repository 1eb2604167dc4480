import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Source } from '@/domain/source';
import { useRemoveSource, useSetSourcePaused } from '@/store/sources.mutations';
import { ExportMapping } from './export-mapping';

/** Pause or resume a connector, or remove it after asking what happens to its data. */
export function ManageSource({ source }: { source: Source }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const pause = useSetSourcePaused();
  const remove = useRemoveSource();
  return (
    <div className="toolbar">
      <Link to={`/bronnen/${encodeURIComponent(source.id)}/bewerken`}>{t('sources.edit', { name: source.name })}</Link>
      <button type="button" className="secondary" onClick={() => pause.mutate({ id: source.id, paused: !source.paused })}>
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
          <button type="button" onClick={() => remove.mutate({ id: source.id, keepData: true })}>
            {t('sources.removeKeep')}
          </button>{' '}
          <button type="button" onClick={() => remove.mutate({ id: source.id, keepData: false })}>
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
