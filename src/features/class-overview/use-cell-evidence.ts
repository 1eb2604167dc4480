import { useMemo } from 'react';
import { groupId } from '@/domain/ids';
import type { LearningLine, Pupil } from '@/domain/model';
import { cellEvidence } from '@/domain/progress/cell-evidence';
import { useCurriculum } from '@/store/curriculum.queries';
import { useGroupResults } from '@/store/curriculum.results';
import { useSourceNames } from '@/store/source-choices';
import type { CellDetail } from './cell-popover';

/** Per pupil and column (a line, or a goal of the chosen line): the results behind the class grid's cell. */
export function useCellEvidence(group: string | null, line: LearningLine | null) {
  const results = useGroupResults(groupId(group ?? ''), group !== null);
  const { lines } = useCurriculum();
  const { sourceName } = useSourceNames();
  const found = useMemo(() => {
    const lineOf = new Map(lines.flatMap((candidate) => candidate.goals.map((goal) => [goal.id as string, candidate.id as string] as const)));
    return cellEvidence(results.data ?? [], (goal) => (line ? [goal] : lineOf.has(goal) ? [lineOf.get(goal) as string] : []));
  }, [results.data, lines, line]);
  return {
    detail: (pupil: Pupil, lineId: string, column: string, margin: number | null): CellDetail => {
      const cell = found.get(`${pupil.ref}|${column}`);
      return {
        count: cell?.count ?? 0,
        lastAt: cell?.lastAt ?? null,
        sources: (cell?.sources ?? []).map(sourceName),
        margin,
        href: `/leerling/${pupil.key}#lijn-${lineId}`,
      };
    },
  };
}
