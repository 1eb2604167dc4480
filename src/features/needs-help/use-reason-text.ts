import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reason } from '@/domain/progress/needs-help';
import { formatDate, formatPercent } from '@/i18n/format';
import { useCurriculum } from '@/store/curriculum.queries';
import { useLocale, useLocalText } from '@/ui/use-labels';

/**
 * A goal's title and its line's title in the current language, from the curriculum the app has:
 * built-in goals and imported SLO goals (decision 012), a replaced one by its successor(s). The id
 * when the goal is unknown.
 */
export function useGoalText(): (goal: string) => { goal: string; line: string } {
  const text = useLocalText();
  const { resolve, lines, lineById } = useCurriculum();
  return useCallback(
    (id) => {
      const shown = resolve(id);
      const first = shown[0];
      const line = first?.builtIn ? lineById(first.builtIn.line) : lines.find((candidate) => candidate.goals.some((goal) => goal.id === first?.id));
      return { goal: shown.length > 0 ? shown.map((goal) => text(goal.title)).join(' / ') : id, line: line ? text(line.title) : '' };
    },
    [text, resolve, lines, lineById],
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
          return reason.lastAt === null
            ? t('needsHelp.reason.neverActive')
            : t('needsHelp.reason.inactive', { date: formatDate(locale, reason.lastAt), days: reason.days ?? 0 });
        case 'below-target-no-growth': {
          const values = { ...goalText(reason.goal), value: percent(reason.value), weeks: reason.weeks, target: percent(reason.target) };
          const text =
            reason.growth === null
              ? t('needsHelp.reason.belowTargetNew', values)
              : t('needsHelp.reason.belowTarget', { ...values, growth: signedPercent(reason.growth) });
          const kept =
            reason.keptUp !== null
              ? ` ${t('needsHelp.reason.keptUp', { weeks: reason.weeks, share: percent(Math.max(0, reason.keptUp)) })}`
              : reason.pace !== undefined
                ? ` ${t('needsHelp.reason.pace', { weeks: reason.weeks, share: percent(reason.pace) })}`
                : '';
          if (reason.behindGroup === null) return `${text}${kept}`;
          const behind =
            reason.behindGroup >= 0.005
              ? t('needsHelp.reason.behindGroup', { weeks: reason.weeks, behind: percent(reason.behindGroup) })
              : t('needsHelp.reason.aheadOfGroup', { weeks: reason.weeks });
          return `${text} ${behind}${kept}`;
        }
        case 'stuck-while-others-master':
          return t('needsHelp.reason.stuck', { ...goalText(reason.goal), value: percent(reason.value), share: percent(reason.groupShareMastered) });
      }
    },
    [t, locale, goalText],
  );
}
