import { useMemo } from 'react';
import type { LearningLine } from '@/domain/model';
import type { ClassGridRow } from '@/domain/progress/estimated-grid';
import type { EstimatorContext } from '@/domain/progress/estimators/estimate';
import type { ResultFilter } from '@/domain/progress/result-filter';
import { useClassGridView } from '@/store/class-grid.view';
import { useGroupContexts } from '@/store/line-view.view';
import type { PupilWithRoster } from '@/store/school.queries';
import { useMinute, useNow } from '@/ui/clock-context';

export interface LineGrid {
  readonly loading: boolean;
  readonly error: Error | null;
  readonly pupils: readonly PupilWithRoster[];
  /** One row per pupil, in the group's order, with mastery per goal of the line. */
  readonly rows: readonly ClassGridRow[];
  /** Stored results that could not be read and were left out. */
  readonly skipped: number;
  /** Second reports of an attempt, counted once. */
  readonly duplicates: number;
  /** For growth since a date: the group's calibration and priors, each pupil's own results (no followGroup). */
  readonly growthContext: EstimatorContext;
}

const ALL: ResultFilter = {};

/**
 * A group's pupils and their mastery of every goal of one line: the class overview's grid with the
 * line as its only line, computed in the compute worker (useClassGridView), and the group's context
 * for growth, learnt there too (useGroupContexts). The group's results are not read on this thread.
 */
export function useLineGrid(group: string | null, line: LearningLine, filters: ResultFilter = ALL): LineGrid {
  const lines = useMemo(() => [line], [line]);
  const grid = useClassGridView(group, lines, filters, useMinute());
  const contexts = useGroupContexts(group, useNow().toISOString());
  return {
    loading: grid.loading || contexts.loading,
    error: grid.error ?? contexts.error,
    pupils: grid.pupils,
    rows: grid.list,
    skipped: grid.skipped,
    duplicates: grid.duplicates,
    growthContext: contexts.growth,
  };
}
