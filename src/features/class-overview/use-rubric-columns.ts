import { useMemo } from 'react';
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Assessment, TargetState } from '@/domain/rubric';
import { useDb } from '@/store/db-context';
import { rubricKeys, rubricQueries } from '@/store/rubrics.keys';
import type { PupilWithRoster } from '@/store/school.queries';
import type { MasteryStatusName } from '@/ui/status-colours';
import { useLocalText } from '@/ui/use-labels';
import type { GridCell, GridColumn } from './mastery-table';

/** Colour of a rubric cell; the word beside it always says the same (never colour alone). */
const COLOUR_OF: Readonly<Record<TargetState, MasteryStatusName>> = {
  below: 'working',
  at: 'mastered',
  above: 'mastered',
  'no-target': 'not-started',
  'not-assessed': 'not-started',
  'level-removed': 'not-started',
};

export interface RubricColumns {
  readonly columns: readonly GridColumn[];
  /** Per pupil key, per column id. */
  readonly cells: ReadonlyMap<number, Readonly<Record<string, GridCell>>>;
  readonly loading: boolean;
  readonly error: Error | null;
}

const NO_COLUMNS: readonly GridColumn[] = [];
const NO_CELLS: RubricColumns['cells'] = new Map();

/** The assessments per rubric, pending and error: a module-level function, so useQueries keeps its answer while the queries stay. */
const combined = (queries: UseQueryResult<readonly Assessment[]>[]) => ({
  data: queries.map((query) => query.data),
  pending: queries.some((query) => query.isPending),
  error: queries.find((query) => query.error)?.error ?? null,
});

/**
 * One column per rubric the group was assessed on: each pupil's latest levels against the group's target (teacher judgement).
 * The columns and cells stay the same objects while their data stay (one constant while off or loading): the grid is not drawn again.
 */
export function useRubricColumns(pupils: readonly PupilWithRoster[], yearLevel: string, enabled: boolean): RubricColumns {
  const { t } = useTranslation();
  const db = useDb();
  const text = useLocalText();
  // Under the rubrics key: a saved or deleted rubric refreshes it.
  const library = useQuery({
    queryKey: [...rubricKeys.all, 'class-overview-columns'],
    queryFn: async () => (await import('./rubric-columns.load')).loadRubricColumns(db),
    enabled,
  });
  const assessed = useQueries({
    queries: (library.data?.rubrics ?? []).map((rubric) => ({ ...rubricQueries.assessments(db, rubric.id), enabled })),
    combine: combined,
  });
  const loading = enabled && (library.isPending || assessed.pending);
  const error = library.error ?? assessed.error;
  const shown = useMemo(() => {
    if (!enabled || loading || !library.data) return { columns: NO_COLUMNS, cells: NO_CELLS };
    const { rubrics, standing: rubricStanding } = library.data;
    const columns: GridColumn[] = [];
    const cells = new Map<number, Record<string, GridCell>>(pupils.map(({ pupil }) => [pupil.key as number, {}]));
    const refs = new Set<string>(pupils.map(({ pupil }) => pupil.ref));
    rubrics.forEach((rubric, index) => {
      const assessments = (assessed.data[index] ?? []).filter((assessment) => refs.has(assessment.pupil));
      if (assessments.length === 0) return;
      const id = `rubric:${rubric.id}`;
      columns.push({ id, label: t('classOverview.rubricColumn', { rubric: text(rubric.title) }) });
      for (const { pupil } of pupils) {
        const standing = rubricStanding(assessments, rubric, pupil.ref, yearLevel);
        const row = cells.get(pupil.key as number) as Record<string, GridCell>;
        row[id] = { value: standing.score, status: COLOUR_OF[standing.state], label: t(`classOverview.rubricState.${standing.state}`) };
      }
    });
    return { columns, cells };
  }, [enabled, loading, library.data, assessed.data, pupils, yearLevel, t, text]);
  return { ...shown, loading, error };
}
