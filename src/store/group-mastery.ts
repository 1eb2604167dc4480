import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { groupId as toGroupId } from '@/domain/ids';
import type { LearningLine, Result } from '@/domain/model';
import { masteryGrid, type ClassGridRow } from '@/domain/progress/estimated-grid';
import { estimatorFor, type LineEstimatorChoices } from '@/domain/progress/estimators/registry';
import { keptMask, type ResultFilter } from '@/domain/progress/result-filter';
import { useCurriculum } from './curriculum.queries';
import { useGroupResults } from './curriculum.results';
import { useDb } from './db-context';
import { useLineEstimatorChoices } from './estimator-choice.queries';
import { encodedResultsOf, useGroupContext, type GroupContexts } from './group-context.results';
import { schoolQueries, type PupilWithRoster } from './school.queries';

export interface GroupMastery {
  readonly loading: boolean;
  readonly error: Error | null;
  /** Stored results left out because they cannot be read. */
  readonly skipped: number;
  /** Second reports of an attempt already counted, left out of every figure (deduplicate). */
  readonly duplicates: number;
  /** The group's pupils, in the group's order. */
  readonly pupils: readonly PupilWithRoster[];
  /** The group's results (goals resolved), unfiltered: what the contexts are learnt from. */
  readonly results: readonly Result[];
  /** One row per pupil, in the group's order: mastery per line and goal of `lines`, over the filtered results. */
  readonly rows: readonly ClassGridRow[];
  readonly rowsByKey: ReadonlyMap<number, ClassGridRow>;
  /** The group's calibration and priors: level (followGroup) and growth. */
  readonly contexts: GroupContexts;
  /** The method chosen per line. */
  readonly choices: LineEstimatorChoices;
}

export interface GroupMasteryOptions {
  /**
   * Learn the group's contexts (calibration and priors) on this thread; default true. Off for a view
   * that computes elsewhere what it needs of them (needs-help, in the compute worker): `contexts`
   * is then learnt from no results.
   */
  readonly contexts?: boolean;
}

const NO_RESULTS: readonly Result[] = [];
const NO_ROWS: readonly ClassGridRow[] = [];

/**
 * A group's mastery on the main thread (learning line, needs-help, the pupil profile's group
 * context; the class overview runs the same path in the compute worker, class-grid.path.ts, decision
 * 032): pupils, readable results with goals resolved,
 * the estimator chosen per line, the group's context (decision 006) and the grid (masteryGrid over
 * the encoded results, decision 021). `filters` (a ResultFilter) leaves results out of the grid;
 * the context is learnt from all of the group's results. `now` is the view's clock (ISO).
 */
export function useGroupMastery(
  group: string | null,
  lines: readonly LearningLine[],
  filters: ResultFilter,
  now: string,
  { contexts: learn = true }: GroupMasteryOptions = {},
): GroupMastery {
  const db = useDb();
  const id = toGroupId(group ?? '');
  const pupils = useQuery({ ...schoolQueries.pupilsIn(db, id), enabled: group !== null });
  const results = useGroupResults(id, group !== null);
  const curriculum = useCurriculum();
  const estimators = useLineEstimatorChoices();
  const choices = estimators.choices;
  const data = results.data ?? NO_RESULTS;
  const contexts = useGroupContext(learn ? data : NO_RESULTS, now);
  const filterKey = JSON.stringify(filters);
  const grid = useMemo((): { rows: readonly ClassGridRow[]; error: Error | null } => {
    // No lines, no grid: the results are not encoded for it (needs-help, the profile's contexts).
    if (!pupils.data || !results.data || estimators.isPending || lines.length === 0) return { rows: NO_ROWS, error: null };
    const encoded = encodedResultsOf(results.data);
    let kept: Uint8Array | null;
    try {
      kept = keptMask(encoded, JSON.parse(filterKey) as ResultFilter, { now, lines: curriculum.lines });
    } catch (error) {
      return { rows: NO_ROWS, error: error instanceof Error ? error : new Error(String(error)) };
    }
    const gridPupils = pupils.data.map(({ pupil }) => ({ key: pupil.key, ref: pupil.ref }));
    return { rows: masteryGrid(encoded, gridPupils, lines, contexts.level, (line) => estimatorFor(line.id, choices), kept), error: null };
    // `now` enters through contexts.level (a new context per now).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pupils.data, results.data, lines, contexts.level, choices, estimators.isPending, filterKey, curriculum.lines]);
  const rowsByKey = useMemo(() => new Map(grid.rows.map((row) => [row.key as number, row])), [grid.rows]);
  return {
    loading: group !== null && (pupils.isPending || results.isPending || estimators.isPending),
    error: pupils.error ?? results.error ?? estimators.error ?? grid.error,
    skipped: results.skipped,
    duplicates: results.duplicates,
    pupils: pupils.data ?? [],
    results: data,
    rows: grid.rows,
    rowsByKey,
    contexts,
    choices,
  };
}
