import { useTranslation } from 'react-i18next';

/**
 * Shown in the main area while a page's code loads (its chunk, on first visit). The loading page
 * has a heading of its own, so it is a whole page to a screen reader (and to axe) in the moment
 * before the real one arrives; the status inside it is announced.
 */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="page-loading" aria-busy="true">
      <h1>
        <span role="status">{t('common.loadingPage')}</span>
      </h1>
    </div>
  );
}
