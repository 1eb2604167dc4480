import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { groupId as toGroupId } from '@/domain/ids';
import type { LearningLine, Result } from '@/domain/model';
import type { ClassGridRow } from '@/domain/progress/class-grid';
import { estimatedClassGrid } from '@/domain/progress/estimated-grid';
import type { EstimatorContext } from '@/domain/progress/estimators/estimate';
import { estimatorFor } from '@/domain/progress/estimators/registry';
import { useLineEstimatorChoices } from '@/store/estimator-choice.queries';
import { useDb } from '@/store/db-context';
import { useGroupResults } from '@/store/curriculum.results';
import { useGroupContext } from '@/store/group-context.results';
import { schoolQueries, type PupilWithRoster } from '@/store/school.queries';
import { useNow } from '@/ui/clock-context';

export interface LineGrid {
  readonly loading: boolean;
  readonly error: Error | null;
  readonly pupils: readonly PupilWithRoster[];
  /** One row per pupil, in the group's order, with mastery per goal of the line. */
  readonly rows: readonly ClassGridRow[];
  readonly results: readonly Result[];
  /** Stored results that could not be read and were left out. */
  readonly skipped: number;
  /** For growth since a date: the group's calibration and priors, each pupil's own results (no followGroup). */
  readonly growthContext: EstimatorContext;
}

const NO_RESULTS: readonly Result[] = [];

/** A group's pupils, their results and their mastery of every goal of one line, computed by the domain. */
export function useLineGrid(group: string | null, line: LearningLine): LineGrid {
  const db = useDb();
  const nowIso = useNow().toISOString();
  const id = toGroupId(group ?? '');
  const pupils = useQuery({ ...schoolQueries.pupilsIn(db, id), enabled: group !== null });
  const results = useGroupResults(id, group !== null);
  const estimators = useLineEstimatorChoices();
  const choices = estimators.choices;
  // The group's own results calibrate the sources and give each goal's prior and growth (decision 006), learnt once per results.
  const contexts = useGroupContext(results.data ?? NO_RESULTS, nowIso);
  const growthContext = contexts.growth;
  const rows = useMemo(() => {
    if (!pupils.data || !results.data || estimators.isPending) return [];
    return estimatedClassGrid(
      pupils.data.map(({ pupil }) => ({ key: pupil.key, ref: pupil.ref })),
      results.data,
      [line],
      contexts.level,
      (candidate) => estimatorFor(candidate.id, choices),
    );
  }, [pupils.data, results.data, line, contexts.level, choices, estimators.isPending]);
  return {
    loading: group !== null && (pupils.isPending || results.isPending || estimators.isPending),
    error: pupils.error ?? results.error ?? estimators.error ?? null,
    pupils: pupils.data ?? [],
    rows,
    results: results.data ?? NO_RESULTS,
    skipped: results.skipped,
    growthContext,
  };
}
