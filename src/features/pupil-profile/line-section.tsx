import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PupilRef } from '@/domain/ids';
import type { LearningLine, Result } from '@/domain/model';
import { estimatedTrend } from '@/domain/progress/estimated-trend';
import type { Estimator, EstimatorContext } from '@/domain/progress/estimators/estimate';
import { lineGrowthSince } from '@/domain/progress/growth-since';
import type { LineMastery } from '@/domain/progress/line-mastery';
import type { Mastery } from '@/domain/progress/mastery';
import type { NormBandIndex } from '@/domain/progress/norm-bands';
import { lineSeries, MAX_CHART_POINTS } from '@/domain/progress/series';
import { formatDate, formatPercent } from '@/i18n/format';
import { TableHead } from '@/ui/captioned-table';
import { ChartFrame } from '@/ui/chart-frame';
import { NormBandBadge } from '@/ui/norm-band-badge';
import { useNow } from '@/ui/clock-context';
import { useLocale, useLocalText } from '@/ui/use-labels';
import { GoalTable } from './goal-table';
import { useGrowthText } from '@/ui/growth-text';
import { useScoreText } from '@/ui/use-score-text';
import { ProgressChart } from './line-chart';
import { LineInterventions } from './line-interventions';
import type { Intervention } from '@/domain/intervention';
import type { GoalJudgements } from '@/domain/teacher-judgement';

interface LineSectionProps {
  readonly line: LearningLine;
  readonly results: readonly Result[];
  readonly mastery: LineMastery;
  readonly pupilName: string;
  readonly sourceName: (id: string) => string;
  /** The mastery method in use for the line, in words. */
  readonly method: string;
  /** The line's method itself: the trend in the chart follows it too. */
  readonly estimator: Estimator;
  /** Whether the method states a real uncertainty (the default estimator): then each goal shows its margin. */
  readonly showsMargin: boolean;
  /** The group's estimator contexts (useGroupContexts): level for the trend, growth for growth since a date. */
  readonly contexts: { readonly level: EstimatorContext; readonly growth: EstimatorContext };
  readonly pupil: PupilRef;
  /** The pupil's mastery per goal (every line's goals), with each line's method. */
  readonly goals: Readonly<Record<string, Mastery>>;
  /** Growth is measured from this instant (ISO). */
  readonly since: string;
  /** The supplier norm bands of the pupil's latest results, per goal and source. */
  readonly bands: NormBandIndex;
  /** The pupil's interventions on this line's goals, newest first: markers in the chart and a table. */
  readonly interventions: readonly Intervention[];
  /** The teacher's judgements per goal, with what newer results say. */
  readonly judged: ReadonlyMap<string, GoalJudgements>;
}

/** One learning line in a pupil's profile: summary, chart and the same data as a table. */
/** Drawn again only when its own props change (memo): the profile draws its lines one by one, each step a render of the page. */
export const LineSection = memo(function LineSection({
  line,
  results,
  mastery,
  pupilName,
  sourceName,
  method,
  estimator,
  showsMargin,
  contexts,
  pupil,
  goals,
  since,
  bands,
  interventions,
  judged,
}: LineSectionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const scoreText = useScoreText();
  const text = useLocalText();
  const now = useNow().toISOString();
  const growthText = useGrowthText();
  const lineGrowth = useMemo(
    () => lineGrowthSince(results, line.goals, since, estimator, { ...contexts.growth, now }),
    [results, line, since, estimator, contexts, now],
  );
  const series = useMemo(() => {
    // the chart gets at most MAX_CHART_POINTS: the weekly trend's points, and the results' points in what is left
    const trend = estimatedTrend(results, line, estimator, { ...contexts.level, now });
    return { ...lineSeries(results, line, { maxPoints: MAX_CHART_POINTS - trend.length }), trend };
  }, [results, line, now, estimator, contexts]);
  const goalTitle = (id: string) => {
    const goal = line.goals.find((candidate) => candidate.id === id);
    return goal ? `${text(line.levels.find((level) => level.id === goal.level)?.label ?? goal.title)} · ${text(goal.title)}` : id;
  };
  const rows = [...series.bySource.values()].flat().sort((a, b) => b.t - a.t);
  const shown = rows.length;
  const headingId = `lijn-${line.id}`;
  const caption = t('pupilProfile.chartCaption', { line: text(line.title), name: pupilName });
  const markers = useMemo(
    () =>
      interventions.map((item) => ({
        t: new Date(item.date).getTime(),
        label: t('interventions.marker', { kind: t(`interventions.kind.${item.kind}`), date: formatDate(locale, item.date) }),
      })),
    [interventions, t, locale],
  );
  return (
    <section className="line-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{text(line.title)}</h2>
      <p>
        {t('pupilProfile.lineSummary', {
          value: mastery.value === null ? '–' : formatPercent(locale, mastery.value),
          status: t(`common.status.${mastery.status}`),
          mastered: mastery.goalsMastered,
          goals: mastery.goalsWithEvidence,
        })}
      </p>
      <p>{t('learningLines.estimator.inUse', { method })}</p>
      <p>{t('pupilProfile.lineGrowth', { date: formatDate(locale, since), growth: growthText(lineGrowth, since) })}</p>
      <GoalTable
        line={line}
        pupil={pupil}
        pupilName={pupilName}
        goals={goals}
        results={results}
        estimator={estimator}
        showsMargin={showsMargin}
        context={contexts.growth}
        since={since}
        bands={bands}
        sourceName={sourceName}
        judged={judged}
      />
      <ChartFrame
        caption={caption}
        chart={<ProgressChart series={series} sourceName={sourceName} label={caption} markers={markers} />}
        tableLabel={t('pupilProfile.tableLabel')}
        table={
          <table>
            <caption className="visually-hidden">{t('pupilProfile.chartCaption', { line: text(line.title), name: pupilName })}</caption>
            <TableHead
              columns={[
                t('pupilProfile.column.date'),
                t('pupilProfile.column.source'),
                t('pupilProfile.column.goal'),
                t('pupilProfile.column.workForm'),
                { label: t('pupilProfile.column.score'), num: true },
                { label: t('pupilProfile.column.scaled'), num: true },
                t('pupilProfile.column.band'),
              ]}
            />
            <tbody>
              {rows.map((point, index) => (
                <tr key={`${point.source}-${point.t}-${index}`}>
                  <td>{formatDate(locale, new Date(point.t))}</td>
                  <td>{sourceName(point.source)}</td>
                  <td>{goalTitle(point.goal)}</td>
                  <td>{t(`common.workForm.${point.workForm}`)}</td>
                  <td className="num">{scoreText(point.raw, point.max, point.success)}</td>
                  <td className="num">{formatPercent(locale, point.scaled)}</td>
                  <td>
                    <NormBandBadge band={point.normBand} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      {shown < series.total ? <p className="muted">{t('pupilProfile.shown', { shown, total: series.total })}</p> : null}
      <LineInterventions line={line} pupil={pupil} pupilName={pupilName} interventions={interventions} results={results} goalTitle={goalTitle} />
    </section>
  );
});
