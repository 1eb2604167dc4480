import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { groupId as toGroupId, type LineId, type SourceId } from '@/domain/ids';
import type { Goal, LearningLine } from '@/domain/model';
import { filterResults, type ResultPeriod } from '@/domain/progress/result-filter';
import { conflicts, type Conflict } from '@/domain/quality/conflicts';
import { coverage, type LineCoverage } from '@/domain/quality/coverage';
import { useCurriculum } from '@/store/curriculum.queries';
import { useGroupResults } from '@/store/curriculum.results';
import { useDb } from '@/store/db-context';
import { schoolQueries, type PupilWithRoster } from '@/store/school.queries';

export const PERIOD_CHOICES = ['last-6', 'last-12', 'school-year'] as const;
export type PeriodChoice = (typeof PERIOD_CHOICES)[number];

const PERIODS: Readonly<Record<PeriodChoice, ResultPeriod>> = {
  'last-6': { kind: 'last-weeks', weeks: 6 },
  'last-12': { kind: 'last-weeks', weeks: 12 },
  'school-year': { kind: 'school-year' },
};

/** The results are already cut to the period by filterResults: coverage counts them all. */
const ALL_TIME = ['0000-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z'] as const;

export interface GroupQuality {
  readonly loading: boolean;
  readonly error: Error | null;
  readonly pupils: readonly PupilWithRoster[];
  readonly coverage: readonly (LineCoverage & { readonly title: LearningLine['title'] })[];
  readonly conflicts: readonly Conflict[];
  readonly duplicates: number;
  readonly duplicatesBySource: ReadonlyMap<SourceId, number>;
  readonly goal: (id: string) => { readonly goal: Goal; readonly line: LearningLine } | undefined;
}

/**
 * A group's data quality in a period: per line how many pupils have results from which sources
 * (coverage), the pupils whose sources contradict each other on a goal (conflicts), and the
 * second reports counted once (over all the group's results, as every view counts them).
 */
export function useGroupQuality(group: string, period: PeriodChoice, now: Date): GroupQuality {
  const db = useDb();
  const id = toGroupId(group);
  const pupils = useQuery(schoolQueries.pupilsIn(db, id));
  const results = useGroupResults(id);
  const { lines } = useCurriculum();
  const at = now.toISOString();
  const byGoal = useMemo(() => new Map(lines.flatMap((line) => line.goals.map((goal) => [goal.id as string, { goal, line }] as const))), [lines]);
  const computed = useMemo(() => {
    if (!pupils.data || !results.data) return null;
    try {
      const kept = filterResults(results.data, { period: PERIODS[period] }, { now: at, lines });
      const refs = pupils.data.map(({ pupil }) => pupil.ref);
      const inGroup = new Set<string>(refs);
      const lineCoverage = coverage(
        refs,
        kept,
        lines.map((line) => line.id),
        (goal) => byGoal.get(goal)?.line.id as LineId | undefined,
        ...ALL_TIME,
      );
      return {
        coverage: lineCoverage.map((item) => ({ ...item, title: (lines.find((line) => line.id === item.line) as LearningLine).title })),
        conflicts: conflicts(kept).filter((item) => inGroup.has(item.pupil)),
        error: null,
      };
    } catch (error) {
      return { coverage: [], conflicts: [], error: error instanceof Error ? error : new Error(String(error)) };
    }
  }, [pupils.data, results.data, period, at, lines, byGoal]);
  return {
    loading: pupils.isPending || results.isPending,
    error: pupils.error ?? results.error ?? computed?.error ?? null,
    pupils: pupils.data ?? [],
    coverage: computed?.coverage ?? [],
    conflicts: computed?.conflicts ?? [],
    duplicates: results.duplicates,
    duplicatesBySource: results.duplicatesBySource,
    goal: (goal) => byGoal.get(goal),
  };
}
