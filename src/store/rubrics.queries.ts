import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { BUILT_IN_RUBRICS } from '@/curriculum/rubrics';
import type { Rubric } from '@/domain/rubric';
import { mergeRubrics } from '@/domain/rubric-edit';
import { useDb } from './db-context';
import { rubricKeys, rubricQueries } from './rubrics.keys';

export { rubricKeys, rubricQueries };

/** Where a rubric in the list comes from. */
export type RubricOrigin = 'built-in' | 'edited' | 'school';

export interface RubricLibrary {
  /** Built-in rubrics (or the school's edit of one, in its place), then the school's own. */
  readonly rubrics: readonly Rubric[];
  readonly byId: (id: string) => Rubric | undefined;
  readonly originOf: (id: string) => RubricOrigin | undefined;
  /** Stored rubrics that could not be read (kept, not shown). */
  readonly broken: readonly string[];
  /** True while the stored rubrics load; `rubrics` holds the built-in ones meanwhile. */
  readonly isPending: boolean;
}

const builtInIds = new Set<string>(BUILT_IN_RUBRICS.map((rubric) => rubric.id));

/** Every rubric the app can use: the one list for the rubrics page, the editor and the pupil profile. */
export function useRubrics(): RubricLibrary {
  const stored = useQuery(rubricQueries.stored(useDb()));
  return useMemo(() => {
    const own = stored.data?.rubrics ?? [];
    const rubrics = mergeRubrics(BUILT_IN_RUBRICS, own);
    const storedIds = new Set<string>(own.map((rubric) => rubric.id));
    const byId = new Map<string, Rubric>(rubrics.map((rubric) => [rubric.id, rubric]));
    return {
      rubrics,
      byId: (id) => byId.get(id),
      originOf: (id) => (!byId.has(id) ? undefined : storedIds.has(id) ? (builtInIds.has(id) ? 'edited' : 'school') : 'built-in'),
      broken: stored.data?.broken ?? [],
      isPending: stored.isPending,
    };
  }, [stored.data, stored.isPending]);
}
