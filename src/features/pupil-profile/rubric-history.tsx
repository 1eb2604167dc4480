import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PupilRef } from '@/domain/ids';
import type { Assessment, Rubric } from '@/domain/rubric';
import { rubricHistory, type CriterionHistory } from '@/domain/rubric-history';
import { formatDate } from '@/i18n/format';
import { ChartFrame } from '@/ui/chart-frame';
import { useLocale, useLocalText } from '@/ui/use-labels';
import { RubricHistoryChart } from './rubric-history-chart';
import { ScrollRegion } from '@/ui/scroll-region';

interface RubricHistoryProps {
  readonly rubric: Rubric;
  readonly assessments: readonly Assessment[];
  readonly pupil: PupilRef;
  readonly yearLevel: string;
  readonly name: string;
}

/** One rubric's judgements of a pupil over time, per criterion: a chart against the target and the same as a table. */
export function RubricHistory({ rubric, assessments, pupil, yearLevel, name }: RubricHistoryProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = useLocalText();
  const headingId = useId();
  const history = rubricHistory(assessments, rubric, pupil, yearLevel);
  if (history.length === 0) return null;
  const title = text(rubric.title);
  const levelName = (id: string | null) => {
    if (id === null) return '–';
    const level = rubric.levels.find((candidate) => candidate.id === id);
    return level ? text(level.label) : t('pupilProfile.rubricHistory.unknownLevel', { id });
  };
  const criterionName = (criterion: CriterionHistory) => {
    const found = rubric.criteria.find((candidate) => candidate.id === criterion.criterion);
    return found ? text(found.title) : t('pupilProfile.rubricHistory.unknownCriterion', { id: criterion.criterion });
  };
  const rows = history.flatMap((criterion) => criterion.points.map((point) => ({ criterion, point }))).sort((a, b) => a.point.t - b.point.t);
  const columns = ['date', 'criterion', 'level', 'target', 'state', 'note'] as const;
  const caption = t('pupilProfile.rubricHistory.chartCaption', { rubric: title, criterion: history.map(criterionName).join(', '), name });
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>{title}</h4>
      <ChartFrame
        caption={caption}
        chart={
          <RubricHistoryChart
            history={history}
            levels={rubric.levels.map((level) => text(level.label))}
            criterionName={criterionName}
            label={caption}
          />
        }
        tableLabel={t('pupilProfile.tableLabel')}
        table={
          <ScrollRegion label={t('pupilProfile.rubricHistory.tableCaption', { rubric: title, name })}>
            <table>
              <caption>{t('pupilProfile.rubricHistory.tableCaption', { rubric: title, name })}</caption>
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th key={column} scope="col">
                      {t(`pupilProfile.rubricHistory.column.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(({ criterion, point }) => (
                  <tr key={point.id}>
                    <td>{formatDate(locale, new Date(point.t))}</td>
                    <td>{criterionName(criterion)}</td>
                    <td>{levelName(point.level)}</td>
                    <td>{levelName(criterion.target)}</td>
                    <td>{t(`pupilProfile.rubricHistory.state.${point.state}`)}</td>
                    <td>{point.note || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        }
      />
    </section>
  );
}
