import { useMemo } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { builtInNow, loadBuiltIn, type BuiltInCurriculum } from '@/curriculum/built-in.load';
import { SLO_IMPORT_LINE } from '@/curriculum/slo-import/slo-import-line';
import { followReplacements } from '@/curriculum/slo-import/successors';
import type { Goal, LearningLine, LocalText } from '@/domain/model';
import type { LeerzichtDb, StoredCurriculumGoal } from './db';
import { useDb } from './db-context';
import { listCurriculum } from './curriculum.repo';

export const curriculumKeys = { all: ['curriculum'] as const, stored: () => [...curriculumKeys.all, 'stored'] as const };
/** The built-in lines' code (not data in the store: nothing invalidates it). */
export const builtInCurriculumKey = ['built-in-curriculum'] as const;

export const curriculumQueries = {
  stored: (db: LeerzichtDb) => queryOptions({ queryKey: curriculumKeys.stored(), queryFn: () => listCurriculum(db) }),
  builtIn: () => queryOptions({ queryKey: builtInCurriculumKey, queryFn: loadBuiltIn, staleTime: Infinity }),
};

/** A goal as shown: a built-in goal, or an imported SLO goal (SLO titles are Dutch in both languages). */
export interface ShownGoal {
  readonly id: string;
  readonly title: LocalText;
  readonly builtIn: Goal | null;
  readonly imported: StoredCurriculumGoal | null;
}

export interface CurriculumLibrary {
  /** The built-in lines, then (when any imported goal stands today) the line of imported SLO goals. */
  readonly lines: readonly LearningLine[];
  /** A line of `lines` by id (the imported line included). */
  readonly lineById: (id: string) => LearningLine | undefined;
  /** SLO's replacement links (old UUID -> successor UUIDs), for resolving result goals. */
  readonly links: ReadonlyMap<string, readonly string[]>;
  /** Imported goals none of our lines carry, replaced ones included (see `replacedBy`). */
  readonly imported: readonly StoredCurriculumGoal[];
  /** SLO's own (imported, refreshed) titles for the SLO UUIDs a built-in goal carries. */
  readonly sloTitlesOf: (goal: Goal) => ReadonlyArray<{ readonly id: string; readonly title: string }>;
  /**
   * A goal id as mappings and results carry it, for display. A goal SLO replaced resolves to its
   * successors (several after a split); an unknown id gives an empty list.
   */
  readonly resolve: (id: string) => readonly ShownGoal[];
  /** Built-in goals, then imported goals that stand today: for pickers. */
  readonly pickable: ReadonlyArray<{ readonly id: string; readonly label: LocalText }>;
  readonly broken: readonly string[];
  /** True until both the stored rows are read and the built-in lines have loaded (`lines` is empty until then). */
  readonly isPending: boolean;
  readonly error: Error | null;
}

const same = (text: string): LocalText => ({ nl: text, en: text });

/** Before the built-in lines have loaded (the class overview's first paint): no lines, no built-in goals. */
const NOT_LOADED: BuiltInCurriculum = {
  BUILT_IN_LINES: [],
  allGoals: () => [],
  goalById: () => undefined,
  lineById: () => undefined,
  importedLine: () => null,
};

function library(
  { BUILT_IN_LINES, allGoals, goalById, lineById, importedLine }: BuiltInCurriculum,
  goals: readonly StoredCurriculumGoal[],
): Omit<CurriculumLibrary, 'broken' | 'isPending' | 'error'> {
  const byId = new Map(goals.map((goal) => [goal.id, goal] as const));
  const links = new Map(goals.filter((goal) => goal.replacedBy.length > 0).map((goal) => [goal.id, goal.replacedBy] as const));
  const imported = goals.filter((goal) => goal.line === SLO_IMPORT_LINE && goal.title !== null);
  const shown = (id: string): ShownGoal | null => {
    const builtIn = goalById(id);
    if (builtIn) return { id, title: builtIn.title, builtIn, imported: null };
    const row = byId.get(id.toLowerCase());
    return row?.title ? { id: row.id, title: same(row.title), builtIn: null, imported: row } : null;
  };
  const resolve = (id: string): ShownGoal[] => {
    const row = byId.get(id.toLowerCase());
    if (goalById(id) || !row || row.replacedBy.length === 0) return [shown(id)].filter((goal): goal is ShownGoal => goal !== null);
    return followReplacements(row.id, links)
      .map(shown)
      .filter((goal): goal is ShownGoal => goal !== null);
  };
  const lineLabel = (goal: Goal): LocalText => {
    const line = lineById(goal.line);
    const level = line?.levels.find((candidate) => candidate.id === goal.level);
    return {
      nl: `${line?.title.nl ?? goal.line} ${level?.label.nl ?? ''}: ${goal.title.nl}`,
      en: `${line?.title.en ?? goal.line} ${level?.label.en ?? ''}: ${goal.title.en}`,
    };
  };
  const sloLine = importedLine(imported);
  const lines = sloLine ? [...BUILT_IN_LINES, sloLine] : BUILT_IN_LINES;
  return {
    lines,
    lineById: (id) => lines.find((line) => line.id === id),
    links,
    imported,
    // An imported goal's own UUID is the goal itself: only SLO ids other than the goal's id are listed.
    sloTitlesOf: (goal) =>
      goal.sloIds
        .filter((id) => id !== goal.id)
        .flatMap((id) => {
          const title = byId.get(id.toLowerCase())?.title;
          return title ? [{ id, title }] : [];
        }),
    resolve,
    pickable: [
      ...allGoals().map((goal) => ({ id: goal.id as string, label: lineLabel(goal) })),
      ...imported
        .filter((goal) => goal.replacedBy.length === 0)
        .map((goal) => ({ id: goal.id, label: { nl: `SLO: ${goal.title ?? ''}`, en: `SLO: ${goal.title ?? ''}` } })),
    ],
  };
}

/**
 * The curriculum as the views see it: built-in lines plus what was imported from SLO. The built-in
 * lines load after the first paint (curriculum/built-in.load.ts): pending until then on the class
 * overview; every other page loads them with its code, so there they are here from the first render.
 */
export function useCurriculum(): CurriculumLibrary {
  const stored = useQuery(curriculumQueries.stored(useDb()));
  const loading = useQuery({ ...curriculumQueries.builtIn(), enabled: builtInNow() === undefined });
  const builtIn = builtInNow() ?? loading.data;
  return useMemo(
    () => ({
      ...library(builtIn ?? NOT_LOADED, stored.data?.goals ?? []),
      broken: stored.data?.broken ?? [],
      isPending: stored.isPending || builtIn === undefined,
      error: stored.error ?? (builtIn === undefined ? loading.error : null),
    }),
    [builtIn, stored.data, stored.isPending, stored.error, loading.error],
  );
}
