import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { groupId as toGroupId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import type { ClassGridRow } from '@/domain/progress/class-grid';
import { estimatedClassGrid } from '@/domain/progress/estimated-grid';
import { estimatorFor } from '@/domain/progress/estimators/registry';
import { useLineEstimatorChoices } from '@/store/estimator-choice.queries';
import { useDb } from '@/store/db-context';
import { useCurriculum } from '@/store/curriculum.queries';
import { useGroupResults } from '@/store/curriculum.results';
import { useGroupContext } from '@/store/group-context.results';
import { schoolQueries, type PupilWithRoster } from '@/store/school.queries';
import { useNow } from '@/ui/clock-context';

const NO_RESULTS: readonly Result[] = [];

export interface ClassGridData {
  readonly loading: boolean;
  readonly error: Error | null;
  /** Stored results left out because they cannot be read. */
  readonly skipped: number;
  readonly pupils: readonly PupilWithRoster[];
  readonly rows: ReadonlyMap<number, ClassGridRow>;
}

/** The group's pupils with their mastery per line and goal, computed by the domain. */
export function useClassGrid(group: string | null): ClassGridData {
  const db = useDb();
  const now = useNow();
  const id = toGroupId(group ?? '');
  const pupils = useQuery({ ...schoolQueries.pupilsIn(db, id), enabled: group !== null });
  const results = useGroupResults(id, group !== null);
  const { lines } = useCurriculum();
  const estimators = useLineEstimatorChoices();
  const choices = estimators.choices;
  const nowIso = now.toISOString();
  // The group's own results calibrate the sources and give each goal's prior and growth (decision 006), learnt once per results.
  const context = useGroupContext(results.data ?? NO_RESULTS, nowIso).level;
  const rows = useMemo(() => {
    if (!pupils.data || !results.data || estimators.isPending) return new Map<number, ClassGridRow>();
    const grid = estimatedClassGrid(
      pupils.data.map(({ pupil }) => ({ key: pupil.key, ref: pupil.ref })),
      results.data,
      lines,
      context,
      (line) => estimatorFor(line.id, choices),
    );
    return new Map(grid.map((row) => [row.key as number, row]));
  }, [pupils.data, results.data, lines, context, choices, estimators.isPending]);
  return {
    loading: pupils.isPending || results.isPending || estimators.isPending,
    error: pupils.error ?? results.error ?? estimators.error ?? null,
    skipped: results.skipped,
    pupils: pupils.data ?? [],
    rows,
  };
}
