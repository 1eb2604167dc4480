import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/i18n/format';
import { useLocale } from '@/ui/use-labels';

const UNITS = ['bytes', 'kb', 'mb', 'gb'] as const;

/** A byte count for people: "812 B", "12,4 kB", "3,1 MB" (powers of 1024, one decimal above bytes). */
export function useFormatSize(): (bytes: number) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return useCallback(
    (bytes) => {
      let value = bytes;
      let unit = 0;
      while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        unit += 1;
      }
      return t(`storedData.size.${UNITS[unit] ?? 'bytes'}`, { n: formatNumber(locale, value, unit === 0 ? 0 : 1) });
    },
    [t, locale],
  );
}
