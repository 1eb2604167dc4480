import type { LearningLine } from '@/domain/model';
import type { ClassGridRow } from '@/domain/progress/estimated-grid';
import type { ResultFilter } from '@/domain/progress/result-filter';
import { useGroupMastery } from '@/store/group-mastery';
import type { PupilWithRoster } from '@/store/school.queries';
import { useNow } from '@/ui/clock-context';

export interface ClassGridData {
  readonly loading: boolean;
  readonly error: Error | null;
  /** Stored results left out because they cannot be read. */
  readonly skipped: number;
  /** Second reports of an attempt, counted once. */
  readonly duplicates: number;
  readonly pupils: readonly PupilWithRoster[];
  readonly rows: ReadonlyMap<number, ClassGridRow>;
}

const ALL: ResultFilter = {};

/** The group's pupils with their mastery per line and goal: the group's mastery (useGroupMastery) as the class overview reads it. */
export function useClassGrid(group: string | null, lines: readonly LearningLine[], filters: ResultFilter = ALL): ClassGridData {
  const mastery = useGroupMastery(group, lines, filters, useNow().toISOString());
  return {
    loading: mastery.loading,
    error: mastery.error,
    skipped: mastery.skipped,
    duplicates: mastery.duplicates,
    pupils: mastery.pupils,
    rows: mastery.rowsByKey,
  };
}
