import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorDetail } from './error-detail';
import { ErrorNotice } from './error-notice';

/** Code that could not be fetched (or a page that failed): what happened, the error one click away, and a reload button. */
export function LoadFailedNotice({ error, message }: { error: unknown; message?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ErrorNotice
      title={t('common.error.title')}
      message={message ?? t('common.pageLoadFailed')}
      detail={errorDetail(error)}
      detailLabel={t('common.error.details')}
      action={
        <button type="button" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </button>
      }
    />
  );
}
