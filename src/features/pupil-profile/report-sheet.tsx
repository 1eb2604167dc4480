import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PupilKey, PupilRef } from '@/domain/ids';
import { againstTarget, latestPerCriterion, nextStep } from '@/domain/rubric';
import { formatDate, formatDateTime, formatPercent } from '@/i18n/format';
import { assessmentQueries } from '@/store/assessments.queries';
import { useDb } from '@/store/db-context';
import { usePupilInterventions } from '@/store/interventions.queries';
import { useRubrics } from '@/store/rubrics.queries';
import { ChartFrame } from '@/ui/chart-frame';
import { useNow } from '@/ui/clock-context';
import { useGrowthText } from '@/ui/growth-text';
import { useLocale, useLocalText } from '@/ui/use-labels';
import { ReportChart } from './report-chart';
import { usePupilReport } from './use-pupil-report';

const percent = (value: number | null) => (value === null ? null : Math.round(value * 100));

/** "Rapport voor het oudergesprek" for one pupil: one or two A4 sheets when printed. */
export function ReportSheet({ pupil, since, sourceName }: { pupil: PupilKey; since: string; sourceName: (id: string) => string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = useLocalText();
  const now = useNow();
  const growthText = useGrowthText();
  const { report, loading } = usePupilReport(pupil, since);
  if (loading || !report) return loading ? <p role="status">{t('report.loadingPupil')}</p> : null;
  const titleId = `rapport-${pupil}`;
  const goalTitle = (id: string) => {
    for (const { line } of report.lines) {
      const goal = line.goals.find((candidate) => candidate.id === id);
      if (goal) return `${text(line.title)}: ${text(goal.title)}`;
    }
    return id;
  };
  const bars = report.lines.map(({ line, growth }) => ({ line: text(line.title), from: percent(growth.from), to: percent(growth.to) }));
  return (
    <article className="print-sheet report-sheet" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('report.sheetTitle', { name: report.name })}</h2>
      <p>
        {report.groupName ? `${t('pupilProfile.group', { group: report.groupName })} · ` : ''}
        {t('report.period', { from: formatDate(locale, since), to: formatDate(locale, now) })}
      </p>
      {report.lines.length === 0 ? (
        <p>{t('pupilProfile.noResults')}</p>
      ) : (
        <ChartFrame
          caption={t('report.chart.caption', { name: report.name, date: formatDate(locale, since) })}
          chart={<ReportChart bars={bars} label={t('report.chart.caption', { name: report.name, date: formatDate(locale, since) })} />}
          tableLabel={t('report.table.label')}
          table={
            <table>
              <caption className="visually-hidden">{t('report.table.caption', { name: report.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('report.table.line')}</th>
                  <th scope="col">{t('report.table.level')}</th>
                  <th scope="col">{t('report.table.goals')}</th>
                  <th scope="col">{t('report.table.growth', { date: formatDate(locale, since) })}</th>
                </tr>
              </thead>
              <tbody>
                {report.lines.map(({ line, mastery, growth }) => (
                  <tr key={line.id}>
                    <th scope="row">{text(line.title)}</th>
                    <td>
                      {mastery.value === null ? '–' : formatPercent(locale, mastery.value)} ({t(`common.status.${mastery.status}`)})
                    </td>
                    <td>{t('report.table.goalsValue', { mastered: mastery.goalsMastered, total: mastery.goalsWithEvidence })}</td>
                    <td>{growthText(growth, since)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
      <ReportRubrics pupil={report.ref as PupilRef} yearLevel={report.yearLevel} name={report.name} />
      <section aria-labelledby={`${titleId}-interventions ${titleId}`}>
        <h3 id={`${titleId}-interventions`}>{t('report.interventions.title')}</h3>
        <ReportInterventions pupil={report.ref as PupilRef} goalTitle={goalTitle} />
      </section>
      <section aria-labelledby={`${titleId}-sources ${titleId}`}>
        <h3 id={`${titleId}-sources`}>{t('report.sources.title')}</h3>
        {report.activity.length === 0 ? (
          <p>{t('report.sources.none')}</p>
        ) : (
          <ul>
            {report.activity.map((item) => (
              <li key={item.source}>
                {t('report.sources.item', { source: sourceName(item.source), count: item.count, date: formatDateTime(locale, item.time) })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${titleId}-note ${titleId}`} className="report-note">
        <h3 id={`${titleId}-note`}>{t('report.note.title')}</h3>
        <div className="report-note__space" aria-label={t('report.note.space')} role="note" />
      </section>
    </article>
  );
}

/** The teacher's latest rubric judgement per criterion, against the year group's target, with the next step. */
function ReportRubrics({ pupil, yearLevel, name }: { pupil: PupilRef; yearLevel: string; name: string }) {
  const { t } = useTranslation();
  const db = useDb();
  const text = useLocalText();
  const assessments = useQuery(assessmentQueries.ofPupil(db, pupil));
  const { rubrics } = useRubrics();
  const rows = rubrics.flatMap((rubric) => {
    const latest = latestPerCriterion(assessments.data ?? [], rubric, pupil);
    const label = (id: string | undefined) => (id ? text(rubric.levels.find((level) => level.id === id)?.label ?? { nl: id, en: id }) : '–');
    return rubric.criteria
      .filter((criterion) => latest.has(criterion.id))
      .map((criterion) => {
        const level = latest.get(criterion.id)!.level;
        const step = nextStep(rubric, criterion, level);
        return {
          key: `${rubric.id}-${criterion.id}`,
          criterion: `${text(rubric.title)}: ${text(criterion.title)}`,
          level: label(level),
          target: label(rubric.targets[yearLevel]?.[criterion.id]),
          state: againstTarget(rubric, yearLevel, criterion.id, level),
          step: step.kind === 'step' ? text(step.text) : step.kind === 'top' ? t('rubrics.topLevel') : '–',
        };
      });
  });
  if (rows.length === 0) return null;
  return (
    <table className="report-rubrics">
      <caption>{t('report.rubrics.caption', { name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('rubrics.column.criterion')}</th>
          <th scope="col">{t('rubrics.column.level')}</th>
          <th scope="col">{t('rubrics.column.target')}</th>
          <th scope="col">{t('rubrics.column.state')}</th>
          <th scope="col">{t('rubrics.column.step')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.criterion}</th>
            <td>{row.level}</td>
            <td>{row.target}</td>
            <td>{t(`rubrics.state.${row.state}`)}</td>
            <td>{row.step}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The interventions recorded for the pupil (the intervention log), newest first. */
function ReportInterventions({ pupil, goalTitle }: { pupil: PupilRef; goalTitle: (id: string) => string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data } = usePupilInterventions(pupil);
  if (data.length === 0) return <p className="muted">{t('report.interventions.none')}</p>;
  return (
    <ul>
      {[...data]
        .sort((a, b) => b.date.localeCompare(a.date))
        .map((item) => (
          <li key={item.id}>
            {formatDate(locale, `${item.date}T12:00:00Z`)}: {t(`interventions.kind.${item.kind}`)}, {goalTitle(item.goal)}
            {item.note ? ` (${item.note})` : ''}
          </li>
        ))}
    </ul>
  );
}
