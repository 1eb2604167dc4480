import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/i18n/format';
import { SKIP_REASONS, type SkipCounts } from '@/ingest/ingest-filter';
import { useLocale } from '@/ui/use-labels';

/** "Niet opgeslagen: 2 ouder dan de bewaartermijn, 1 zonder toestemming." Nothing when nothing was skipped. */
export function SkippedLine({ skipped }: { skipped: SkipCounts }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const parts = SKIP_REASONS.filter((reason) => (skipped[reason] ?? 0) > 0).map((reason) =>
    t(`sources.skipped.${reason}`, { n: formatNumber(locale, skipped[reason] ?? 0) }),
  );
  if (parts.length === 0) return null;
  return <p>{t('sources.skipped.line', { list: parts.join(', ') })}</p>;
}
