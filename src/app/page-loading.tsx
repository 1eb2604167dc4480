import { useTranslation } from 'react-i18next';

/** Shown in the main area while a page's code loads (its chunk, on first visit). */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="page-loading">
      {t('common.loadingPage')}
    </p>
  );
}
