import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RubricIssue } from '@/curriculum/rubrics/rubric.schema';
import type { LocalText } from '@/domain/model';
import { setLocalText } from '@/domain/rubric-edit';
import { useLocale } from '@/ui/use-labels';

/** A year level id ('groep-5', 'brugklas') in words. */
export function useYearLabel(): (year: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (year) => {
      const groep = /^groep-(\d+)$/.exec(year);
      if (groep) return t('rubrics.editor.year.groep', { n: groep[1] ?? '' });
      return year === 'brugklas' ? t('rubrics.editor.year.brugklas') : year;
    },
    [t],
  );
}

/** A validation issue as a sentence a teacher can act on. */
export function useIssueText(): (issue: RubricIssue) => string {
  const { t } = useTranslation();
  const yearLabel = useYearLabel();
  return useCallback(
    (issue) => {
      // Every variable any message reads, so one call serves every code.
      const params = {
        path: issue.path,
        detail: '',
        name: '',
        level: '' as string | number,
        levelName: '',
        criterion: '' as string | number,
        id: '',
        year: '',
        count: 0 as string | number,
        ...issue.params,
      };
      return t(`rubrics.editor.issue.${issue.code}`, { ...params, year: yearLabel(String(params.year)), count: Number(params.count) });
    },
    [t, yearLabel],
  );
}

/** Read and write text in the language the app is shown in (the other language follows a copy). */
export function useEditText(): { read: (text: LocalText) => string; write: (text: LocalText, value: string) => LocalText } {
  const locale = useLocale();
  return {
    read: (text) => text[locale],
    write: (text, value) => setLocalText(text, locale, value),
  };
}
