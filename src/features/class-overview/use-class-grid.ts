import type { LearningLine } from '@/domain/model';
import type { ResultFilter } from '@/domain/progress/result-filter';
import { useClassGridView, type ClassGridViewData } from '@/store/class-grid.view';
import { useMinute } from '@/ui/clock-context';

/** The class overview's grid: pupils, rows by pupil key, what was left out (useClassGridView). */
export type ClassGridData = ClassGridViewData;

const ALL: ResultFilter = {};

/**
 * The group's pupils with their mastery per line and goal, computed in the compute worker (useClassGridView) as of the minute.
 */
export function useClassGrid(group: string | null, lines: readonly LearningLine[], filters: ResultFilter = ALL): ClassGridData {
  return useClassGridView(group, lines, filters, useMinute());
}
