import { useEffect, useMemo, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Goal, LearningLine, Result } from '@/domain/model';
import type { ClassGridRow } from '@/domain/progress/estimated-grid';
import type { Estimator, EstimatorContext } from '@/domain/progress/estimators/estimate';
import { goalGrowthSince } from '@/domain/progress/growth-since';
import { latestNormBands, normBandsFor } from '@/domain/progress/norm-bands';
import { formatDate, formatPercent } from '@/i18n/format';
import type { PupilWithRoster } from '@/store/school.queries';
import { useNow } from '@/ui/clock-context';
import { HeatCell } from '@/ui/heat-cell';
import { useLocale, useLocalText, usePupilName } from '@/ui/use-labels';
import { GrowthSinceField, type GrowthSince } from '@/ui/growth-since-field';
import { useGrowthText } from '@/ui/growth-text';
import { useGoalResults } from '@/store/line-view.view';
import { NormBandList } from '@/ui/norm-band-list';
import { ResultsTable } from './results-table';
import { ScrollRegion } from '@/ui/scroll-region';

const NOTHING: readonly Result[] = [];

interface GoalDetailProps {
  readonly line: LearningLine;
  readonly goal: Goal;
  readonly group: string;
  readonly groupName: string;
  readonly pupils: readonly PupilWithRoster[];
  readonly rows: readonly ClassGridRow[];
  readonly sourceName: (id: string) => string;
  /** The search string that closes the drill-in. */
  readonly closeHref: string;
  /** The line's chosen method: growth is measured with it, like the status. */
  readonly estimator: Estimator;
  /** The group's calibration and priors for growth (see useLineGrid); its `now` is replaced by the clock's. */
  readonly context: EstimatorContext;
  readonly growth: GrowthSince;
}

/** Drill-in for one goal: each pupil's mastery and status, and the results it rests on. */
export function GoalDetail({ line, goal, group, groupName, pupils, rows, sourceName, closeHref, estimator, context, growth }: GoalDetailProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = useLocalText();
  const nameOf = usePupilName();
  const title = text(goal.title);
  const level = line.levels.find((candidate) => candidate.id === goal.level);
  const strand = line.strands.find((candidate) => candidate.id === goal.strand);
  const byKey = new Map(rows.map((row) => [row.key as number, row]));
  const refs = useMemo(() => pupils.map(({ pupil }) => pupil.ref), [pupils]);
  // The results behind the goal, from the compute worker (the page does not read the group's results).
  const found = useGoalResults(group, goal.id, refs);
  const behind = found.data ?? NOTHING;
  const now = useNow().toISOString();
  const growthText = useGrowthText();
  const since = growth.since;
  const sinceDate = formatDate(locale, since);
  const perPupil = useMemo(() => {
    const byPupil = new Map<string, Result[]>();
    for (const result of behind) byPupil.set(result.pupil, [...(byPupil.get(result.pupil) ?? []), result]);
    const bands = latestNormBands(behind, now);
    return new Map(
      pupils.map(({ pupil }) => [
        pupil.ref as string,
        {
          growth: goalGrowthSince(byPupil.get(pupil.ref) ?? [], goal.id, since, estimator, { ...context, now }),
          bands: normBandsFor(bands, pupil.ref, goal.id),
        },
      ]),
    );
  }, [behind, pupils, goal.id, since, estimator, context, now]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opening a goal moves focus to its heading, so keyboard and screen-reader users land on it.
  useEffect(() => headingRef.current?.focus(), [goal.id]);
  const names = useMemo(() => new Map(pupils.map(({ pupil, roster }) => [pupil.ref as string, nameOf(pupil, roster)])), [pupils, nameOf]);
  return (
    <section aria-labelledby="goal-detail-title" className="panel">
      <p>
        <Link to={{ search: closeHref }}>{t('learningLines.detail.close')}</Link>
      </p>
      <h2 id="goal-detail-title" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <p className="muted">
        {strand && text(strand.title) !== ''
          ? t('learningLines.detail.context', { line: text(line.title), level: level ? text(level.label) : goal.level, strand: text(strand.title) })
          : t('learningLines.detail.contextNoStrand', { line: text(line.title), level: level ? text(level.label) : goal.level })}
      </p>
      <GrowthSinceField growth={growth} />
      {/* The pupils' growth and bands rest on the goal's results, read in the compute worker: shown once they are there. */}
      {found.error ? <p role="alert">{found.error.message}</p> : null}
      {found.data === undefined ? (
        found.error ? null : (
          <p role="status">{t('common.loading')}</p>
        )
      ) : (
        <>
          <ScrollRegion label={t('learningLines.detail.pupilsCaption', { group: groupName, goal: title })}>
            <table>
              <caption>{t('learningLines.detail.pupilsCaption', { group: groupName, goal: title })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('learningLines.pupil')}</th>
                  <th scope="col">{t('learningLines.detail.mastery')}</th>
                  <th scope="col" className="num">
                    {t('learningLines.detail.evidence')}
                  </th>
                  <th scope="col">{t('learningLines.detail.lastAt')}</th>
                  <th scope="col">{t('learningLines.detail.growth', { date: sinceDate })}</th>
                  <th scope="col">{t('learningLines.detail.normBand')}</th>
                </tr>
              </thead>
              <tbody>
                {pupils.map(({ pupil, roster }) => {
                  const mastery = byKey.get(pupil.key)?.goals[goal.id] ?? null;
                  const status = mastery?.status ?? 'not-started';
                  return (
                    <tr key={pupil.key}>
                      <th scope="row">{nameOf(pupil, roster)}</th>
                      <td>
                        <HeatCell
                          status={status}
                          value={mastery ? formatPercent(locale, mastery.value) : null}
                          label={mastery ? t(`common.status.${status}`) : t('learningLines.noEvidence')}
                        />
                      </td>
                      <td className="num">{mastery?.evidence ?? 0}</td>
                      <td>{mastery ? formatDate(locale, mastery.lastAt) : '–'}</td>
                      <td>
                        {growthText(perPupil.get(pupil.ref)?.growth ?? { direction: 'no-evidence', from: null, to: null, points: null }, since)}
                      </td>
                      <td>
                        <NormBandList bands={perPupil.get(pupil.ref)?.bands ?? []} sourceName={sourceName} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
          <h3>{t('learningLines.detail.resultsTitle')}</h3>
          {behind.length === 0 ? (
            <p>{t('learningLines.detail.noResults')}</p>
          ) : (
            <ResultsTable
              caption={t('learningLines.detail.resultsCaption', { group: groupName, goal: title })}
              results={behind}
              pupilName={(ref) => names.get(ref) ?? ''}
              sourceName={sourceName}
            />
          )}
        </>
      )}
    </section>
  );
}
