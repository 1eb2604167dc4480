import { useTranslation } from 'react-i18next';
import type { GoalGrowth } from '@/domain/progress/growth-since';
import { formatDate } from '@/i18n/format';
import { useLocale } from '@/ui/use-labels';

/** Signed whole points with a real minus sign: "+12", "−5", "0". */
export const signedPoints = (points: number) => (points > 0 ? `+${points}` : points < 0 ? `\u2212${Math.abs(points)}` : '0');

/** Growth in words, never colour alone: "+12 procentpunt, gegroeid", or why there is none to tell. */
export function useGrowthText(): (growth: GoalGrowth, since: string) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return (growth, since) => {
    switch (growth.direction) {
      case 'no-evidence':
        return t('learningLines.growth.noEvidence');
      case 'no-evidence-before':
        return t('learningLines.growth.noEvidenceBefore', { date: formatDate(locale, since) });
      default:
        return t('learningLines.growth.value', {
          count: Math.abs(growth.points ?? 0),
          points: signedPoints(growth.points ?? 0),
          word: t(`learningLines.growth.word.${growth.direction}`),
        });
    }
  };
}
