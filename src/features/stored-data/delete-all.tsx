import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatNumber } from '@/i18n/format';
import { useDeleteEverything } from '@/store/stored-data.mutations';
import { lock } from '@/store/vault';
import { useLocale } from '@/ui/use-labels';

/** Where the outcome survives the remount that locking causes (the layout keys the page by vault epoch). */
const DONE_PARAM = 'verwijderd';

/** "Alles verwijderen", confirmed by typing a word; afterwards the session locks, since its vault is gone. */
export function DeleteAll() {
  const { t } = useTranslation();
  const locale = useLocale();
  const inputId = useId();
  const [params, setParams] = useSearchParams();
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const remove = useDeleteEverything();
  const word = t('storedData.deleteAll.word');
  const done = params.get(DONE_PARAM);
  const confirm = () =>
    remove.mutate(undefined, {
      onSuccess: (removed) => {
        setConfirming(false);
        setTyped('');
        setParams({ [DONE_PARAM]: String(removed) }, { replace: true });
        lock();
      },
    });
  return (
    <section aria-labelledby="stored-delete-title" className="panel">
      <h2 id="stored-delete-title">{t('storedData.deleteAll.title')}</h2>
      <p>{t('storedData.deleteAll.help')}</p>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="stored-delete-confirm" className="notice notice--error">
          <p id="stored-delete-confirm" className="notice__title">
            {t('storedData.deleteAll.confirmTitle')}
          </p>
          <label htmlFor={inputId}>{t('storedData.deleteAll.confirmLabel', { word })}</label>{' '}
          <input id={inputId} value={typed} autoComplete="off" onChange={(event) => setTyped(event.target.value)} />{' '}
          <button type="button" onClick={confirm} disabled={typed.trim() !== word || remove.isPending}>
            {t('storedData.deleteAll.confirm')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            {t('storedData.deleteAll.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('storedData.deleteAll.button')}
        </button>
      )}
      {remove.isError ? <p role="alert">{t('storedData.deleteAll.failed')}</p> : null}
      {done !== null && /^\d+$/.test(done) ? <p role="status">{t('storedData.deleteAll.done', { n: formatNumber(locale, Number(done)) })}</p> : null}
    </section>
  );
}
