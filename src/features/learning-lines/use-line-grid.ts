import { useMemo } from 'react';
import type { LearningLine, Result } from '@/domain/model';
import type { ClassGridRow } from '@/domain/progress/estimated-grid';
import type { EstimatorContext } from '@/domain/progress/estimators/estimate';
import type { ResultFilter } from '@/domain/progress/result-filter';
import { useGroupMastery } from '@/store/group-mastery';
import type { PupilWithRoster } from '@/store/school.queries';
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
  /** Second reports of an attempt, counted once. */
  readonly duplicates: number;
  /** For growth since a date: the group's calibration and priors, each pupil's own results (no followGroup). */
  readonly growthContext: EstimatorContext;
  /** For a pupil's level over time: the group's calibration and priors, following the group (as the profile). */
  readonly levelContext: EstimatorContext;
}

const ALL: ResultFilter = {};

/** A group's pupils, their results and their mastery of every goal of one line: the group's mastery (useGroupMastery). */
export function useLineGrid(group: string | null, line: LearningLine, filters: ResultFilter = ALL): LineGrid {
  const lines = useMemo(() => [line], [line]);
  const mastery = useGroupMastery(group, lines, filters, useNow().toISOString());
  return {
    loading: mastery.loading,
    error: mastery.error,
    pupils: mastery.pupils,
    rows: mastery.rows,
    results: mastery.results,
    skipped: mastery.skipped,
    duplicates: mastery.duplicates,
    growthContext: mastery.contexts.growth,
    levelContext: mastery.contexts.level,
  };
}
