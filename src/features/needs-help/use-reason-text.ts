import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { goalById, lineById } from '@/curriculum';
import type { Reason } from '@/domain/progress/needs-help';
import { formatDate, formatPercent } from '@/i18n/format';
import { useLocale, useLocalText } from '@/ui/use-labels';

/** A goal's title and its line's title in the current language; the id when the goal is unknown. */
export function useGoalText(): (goal: string) => { goal: string; line: string } {
  const text = useLocalText();
  return useCallback(
    (id) => {
      const goal = goalById(id);
      const line = goal ? lineById(goal.line) : undefined;
      return { goal: goal ? text(goal.title) : id, line: line ? text(line.title) : '' };
    },
    [text],
  );
}

/** A reason in words, in the current language. */
export function useReasonText(): (reason: Reason) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  const goalText = useGoalText();
  return useCallback(
    (reason) => {
      const percent = (value: number) => formatPercent(locale, value);
      // What rounds to 0% reads 0%, not -0%; growth above it gets its plus sign.
      const signedPercent = (value: number) => (Math.abs(value) < 0.005 ? percent(0) : `${value > 0 ? '+' : ''}${percent(value)}`);
      switch (reason.kind) {
        case 'inactive':
          return reason.lastAt === null ? t('needsHelp.reason.neverActive') : t('needsHelp.reason.inactive', { date: formatDate(locale, reason.lastAt), days: reason.days ?? 0 });
        case 'below-target-no-growth': {
          const text = t('needsHelp.reason.belowTarget', {
            ...goalText(reason.goal),
            value: percent(reason.value),
            weeks: reason.weeks,
            growth: signedPercent(reason.growth),
            target: percent(reason.target),
          });
          if (reason.behindGroup === null) return text;
          const behind = reason.behindGroup >= 0.005 ? t('needsHelp.reason.behindGroup', { weeks: reason.weeks, behind: percent(reason.behindGroup) }) : t('needsHelp.reason.aheadOfGroup', { weeks: reason.weeks });
          return `${text} ${behind}`;
        }
        case 'stuck-while-others-master':
          return t('needsHelp.reason.stuck', { ...goalText(reason.goal), value: percent(reason.value), share: percent(reason.groupShareMastered) });
      }
    },
    [t, locale, goalText],
  );
}
