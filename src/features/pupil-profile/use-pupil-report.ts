import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { PupilKey } from '@/domain/ids';
import type { LearningLine } from '@/domain/model';
import { estimatedClassGrid } from '@/domain/progress/estimated-grid';
import { estimatorFor } from '@/domain/progress/estimators/registry';
import { lineGrowthSince, type GoalGrowth } from '@/domain/progress/growth-since';
import { latestActivity, type SourceActivity } from '@/domain/progress/latest';
import type { LineMastery } from '@/domain/progress/line-mastery';
import { useCurriculum } from '@/store/curriculum.queries';
import { usePupilResults } from '@/store/curriculum.results';
import { filterResults } from '@/domain/progress/result-filter';
import { useViewFilters } from '@/ui/use-view-filters';
import { useDb } from '@/store/db-context';
import { useLineEstimatorChoices } from '@/store/estimator-choice.queries';
import { schoolQueries } from '@/store/school.queries';
import { useNow } from '@/ui/clock-context';
import { usePupilName } from '@/ui/use-labels';
import { useGroupContexts } from '@/store/line-view.view';

export interface ReportLine {
  readonly line: LearningLine;
  readonly mastery: LineMastery;
  readonly growth: GoalGrowth;
}

export interface PupilReport {
  readonly name: string;
  readonly ref: string;
  readonly group: string;
  readonly groupName: string | null;
  readonly yearLevel: string;
  readonly lines: readonly ReportLine[];
  readonly activity: readonly SourceActivity[];
}

/** What the parent report shows of one pupil: per line with results the level now and the growth since `since`. */
export function usePupilReport(key: PupilKey, since: string): { report: PupilReport | null; loading: boolean; error: Error | null } {
  const db = useDb();
  const now = useNow().toISOString();
  const nameOf = usePupilName();
  const pupil = useQuery(schoolQueries.pupil(db, key));
  const results = usePupilResults(key);
  const { lines: allLines } = useCurriculum();
  const { choices, isPending } = useLineEstimatorChoices();
  const contexts = useGroupContexts(pupil.data?.pupil.group ?? null, now);
  // The filters the report was opened with (period, source, work form; ui/filter-params) decide which results count.
  const { filter } = useViewFilters();
  const filterKey = JSON.stringify(filter);
  const report = useMemo((): PupilReport | null => {
    if (!pupil.data || !results.data || contexts.loading || contexts.error) return null;
    const { pupil: found, roster } = pupil.data;
    const own = filterResults(results.data, JSON.parse(filterKey) as typeof filter, { now, lines: allLines });
    const row = estimatedClassGrid([{ key: found.key, ref: found.ref }], own, allLines, contexts.level, (line) => estimatorFor(line.id, choices))[0];
    const lines = allLines
      .filter((line) => (row?.lines[line.id]?.goalsWithEvidence ?? 0) > 0)
      .map((line) => ({
        line,
        mastery: row!.lines[line.id]!,
        growth: lineGrowthSince(own, line.goals, since, estimatorFor(line.id, choices), { ...contexts.growth, now }),
      }));
    return {
      name: nameOf(found, roster),
      ref: found.ref,
      group: found.group,
      groupName: pupil.data.groupName,
      yearLevel: pupil.data.yearLevel ?? '',
      lines,
      activity: latestActivity(own),
    };
  }, [pupil.data, results.data, contexts, allLines, choices, since, now, nameOf, filterKey]);
  return { report, loading: pupil.isPending || results.isPending || isPending || contexts.loading, error: pupil.error ?? contexts.error ?? null };
}
