import { useCallback } from 'react';
import type { LearningLine, Pupil } from '@/domain/model';
import { useClassCellEvidence } from '@/store/class-grid.view';
import { useSourceNames } from '@/store/source-choices';
import type { CellDetail } from './cell-popover';

/**
 * Per pupil and column (a line, or a goal of the chosen line): the results behind the class grid's cell (computed in the compute worker).
 * `detail` stays the same function while the evidence and the source names stay: the grid's rows (and the memo table) are kept.
 */
export function useCellEvidence(group: string | null, line: LearningLine | null) {
  const found = useClassCellEvidence(group, line?.id ?? null);
  const { sourceName } = useSourceNames();
  const detail = useCallback(
    (pupil: Pupil, lineId: string, column: string, margin: number | null): CellDetail => {
      const cell = found.get(`${pupil.ref}|${column}`);
      return {
        count: cell?.count ?? 0,
        lastAt: cell?.lastAt ?? null,
        sources: (cell?.sources ?? []).map(sourceName),
        margin,
        href: `/leerling/${pupil.key}#lijn-${lineId}`,
      };
    },
    [found, sourceName],
  );
  return { detail };
}
