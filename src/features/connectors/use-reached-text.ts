import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reached } from '@/adapters/port';

/** What a connection test reached (a code and values from the adapter) in the app's language. */
export function useReachedText(): (reached: Reached) => string {
  const { t } = useTranslation();
  return useCallback(
    (reached) => {
      switch (reached.code) {
        case 'school':
          return t('connectors.reached.school', reached.params);
        case 'caliper':
          return reached.params.events === null
            ? t('connectors.reached.caliper')
            : t('connectors.reached.caliperEvents', { events: reached.params.events });
        case 'xapi':
          return t('connectors.reached.xapi', reached.params);
        case 'blokkodo':
          return t('connectors.reached.blokkodo', reached.params);
        case 'oneroster':
          return reached.params.total ? t('connectors.reached.onerosterTotal', reached.params) : t('connectors.reached.oneroster', reached.params);
        case 'file':
          return t('connectors.fileOk', { detail: reached.params.name });
      }
    },
    [t],
  );
}
