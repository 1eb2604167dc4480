import { useTranslation } from 'react-i18next';
import type { Rubric } from '@/domain/rubric';
import { setTarget } from '@/domain/rubric-edit';
import { useEditText, useYearLabel } from './use-editor-text';
import { ScrollRegion } from '@/ui/scroll-region';

const YEAR_LEVELS = ['groep-1', 'groep-2', 'groep-3', 'groep-4', 'groep-5', 'groep-6', 'groep-7', 'groep-8', 'brugklas'];

/** The target level (streefdoel) per year group per criterion: a table of selects, empty for none. */
export function TargetsTable({ draft, onChange }: { draft: Rubric; onChange: (next: Rubric) => void }) {
  const { t } = useTranslation();
  const edit = useEditText();
  const yearLabel = useYearLabel();
  const years = [...YEAR_LEVELS, ...Object.keys(draft.targets).filter((year) => !YEAR_LEVELS.includes(year))];
  if (draft.criteria.length === 0) return null;
  return (
    <div className="panel">
      <ScrollRegion label={t('rubrics.editor.targetsCaption')}>
        <table>
          <caption>{t('rubrics.editor.targetsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rubrics.editor.yearGroup')}</th>
              {draft.criteria.map((criterion, index) => (
                <th key={criterion.id} scope="col">
                  {edit.read(criterion.title) || t('rubrics.editor.criterionWhat', { n: index + 1 })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year}>
                <th scope="row">{yearLabel(year)}</th>
                {draft.criteria.map((criterion, index) => (
                  <td key={criterion.id}>
                    <select
                      aria-label={t('rubrics.editor.targetFor', {
                        year: yearLabel(year),
                        criterion: edit.read(criterion.title) || t('rubrics.editor.criterionWhat', { n: index + 1 }),
                      })}
                      value={draft.targets[year]?.[criterion.id] ?? ''}
                      onChange={(event) => onChange(setTarget(draft, year, criterion.id, event.target.value))}
                    >
                      <option value="">{t('rubrics.editor.noTarget')}</option>
                      {draft.levels.map((level, levelIndex) => (
                        <option key={level.id} value={level.id}>
                          {edit.read(level.label) || String(levelIndex + 1)}
                        </option>
                      ))}
                    </select>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
