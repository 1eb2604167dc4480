import type { Result } from '../model';

/** What a class-grid cell rests on: how many results, the latest, from which sources. */
export interface CellEvidence {
  readonly count: number;
  /** ISO instant of the latest result. */
  readonly lastAt: string;
  readonly sources: readonly string[];
}

/**
 * Per pupil and column (a line or a goal): the results behind the cell. `columnsOf(goal)` says which
 * columns a goal counts in. Keyed `${pupil}|${column}`.
 */
export function cellEvidence(results: readonly Result[], columnsOf: (goal: string) => readonly string[]): Map<string, CellEvidence> {
  const found = new Map<string, { count: number; lastAt: string; sources: Set<string> }>();
  for (const result of results) {
    const columns = new Set(result.goals.flatMap((goal) => columnsOf(goal)));
    for (const column of columns) {
      const key = `${result.pupil}|${column}`;
      const entry = found.get(key) ?? { count: 0, lastAt: result.time, sources: new Set<string>() };
      entry.count += 1;
      if (result.time > entry.lastAt) entry.lastAt = result.time;
      entry.sources.add(result.source);
      found.set(key, entry);
    }
  }
  return new Map([...found].map(([key, entry]) => [key, { count: entry.count, lastAt: entry.lastAt, sources: [...entry.sources].sort() }]));
}
