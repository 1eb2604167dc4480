import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PupilRef } from '@/domain/ids';
import type { LearningLine, Result } from '@/domain/model';
import { marginInterval, type Estimator, type EstimatorContext } from '@/domain/progress/estimators/estimate';
import { goalGrowthSince } from '@/domain/progress/growth-since';
import type { Mastery } from '@/domain/progress/mastery';
import { normBandsFor, type NormBandIndex } from '@/domain/progress/norm-bands';
import { formatDate, formatPercent } from '@/i18n/format';
import { conflicts, type SourceValue } from '@/domain/quality/conflicts';
import { useNow } from '@/ui/clock-context';
import { HeatCell } from '@/ui/heat-cell';
import { useLocale, useLocalText } from '@/ui/use-labels';
import { useGrowthText } from '@/ui/growth-text';
import { NormBandList } from '@/ui/norm-band-list';
import type { GoalJudgements, JudgedStatus } from '@/domain/teacher-judgement';
import { JudgementCell } from './judgement-cell';
import { JudgementForm } from './judgement-form';
import { ScrollRegion } from '@/ui/scroll-region';

interface GoalTableProps {
  readonly line: LearningLine;
  readonly pupil: PupilRef;
  readonly pupilName: string;
  /** The pupil's mastery per goal, with the line's method. */
  readonly goals: Readonly<Record<string, Mastery>>;
  readonly results: readonly Result[];
  readonly estimator: Estimator;
  /** Show each goal's 95% margin (1.96 x the estimate's uncertainty) beside its value. */
  readonly showsMargin: boolean;
  /** The group's calibration and priors for growth (useGroupContexts); its `now` is replaced by the clock's. */
  readonly context: EstimatorContext;
  readonly since: string;
  readonly bands: NormBandIndex;
  readonly sourceName: (id: string) => string;
  /** The teacher's judgements per goal (history included), with what newer results say. */
  readonly judged: ReadonlyMap<string, GoalJudgements>;
}

/** Per goal the pupil has results on: our status, the growth since the chosen date, and the supplier's own norm band beside it. */
export function GoalTable({
  line,
  pupil,
  pupilName,
  goals,
  results,
  estimator,
  showsMargin,
  context,
  since,
  bands,
  sourceName,
  judged,
}: GoalTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = useLocalText();
  const now = useNow().toISOString();
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const growthText = useGrowthText();
  const rows = useMemo(
    () =>
      [...line.goals]
        .filter((goal) => goals[goal.id])
        .map((goal) => ({
          goal,
          mastery: goals[goal.id] as Mastery,
          growth: goalGrowthSince(results, goal.id, since, estimator, { ...context, now }),
        })),
    [line, goals, results, since, estimator, context, now],
  );
  // Where this pupil's sources contradict each other on a goal, the estimate's margin says so.
  const conflictsByGoal = useMemo(
    () => new Map(conflicts(results.filter((result) => result.pupil === pupil)).map((item) => [item.goal as string, item])),
    [results, pupil],
  );
  if (rows.length === 0) return null;
  const date = formatDate(locale, since);
  // The margin in whole percentage points: 95% of the time the mastery lies within value +- margin.
  const valueText = (mastery: Mastery) =>
    showsMargin && mastery.uncertainty !== undefined
      ? t('pupilProfile.goals.withMargin', {
          value: formatPercent(locale, mastery.value),
          // The interval, clipped to what a mastery can be (0-100%): never "100% ± 14".
          low: formatPercent(locale, marginInterval(mastery.value, mastery.uncertainty).low),
          high: formatPercent(locale, marginInterval(mastery.value, mastery.uncertainty).high),
        })
      : formatPercent(locale, mastery.value);
  const conflictText = (goal: string) => {
    const found = conflictsByGoal.get(goal);
    if (!found) return null;
    const side = (item: SourceValue) => `${sourceName(item.source)} ${formatPercent(locale, item.value)}`;
    return t('dataQuality.badge.conflict', { high: side(found.high), low: side(found.low) });
  };
  const levelOf = (id: string) => line.levels.find((level) => level.id === id);
  const goalLabel = (goal: { level: string; title: typeof line.title }) => {
    const level = levelOf(goal.level);
    return `${level ? text(level.label) : goal.level} · ${text(goal.title)}`;
  };
  const editedGoal = rows.find((row) => row.goal.id === editing)?.goal;
  const closeForm = (result: { status: JudgedStatus; date: string } | null) => {
    if (result && editedGoal)
      setSaved(
        t('judgements.saved', { status: t(`common.status.${result.status}`), goal: goalLabel(editedGoal), date: formatDate(locale, result.date) }),
      );
    setEditing(null);
    // Back to the button that opened the form.
    requestAnimationFrame(() => opener.current?.focus());
  };
  return (
    <>
      <ScrollRegion label={t('pupilProfile.goals.caption', { line: text(line.title), name: pupilName, date })}>
        <table>
          <caption>{t('pupilProfile.goals.caption', { line: text(line.title), name: pupilName, date })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pupilProfile.goals.column.goal')}</th>
              <th scope="col">{t(showsMargin ? 'pupilProfile.goals.column.statusWithMargin' : 'pupilProfile.goals.column.status')}</th>
              <th scope="col">{t('pupilProfile.goals.column.growth', { date })}</th>
              <th scope="col">{t('pupilProfile.goals.column.band')}</th>
              <th scope="col">{t('judgements.column')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ goal, mastery, growth }) => {
              return (
                <tr key={goal.id}>
                  <th scope="row">{goalLabel(goal)}</th>
                  <td>
                    <HeatCell status={mastery.status} value={valueText(mastery)} label={t(`common.status.${mastery.status}`)} />
                    {conflictText(goal.id) ? <p className="muted">{conflictText(goal.id)}</p> : null}
                  </td>
                  <td>{growthText(growth, since)}</td>
                  <td>
                    <NormBandList bands={normBandsFor(bands, pupil, goal.id)} sourceName={sourceName} />
                  </td>
                  <td>
                    <JudgementCell judged={judged.get(goal.id)} />
                    <button
                      type="button"
                      className="secondary no-print"
                      aria-expanded={editing === goal.id}
                      onClick={(event) => {
                        opener.current = event.currentTarget;
                        setSaved(null);
                        setEditing(editing === goal.id ? null : goal.id);
                      }}
                    >
                      {t('judgements.set', { goal: goalLabel(goal) })}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {editedGoal ? (
        <JudgementForm pupil={pupil} pupilName={pupilName} goal={editedGoal.id} goalLabel={goalLabel(editedGoal)} onClose={closeForm} />
      ) : null}
      {saved ? <p role="status">{saved}</p> : null}
    </>
  );
}
