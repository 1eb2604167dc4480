import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PupilRef } from '@/domain/ids';
import { againstTarget, latestPerCriterion, nextStep, type NextStep } from '@/domain/rubric';
import { formatDate } from '@/i18n/format';
import { assessmentQueries } from '@/store/assessments.queries';
import { useDb } from '@/store/db-context';
import { useRubrics } from '@/store/rubrics.queries';
import { useLocale, useLocalText } from '@/ui/use-labels';
import { RubricHistory } from './rubric-history';
import { ScrollRegion } from '@/ui/scroll-region';

/** The teacher's rubric judgements beside the practice data, marked as such. */
export function RubricSection({ pupil, yearLevel, name }: { pupil: PupilRef; yearLevel: string; name: string }) {
  const { t } = useTranslation();
  const db = useDb();
  const locale = useLocale();
  const text = useLocalText();
  const assessments = useQuery(assessmentQueries.ofPupil(db, pupil));
  const { rubrics } = useRubrics();
  const rows = rubrics.flatMap((rubric) => {
    const latest = latestPerCriterion(assessments.data ?? [], rubric, pupil);
    return rubric.criteria
      .filter((criterion) => latest.has(criterion.id))
      .map((criterion) => {
        const assessment = latest.get(criterion.id)!;
        const target = rubric.targets[yearLevel]?.[criterion.id];
        const label = (id: string | undefined) => (id ? text(rubric.levels.find((level) => level.id === id)?.label ?? { nl: id, en: id }) : '–');
        return {
          key: `${rubric.id}-${criterion.id}`,
          rubric: text(rubric.title),
          criterion: text(criterion.title),
          level: label(assessment.level),
          target: label(target),
          state: againstTarget(rubric, yearLevel, criterion.id, assessment.level),
          date: assessment.date,
          step: nextStep(rubric, criterion, assessment.level),
        };
      });
  });
  if (rows.length === 0) return null;
  const stepText = (step: NextStep) => (step.kind === 'step' ? text(step.text) : step.kind === 'top' ? t('rubrics.topLevel') : '–');
  // Focusable: on a phone its table scrolls sideways inside it, and a keyboard must reach that.
  return (
    <section aria-labelledby="rubrics-profile-title" className="panel" tabIndex={0}>
      <h2 id="rubrics-profile-title">{t('rubrics.profileTitle')}</h2>
      <ScrollRegion label={t('rubrics.profileCaption', { name })}>
        <table>
          <caption>{t('rubrics.profileCaption', { name })}</caption>
          <thead>
            <tr>
              {(['rubric', 'criterion', 'level', 'target', 'state', 'date', 'step'] as const).map((column) => (
                <th key={column} scope="col">
                  {t(`rubrics.column.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <td>{row.rubric}</td>
                <td>{row.criterion}</td>
                <td>{row.level}</td>
                <td>{row.target}</td>
                <td>{t(`rubrics.state.${row.state}`)}</td>
                <td>{formatDate(locale, `${row.date}T12:00:00Z`)}</td>
                <td>{stepText(row.step)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <h3>{t('pupilProfile.rubricHistory.title')}</h3>
      <p>{t('pupilProfile.rubricHistory.intro')}</p>
      {rubrics.map((rubric) => (
        <RubricHistory key={rubric.id} rubric={rubric} assessments={assessments.data ?? []} pupil={pupil} yearLevel={yearLevel} name={name} />
      ))}
    </section>
  );
}
