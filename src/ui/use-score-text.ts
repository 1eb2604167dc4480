import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/i18n/format';
import { useLocale } from './use-labels';

/** A result's own outcome as a table cell shows it: "7 van 10" (a fraction with one decimal), "gehaald (geen score)" for a pass or fail without a score, else "–". */
export function useScoreText(): (raw: number | null, max: number | null, success: boolean | null) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return useCallback(
    (raw, max, success) => {
      if (raw !== null && max !== null)
        return t('common.score.of', { raw: formatNumber(locale, raw, Number.isInteger(raw) ? 0 : 1), max: formatNumber(locale, max) });
      if (success !== null) return t(success ? 'common.score.passed' : 'common.score.failed');
      return '–';
    },
    [t, locale],
  );
}
