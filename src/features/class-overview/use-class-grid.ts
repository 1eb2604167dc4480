import type { LearningLine } from '@/domain/model';
import type { ClassGridRow } from '@/domain/progress/estimated-grid';
import type { ResultFilter } from '@/domain/progress/result-filter';
import { useClassGridView } from '@/store/class-grid.view';
import type { PupilWithRoster } from '@/store/school.queries';
import { useMinute } from '@/ui/clock-context';

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

/**
 * The group's pupils with their mastery per line and goal, as the group's mastery (useGroupMastery)
 * gives them, computed in the compute worker (useClassGridView) as of the minute.
 */
export function useClassGrid(group: string | null, lines: readonly LearningLine[], filters: ResultFilter = ALL): ClassGridData {
  return useClassGridView(group, lines, filters, useMinute());
}
