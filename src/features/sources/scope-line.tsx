import { useTranslation } from 'react-i18next';
import { schoolMidnight } from '@/domain/source-scope';
import type { SourceScope } from '@/domain/source';
import { formatDate } from '@/i18n/format';
import { useLocale } from '@/ui/use-labels';

/** A source's scope in one line: "Alleen onze groepen · vanaf 1 augustus 2025" (decision 018). */
export function ScopeLine({ scope }: { scope: SourceScope }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const date = (day: string) => formatDate(locale, schoolMidnight(day));
  const parts = [
    scope.pupils === 'our-groups' ? t('sources.scope.ourGroups') : t('sources.scope.all'),
    ...(scope.since ? [t('sources.scope.since', { date: date(scope.since) })] : []),
    ...(scope.until ? [t('sources.scope.until', { date: date(scope.until) })] : []),
  ];
  return <>{parts.join(' · ')}</>;
}
