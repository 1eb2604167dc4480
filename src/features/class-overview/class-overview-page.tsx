import { startTransition, useCallback, useId, useMemo, useOptimistic } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useAddressParams, withChanges } from '@/ui/use-address-params';
import { useTranslation } from 'react-i18next';
import { targetLevelFor } from '@/curriculum/targets';
import { SLO_IMPORT_LINE } from '@/curriculum/slo-import/slo-import-line';
import { estimatorNameFor } from '@/domain/progress/estimators/names';
import { goalsOf } from '@/domain/progress/line-mastery';
import { useCurriculum } from '@/store/curriculum.queries';
import { useDb } from '@/store/db-context';
import { useLineEstimatorChoices } from '@/store/estimator-choice.queries';
import { schoolQueries } from '@/store/school.queries';
import { useUsedGoals } from '@/store/used-goals.queries';
import { ErrorNotice } from '@/ui/error-notice';
import { HiddenImportedGoals } from '@/ui/hidden-imported-goals';
import { useGroupName, useLocalText, usePupilName } from '@/ui/use-labels';
import { ExportButton } from './export-button';
import { gridRows } from './grid-rows';
import { MasteryTable, type GridColumn, type SortKey } from './mastery-table';
import { useCellEvidence } from './use-cell-evidence';
import { SkippedResults } from '@/ui/skipped-results';
import { DataQualityBadge } from '@/ui/data-quality-badge';
import { useStaleSources } from '@/store/source-freshness';
import { useNow } from '@/ui/clock-context';
import { useClassGrid } from './use-class-grid';
import { useRubricColumns } from './use-rubric-columns';
import { FirstSyncStatus } from '@/ui/first-sync-status';
import { UnrosteredNotice } from './unrostered-notice';
import { FilterBar } from '@/ui/filter-bar';
import { filterToParams, LINE_PARAM, lineParam, withLineParam } from '@/ui/filter-params';
import { useViewFilters } from '@/ui/use-view-filters';
import { useSourceChoices } from '@/store/source-choices';

/** The whole class at a glance: pupils x learning lines, or pupils x the goals of one line. */
export function ClassOverviewPage() {
  const { t } = useTranslation();
  const db = useDb();
  const text = useLocalText();
  const nameOf = usePupilName();
  const ids = { group: useId(), line: useId(), level: useId(), rubrics: useId() };
  const [params, change] = useAddressParams();
  const groups = useQuery(schoolQueries.groups(db));
  // A group the list does not have (an old address, a group left out under "Mijn groepen") falls back to the first.
  const group = groups.data?.find((candidate) => candidate.id === params.get('groep')) ?? groups.data?.[0] ?? null;
  const { lines, lineById } = useCurriculum();
  const line = lineById(lineParam(params) ?? '') ?? null;
  const level = line ? (params.get('niveau') ?? targetLevelFor(line, group?.yearLevel ?? '') ?? line.levels[0]?.id ?? null) : null;
  const filters = useViewFilters();
  const sourceList = useSourceChoices();
  const grid = useClassGrid(group ? group.id : null, lines, filters.filter);
  const stale = useStaleSources(useNow());
  const { choices } = useLineEstimatorChoices();
  const showRubrics = !line && params.get('rubrics') === '1';
  // The address changes in a transition (react-router): the box shows its new state at once.
  const [rubricsTicked, setRubricsTicked] = useOptimistic(showRubrics);
  const rubric = useRubricColumns(grid.pupils, group?.yearLevel ?? '', showRubrics);
  const methodName = (id: Parameters<typeof estimatorNameFor>[0]) => t(`learningLines.estimator.name.${estimatorNameFor(id, choices)}`);
  // The lines this group has results on; before any result, the lines it has targets on.
  const yearLevel = group?.yearLevel ?? '';
  const linesShown = useMemo(() => {
    const withEvidence = lines.filter((candidate) => [...grid.rows.values()].some((row) => (row.lines[candidate.id]?.goalsWithEvidence ?? 0) > 0));
    return withEvidence.length > 0 ? withEvidence : lines.filter((candidate) => targetLevelFor(candidate, yearLevel) !== null);
  }, [lines, grid.rows, yearLevel]);

  // Every change is a step in the history: Back and Forward go through the choices.
  const update = (changes: Record<string, string | null>) => change((current) => withChanges(withLineParam(current), changes));
  // The sort lives in the address too.
  // Sort, columns and rows stay the same objects while what they are made of stays: the table (memo) is drawn again only then.
  const sortBy = params.get('sorteer') ?? 'name';
  const sortDirection = params.get('volgorde') === 'af' ? 'descending' : 'ascending';
  const sort: SortKey = useMemo(() => ({ by: sortBy, direction: sortDirection }), [sortBy, sortDirection]);
  const onSort = useCallback(
    (next: SortKey) =>
      change((current) =>
        withChanges(withLineParam(current), {
          sorteer: next.by === 'name' ? null : next.by,
          volgorde: next.direction === 'descending' ? 'af' : null,
        }),
      ),
    [change],
  );
  const evidence = useCellEvidence(group ? group.id : null, line);

  const nameOfGroup = useGroupName();
  const groupName = (id: string, name: string) => nameOfGroup({ id, name }, groups.data?.findIndex((candidate) => candidate.id === id) ?? 0);
  // Of the imported SLO line only the goals the school uses are columns (the others have no evidence; line mastery is unchanged).
  const importedLine = line?.id === SLO_IMPORT_LINE;
  const usage = useUsedGoals(importedLine);
  const levelGoals = useMemo(() => (line ? goalsOf(line, level) : []), [line, level]);
  const shownGoals = useMemo(
    () => (importedLine ? levelGoals.filter((goal) => usage.used?.has(goal.id.toLowerCase()) ?? false) : levelGoals),
    [importedLine, levelGoals, usage.used],
  );
  const practiceColumns: readonly GridColumn[] = useMemo(() => {
    // A goal column is named by its strand when that names it alone; else (no strand text, or two goals of one strand) by the goal.
    const goalLabel = (goal: (typeof shownGoals)[number]) => {
      const strand = line?.strands.find((candidate) => candidate.id === goal.strand);
      const alone = shownGoals.filter((other) => other.strand === goal.strand).length === 1;
      return strand && alone && text(strand.title) !== '' ? text(strand.title) : text(goal.title);
    };
    return line
      ? shownGoals.map((goal) => ({ id: goal.id, label: goalLabel(goal) }))
      : linesShown.map((candidate) => ({ id: candidate.id, label: text(candidate.title) }));
  }, [line, shownGoals, linesShown, text]);
  const columns: readonly GridColumn[] = useMemo(() => [...practiceColumns, ...rubric.columns], [practiceColumns, rubric.columns]);
  const rows = useMemo(
    () =>
      gridRows({
        pupils: grid.pupils,
        rows: grid.rows,
        columns: practiceColumns,
        line: line?.id ?? null,
        name: ({ pupil, roster }) => nameOf(pupil, roster),
        detail: evidence.detail,
        note: (mastery) => t('classOverview.goalsMastered', { mastered: mastery.goalsMastered, total: mastery.goalsWithEvidence }),
        extra: (key) => rubric.cells.get(key),
      }),
    [grid.pupils, grid.rows, practiceColumns, line, nameOf, evidence.detail, t, rubric.cells],
  );
  const levelLabel = line?.levels.find((candidate) => candidate.id === level)?.label;
  const what =
    line && levelLabel ? t('classOverview.captionGoals', { line: text(line.title), level: text(levelLabel) }) : t('classOverview.captionLines');

  return (
    <section aria-labelledby="class-overview-title">
      <h1 id="class-overview-title">{t('classOverview.title')}</h1>
      {groups.error ? <ErrorNotice title={t('common.error.title')} message={groups.error.message} detailLabel={t('common.error.details')} /> : null}
      <UnrosteredNotice />
      <FirstSyncStatus otherwise={groups.data && groups.data.length === 0 ? <p>{t('classOverview.noGroups')}</p> : null} />
      {groups.data && groups.data.length > 0 ? (
        <div className="toolbar">
          <div>
            <label htmlFor={ids.group}>{t('classOverview.group')}</label>{' '}
            <select id={ids.group} value={group?.id ?? ''} onChange={(event) => update({ groep: event.target.value, niveau: null })}>
              {groups.data.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {groupName(candidate.id, candidate.name)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={ids.line}>{t('classOverview.line')}</label>{' '}
            <select id={ids.line} value={line?.id ?? ''} onChange={(event) => update({ [LINE_PARAM]: event.target.value || null, niveau: null })}>
              <option value="">{t('classOverview.allLines')}</option>
              {lines.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {text(candidate.title)}
                </option>
              ))}
            </select>
          </div>
          {line ? (
            <div>
              <label htmlFor={ids.level}>{t('classOverview.level')}</label>{' '}
              <select id={ids.level} value={level ?? ''} onChange={(event) => update({ niveau: event.target.value })}>
                {line.levels.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {text(candidate.label)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {!line ? (
            <div>
              <input
                id={ids.rubrics}
                type="checkbox"
                checked={rubricsTicked}
                onChange={(event) => {
                  const ticked = event.target.checked;
                  startTransition(() => {
                    setRubricsTicked(ticked);
                    update({ rubrics: ticked ? '1' : null });
                  });
                }}
              />{' '}
              <label htmlFor={ids.rubrics}>{t('classOverview.showRubrics')}</label>
            </div>
          ) : null}
        </div>
      ) : null}
      {groups.data && groups.data.length > 0 ? <FilterBar filters={filters} sources={sourceList} /> : null}
      <SkippedResults count={grid.skipped} />
      <DataQualityBadge stale={stale} duplicates={grid.duplicates} />
      {usage.error ? <ErrorNotice title={t('common.error.title')} message={usage.error.message} detailLabel={t('common.error.details')} /> : null}
      {grid.error ? <ErrorNotice title={t('common.error.title')} message={grid.error.message} detailLabel={t('common.error.details')} /> : null}
      {rubric.error ? <ErrorNotice title={t('common.error.title')} message={rubric.error.message} detailLabel={t('common.error.details')} /> : null}
      {group && !grid.loading && !rubric.loading ? (
        rows.length === 0 ? (
          <p>{t('classOverview.noPupils')}</p>
        ) : (
          <div className="panel">
            {importedLine && usage.used ? <HiddenImportedGoals hidden={levelGoals.length - shownGoals.length} /> : null}
            <MasteryTable
              caption={t('classOverview.caption', { group: groupName(group.id, group.name), what })}
              columns={columns}
              rows={rows}
              sort={sort}
              onSort={onSort}
            />
            <p>
              <ExportButton
                filename={exportName(group.id, line ? `${line.id}-${level ?? ''}` : null, filterToParams(filters.filter, new URLSearchParams()))}
                columns={columns}
                rows={rows}
                sort={sort}
              />
            </p>
            <p>
              {line
                ? t('classOverview.method', { method: methodName(line.id) })
                : t('classOverview.methods', {
                    list: linesShown.map((candidate) => `${text(candidate.title)}: ${methodName(candidate.id)}`).join('; '),
                  })}
            </p>
            {showRubrics ? <p>{rubric.columns.length > 0 ? t('classOverview.rubricNote') : t('classOverview.noRubrics')}</p> : null}
            <p className="muted">{t('classOverview.legend')}</p>
          </div>
        )
      ) : null}
      {groups.isPending || (group && (grid.loading || rubric.loading)) ? <p role="status">{t('common.loading')}</p> : null}
    </section>
  );
}

/** The export's file name: the group, the line and level shown, and the filters (so two exports are told apart). */
function exportName(group: string, lineLevel: string | null, filterParams: URLSearchParams): string {
  const parts = ['leerzicht', group, ...(lineLevel ? [lineLevel] : []), ...[...filterParams.values()]];
  return parts.join('-').replace(/[^\w.-]+/g, '_');
}
