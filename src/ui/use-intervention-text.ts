import { useTranslation } from 'react-i18next';
import type { ResultsAround } from '@/domain/intervention';
import { formatPercent } from '@/i18n/format';
import { useLocale } from './use-labels';

/** "4 resultaten, gemiddeld 72% (daarvoor 45%)": what happened to the results since an intervention. */
export function useResultsSinceText(): (around: ResultsAround) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return ({ before, since }) => {
    if (since.count === 0 || since.mean === null) return t('interventions.since.none');
    const values = { count: since.count, since: formatPercent(locale, since.mean) };
    return before.mean === null
      ? t('interventions.since.some', values)
      : t('interventions.since.someBefore', { ...values, before: formatPercent(locale, before.mean) });
  };
}
