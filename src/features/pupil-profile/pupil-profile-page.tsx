import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { pupilKey } from '@/domain/ids';
import { estimatedClassGrid } from '@/domain/progress/estimated-grid';
import { estimatorFor, estimatorNameFor } from '@/domain/progress/estimators/registry';
import { latestActivity } from '@/domain/progress/latest';
import { latestNormBands } from '@/domain/progress/norm-bands';
import { formatDateTime, formatNumber } from '@/i18n/format';
import { useDb } from '@/store/db-context';
import { useLineEstimatorChoices } from '@/store/estimator-choice.queries';
import { useCurriculum } from '@/store/curriculum.queries';
import { usePupilResults } from '@/store/curriculum.results';
import { ErrorNotice } from '@/ui/error-notice';
import { SkippedResults } from '@/ui/skipped-results';
import { DataQualityBadge } from '@/ui/data-quality-badge';
import { useStaleSources } from '@/store/source-freshness';
import { NotYourGroupError, schoolQueries } from '@/store/school.queries';
import { useNow } from '@/ui/clock-context';
import { useLocale, usePupilName } from '@/ui/use-labels';
import { GrowthSinceField, useGrowthSince } from '@/ui/growth-since-field';
import { LineSection } from './line-section';
import { useGroupContexts } from '@/store/line-view.view';
import { RubricSection } from './rubric-section';
import { usePupilInterventions } from '@/store/interventions.queries';
import type { Intervention } from '@/domain/intervention';
import { usePupilJudgements } from '@/store/judgements.queries';
import { judgementsByGoal } from '@/domain/teacher-judgement';
import { filterResults } from '@/domain/progress/result-filter';
import { useSourceChoices, useSourceNames } from '@/store/source-choices';
import { FilterBar } from '@/ui/filter-bar';
import { useViewFilters } from '@/ui/use-view-filters';
import { LineSkeleton, ProfileSkeleton } from './profile-skeleton';
import { useProgressiveCount } from './use-progressive-count';
import { useLocalText } from '@/ui/use-labels';

/** One pupil's progress per learning line over time, across every source. */
export function PupilProfilePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const db = useDb();
  const clock = useNow();
  const now = clock.toISOString();
  const nameOf = usePupilName();
  const text = useLocalText();
  const key = pupilKey(Number(useParams().key));
  const pupil = useQuery(schoolQueries.pupil(db, key));
  const results = usePupilResults(key);
  const { lines: allLines } = useCurriculum();
  const sources = useSourceNames();
  const { sourceName } = sources;
  const estimators = useLineEstimatorChoices();
  const choices = estimators.choices;
  const growth = useGrowthSince();
  const bands = useMemo(() => latestNormBands(results.data ?? [], now), [results.data, now]);
  // The compact data-quality line: stale sources among those this pupil's results come from.
  const used = useMemo(() => new Set((results.data ?? []).map((result) => result.source)), [results.data]);
  const stale = useStaleSources(clock, used);
  const contexts = useGroupContexts(pupil.data?.pupil.group ?? null, now);
  const interventions = usePupilInterventions(pupil.data?.pupil.ref ?? null);
  const judgements = usePupilJudgements(pupil.data?.pupil.ref ?? null);
  // Newer evidence is every result of the pupil, whatever the view's filters leave out.
  const judged = useMemo(() => judgementsByGoal(judgements.data, results.data ?? []), [judgements.data, results.data]);
  const filters = useViewFilters();
  const sourceChoices = useSourceChoices();
  const filterKey = JSON.stringify(filters.filter);
  // The view's filters (period, source, work form) decide which of the pupil's results count here.
  const shown = useMemo(() => {
    if (!results.data) return { results: null, error: null };
    try {
      return { results: filterResults(results.data, JSON.parse(filterKey) as typeof filters.filter, { now, lines: allLines }), error: null };
    } catch (error) {
      return { results: null, error: error instanceof Error ? error : new Error(String(error)) };
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [results.data, filterKey, now, allLines]);
  const row = useMemo(() => {
    if (!pupil.data || !shown.results || contexts.loading) return null;
    const pupils = [{ key: pupil.data.pupil.key, ref: pupil.data.pupil.ref }];
    return estimatedClassGrid(pupils, shown.results, allLines, contexts.level, (line) => estimatorFor(line.id, choices))[0] ?? null;
  }, [pupil.data, shown.results, allLines, contexts.level, contexts.loading, choices]);

  // The lines with results: the first is drawn at once, the others one by one after it (a skeleton until then).
  const lines = allLines.filter((line) => (row?.lines[line.id]?.goalsWithEvidence ?? 0) > 0);
  // Per line its interventions, the same arrays while the log stays: a drawn line section (memo) is not drawn again.
  const interventionsByLine = useMemo(
    () => new Map(allLines.map((line) => [line.id, interventions.data.filter((item) => line.goals.some((goal) => goal.id === item.goal))])),
    [allLines, interventions.data],
  );
  const drawn = useProgressiveCount(lines.length, `${key}|${filterKey}`);
  const back = <Link to={filters.hrefTo('/klas', pupil.data ? { groep: pupil.data.pupil.group } : {})}>{t('pupilProfile.back')}</Link>;

  if (pupil.isPending) return <ProfileSkeleton name={null} back={back} />;
  if (!pupil.data) {
    return (
      <section>
        {pupil.error instanceof NotYourGroupError ? (
          <>
            <h1>{t('unlock.groups.refused')}</h1>
            <p role="alert">{t('unlock.groups.refusedHelp')}</p>
          </>
        ) : (
          <h1>{t('pupilProfile.notFound')}</h1>
        )}
        <Link to="/klas">{t('pupilProfile.back')}</Link>
      </section>
    );
  }
  // The group's context could not be learnt: say so rather than show figures without it.
  if (contexts.error)
    return (
      <section>
        <h1>{nameOf(pupil.data.pupil, pupil.data.roster)}</h1>
        <ErrorNotice title={t('common.error.title')} message={contexts.error.message} detailLabel={t('common.error.details')} />
        {back}
      </section>
    );
  if (results.isPending || sources.isPending || estimators.isPending || contexts.loading || (!row && !shown.error))
    return <ProfileSkeleton name={nameOf(pupil.data.pupil, pupil.data.roster)} back={back} />;
  const name = nameOf(pupil.data.pupil, pupil.data.roster);
  const ref = pupil.data.pupil.ref;
  const groupName = pupil.data.pupil.group === 'zonder-groep' ? t('common.unassignedGroup') : (pupil.data.groupName ?? '');
  const activity = latestActivity(results.data ?? []);
  return (
    <article aria-labelledby="pupil-title">
      <p className="no-print">{back}</p>
      <h1 id="pupil-title">{name}</h1>
      <p className="no-print">
        <Link to={filters.hrefTo('/rapport', { groep: pupil.data.pupil.group, leerling: String(pupil.data.pupil.key) })}>{t('report.open')}</Link>
      </p>
      {groupName ? <p>{t('pupilProfile.group', { group: groupName })}</p> : null}
      {pupil.data.pupil.leftAt ? <p className="muted">{t('pupilProfile.left')}</p> : null}
      <SkippedResults count={results.skipped} />
      <DataQualityBadge stale={stale} duplicates={results.duplicates} />
      <FilterBar filters={filters} sources={sourceChoices} />
      {shown.error ? <p role="alert">{shown.error.message}</p> : null}
      {lines.length === 0 ? <p>{t('pupilProfile.noResults')}</p> : <GrowthSinceField growth={growth} />}
      {row
        ? lines.map((line, index) =>
            index >= drawn ? (
              <LineSkeleton key={line.id} id={line.id} title={text(line.title)} />
            ) : (
              <LineSection
                key={line.id}
                line={line}
                results={shown.results ?? []}
                mastery={row.lines[line.id] ?? { value: null, status: 'not-started', evidence: 0, goalsMastered: 0, goalsWithEvidence: 0 }}
                pupilName={name}
                sourceName={sourceName}
                method={t(`learningLines.estimator.name.${estimatorNameFor(line.id, choices)}`)}
                estimator={estimatorFor(line.id, choices)}
                showsMargin={estimatorNameFor(line.id, choices) === 'default'}
                contexts={contexts}
                pupil={ref}
                goals={row.goals}
                since={growth.since}
                bands={bands}
                interventions={interventionsByLine.get(line.id) as readonly Intervention[]}
                judged={judged}
              />
            ),
          )
        : null}
      <RubricSection pupil={pupil.data.pupil.ref} yearLevel={pupil.data.yearLevel ?? ''} name={name} />
      {activity.length > 0 ? (
        <section aria-labelledby="latest-title" className="panel" tabIndex={0}>
          <h2 id="latest-title">{t('pupilProfile.latest')}</h2>
          <table>
            <caption className="visually-hidden">{t('pupilProfile.latestCaption', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pupilProfile.latestColumn.source')}</th>
                <th scope="col">{t('pupilProfile.latestColumn.time')}</th>
                <th scope="col" className="num">
                  {t('pupilProfile.latestColumn.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {activity.map((item) => (
                <tr key={item.source}>
                  <td>{sourceName(item.source)}</td>
                  <td>{formatDateTime(locale, item.time)}</td>
                  <td className="num">{formatNumber(locale, item.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </article>
  );
}
