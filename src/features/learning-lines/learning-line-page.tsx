import { useCallback, useId, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useAddressParams, withChanges } from '@/ui/use-address-params';
import { useTranslation } from 'react-i18next';
import { SLO_IMPORT_LINE, withGoals } from '@/curriculum/slo-import';
import type { PupilKey } from '@/domain/ids';
import type { LearningLine } from '@/domain/model';
import { estimatorFor, estimatorNameFor } from '@/domain/progress/estimators/registry';
import { useCurriculum } from '@/store/curriculum.queries';
import { useDb } from '@/store/db-context';
import { useLineEstimatorChoices } from '@/store/estimator-choice.queries';
import { schoolQueries } from '@/store/school.queries';
import { useUsedGoals } from '@/store/used-goals.queries';
import { ErrorNotice } from '@/ui/error-notice';
import { useGroupName, useLocalText, usePupilName } from '@/ui/use-labels';
import { EstimatorSettings } from './estimator-settings';
import { GoalDetail } from './goal-detail';
import { GoalList } from './goal-list';
import { useGrowthSince } from '@/ui/growth-since-field';
import { ImportedGoalsPanel } from './imported-goals-panel';
import { HiddenImportedGoals } from '@/ui/hidden-imported-goals';
import { ImportedGoalsToggle } from './imported-goals-toggle';
import { goalsByLevel } from './line-summary';
import { PositionTable } from './position-table';
import { SkippedResults } from '@/ui/skipped-results';
import { DataQualityBadge } from '@/ui/data-quality-badge';
import { useStaleSources } from '@/store/source-freshness';
import { useMinute, useNow } from '@/ui/clock-context';
import { useLineGrid } from './use-line-grid';
import { FirstSyncStatus } from '@/ui/first-sync-status';
import { FilterBar } from '@/ui/filter-bar';
import { LINE_PARAM, lineParam, withLineParam } from '@/ui/filter-params';
import { useViewFilters } from '@/ui/use-view-filters';
import { useSourceChoices, useSourceNames } from '@/store/source-choices';
import { GroupOverTimeChart } from './group-over-time-chart';
import { useLineOverTime } from '@/store/line-view.view';
import { DEFAULT_RULE } from '@/domain/progress/needs-help';
import { useNeedsHelpView } from '@/store/needs-help.view';

/**
 * A learning line for a group: its goals in level order with how many pupils master each, every
 * pupil's position on the line, and a drill-in from a goal to the pupils and results behind it.
 * Route: /leerlijnen?leerlijn=<lineId>&groep=<groupId>&doel=<goalId> (never pseudonyms in the URL; an
 * old link's `lijn=<lineId>` opens its line too, and the next change writes it as `leerlijn`).
 */
export function LearningLinePage() {
  const { t } = useTranslation();
  const db = useDb();
  const text = useLocalText();
  const nameOfGroup = useGroupName();
  const ids = { line: useId(), group: useId() };
  const [params, change] = useAddressParams();
  const groups = useQuery(schoolQueries.groups(db));
  const sources = useSourceNames();
  const { lines, lineById } = useCurriculum();
  const line = (lineById(lineParam(params) ?? '') ?? lines[0]) as LearningLine;
  const groupParam = params.get('groep');
  const groupIndex = Math.max(0, groups.data?.findIndex((candidate) => candidate.id === groupParam) ?? 0);
  const group = groups.data?.[groupIndex] ?? null;
  const groupName = group ? nameOfGroup(group, groupIndex) : '';
  const goalParam = params.get('doel');
  const goal = goalParam ? (line.goals.find((candidate) => candidate.id === goalParam) ?? null) : null;
  const filters = useViewFilters();
  const sourceChoices = useSourceChoices();
  const grid = useLineGrid(group?.id ?? null, line, filters.filter);
  const stale = useStaleSources(useNow());
  const { choices } = useLineEstimatorChoices();
  const method = estimatorNameFor(line.id, choices);
  const growth = useGrowthSince();
  // Imported SLO goals: only those the school uses (a result or a code mapping names them) unless all are asked for.
  const importedGoals = lineById(SLO_IMPORT_LINE)?.goals.length ?? 0;
  const [showAllImported, setShowAllImported] = useState(false);
  const usage = useUsedGoals(importedGoals > 0);
  const used = showAllImported ? undefined : usage.used;
  const shownLine = useMemo(() => (line.id === SLO_IMPORT_LINE && used ? withGoals(line, (id) => used.has(id.toLowerCase())) : line), [line, used]);
  const levels = useMemo(() => goalsByLevel(shownLine, grid.rows), [shownLine, grid.rows]);
  const nameOfPupil = usePupilName();
  // To the minute: the chart and who needs help are worked out again once a minute, not on every render.
  const now = useMinute();
  // The pupils Wie heeft hulp nodig lists (its default rule, this view's filters), from the compute worker.
  const needHelp = useNeedsHelpView(group, DEFAULT_RULE, filters.filter, now);
  // Who needs help gives the group's current pupils too (in the group's order): the chart waits for nothing else.
  const current = useMemo(() => [...needHelp.pupils.values()].map(({ pupil }) => ({ key: pupil.key, ref: pupil.ref })), [needHelp.pupils]);
  // The group on the line week by week, in the compute worker (as the grid), once who needs help is known.
  const overTime = useLineOverTime(
    group?.id ?? null,
    group && !needHelp.loading && !needHelp.error
      ? { line, lines, pupils: current, filter: filters.filter, choices, needHelp: needHelp.entries, now }
      : null,
  );
  // Names, links and the lists below stay the same while what they are made of stays: the goal list, the
  // position table and the chart (memo) are drawn again only then, not on each of the page's renders.
  const pupilNames = useMemo(
    () => new Map(grid.pupils.map(({ pupil, roster }) => [pupil.key, nameOfPupil(pupil, roster)] as const)),
    [grid.pupils, nameOfPupil],
  );
  const nameOfKey = useCallback((key: PupilKey) => pupilNames.get(key) ?? '', [pupilNames]);
  const { sourceName } = sources;

  const groupId = group?.id ?? null;
  const paramsWith = useCallback(
    (current: URLSearchParams, changes: Record<string, string | null>) => {
      const next = withLineParam(current, line.id);
      if (!next.get('groep') && groupId) next.set('groep', groupId);
      return withChanges(next, changes);
    },
    [line.id, groupId],
  );
  const searchWith = (changes: Record<string, string | null>) => `?${paramsWith(params, changes).toString()}`;
  const goalHref = useCallback((id: string) => `?${paramsWith(params, { doel: id }).toString()}`, [paramsWith, params]);
  // Every change is a step in the history: Back and Forward go through the choices.
  const update = (changes: Record<string, string | null>) => change((current) => paramsWith(current, changes));

  const error = groups.error ?? grid.error ?? sources.error ?? usage.error ?? overTime.error ?? needHelp.error;
  const usageLoading = importedGoals > 0 && !showAllImported && !usage.used;
  return (
    <section aria-labelledby="learning-lines-title">
      <h1 id="learning-lines-title">{t('learningLines.title')}</h1>
      {error ? <ErrorNotice title={t('common.error.title')} message={error.message} detailLabel={t('common.error.details')} /> : null}
      <div className="toolbar">
        <div>
          <label htmlFor={ids.line}>{t('learningLines.line')}</label>{' '}
          <select id={ids.line} value={line.id} onChange={(event) => update({ [LINE_PARAM]: event.target.value, doel: null })}>
            {lines.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {text(candidate.title)}
              </option>
            ))}
          </select>
        </div>
        {groups.data && groups.data.length > 0 ? (
          <div>
            <label htmlFor={ids.group}>{t('learningLines.group')}</label>{' '}
            <select id={ids.group} value={group?.id ?? ''} onChange={(event) => update({ groep: event.target.value })}>
              {groups.data.map((candidate, index) => (
                <option key={candidate.id} value={candidate.id}>
                  {nameOfGroup(candidate, index)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {importedGoals > 0 ? <ImportedGoalsToggle total={importedGoals} showAll={showAllImported} onChange={setShowAllImported} /> : null}
      </div>
      {groups.data && groups.data.length > 0 ? <FilterBar filters={filters} sources={sourceChoices} /> : null}
      <p>{text(line.description)}</p>
      <p>{t('learningLines.estimator.inUse', { method: t(`learningLines.estimator.name.${method}`) })}</p>
      <FirstSyncStatus otherwise={groups.data && groups.data.length === 0 ? <p>{t('learningLines.noGroups')}</p> : null} />
      <SkippedResults count={grid.skipped} />
      <DataQualityBadge stale={stale} duplicates={grid.duplicates} />
      {groups.isPending || grid.loading || sources.isPending || usageLoading ? <p role="status">{t('common.loading')}</p> : null}
      {group && !grid.loading && !sources.isPending && !usageLoading ? (
        grid.pupils.length === 0 ? (
          <p>{t('learningLines.noPupils')}</p>
        ) : (
          <>
            {goalParam && !goal ? <p role="alert">{t('learningLines.detail.unknownGoal')}</p> : null}
            {goal ? (
              <GoalDetail
                line={line}
                goal={goal}
                group={group.id}
                groupName={groupName}
                pupils={grid.pupils}
                rows={grid.rows}
                sourceName={sourceName}
                closeHref={searchWith({ doel: null })}
                estimator={estimatorFor(line.id, choices)}
                context={grid.growthContext}
                growth={growth}
              />
            ) : null}
            {overTime.series || needHelp.loading || overTime.loading ? (
              <GroupOverTimeChart series={overTime.series} group={groupName} line={text(line.title)} nameOf={nameOfKey} />
            ) : null}
            <HiddenImportedGoals hidden={line.goals.length - shownLine.goals.length} />
            <GoalList line={shownLine} levels={levels} groupName={groupName} selected={goal?.id ?? null} hrefFor={goalHref} />
            <PositionTable line={shownLine} pupils={grid.pupils} rows={grid.rows} groupName={groupName} />
          </>
        )
      ) : null}
      <EstimatorSettings />
      {usageLoading ? null : <ImportedGoalsPanel used={used} />}
    </section>
  );
}
