import type { LineId, PupilRef, SourceId } from '../ids';
import type { Result } from '../model';

export interface LineCoverage {
  readonly line: LineId;
  readonly pupils: number;
  /** Pupils with at least one result on the line in the period. */
  readonly withData: number;
  /** Pupils with results on the line, per source. */
  readonly bySource: ReadonlyMap<SourceId, number>;
  /** Pupils without any result on the line: "geen gegevens", never 0%. */
  readonly without: readonly PupilRef[];
}

/**
 * Per line, how many of a group's pupils have results from which sources in [since, until]
 * (ISO instants; results with an unreadable time are left out). `lineOf` gives a goal's line.
 */
export function coverage(
  pupils: readonly PupilRef[],
  results: readonly Result[],
  lines: readonly LineId[],
  lineOf: (goal: string) => LineId | undefined,
  since: string,
  until: string,
): LineCoverage[] {
  const from = Date.parse(since);
  const to = Date.parse(until);
  const seen = new Map<LineId, Map<PupilRef, Set<SourceId>>>(lines.map((line) => [line, new Map()]));
  for (const result of results) {
    const at = Date.parse(result.time);
    if (!(at >= from && at <= to)) continue;
    for (const goal of result.goals) {
      const byPupil = seen.get(lineOf(goal) as LineId);
      if (!byPupil) continue;
      const sources = byPupil.get(result.pupil) ?? new Set<SourceId>();
      sources.add(result.source);
      byPupil.set(result.pupil, sources);
    }
  }
  return lines.map((line) => {
    const byPupil = seen.get(line) ?? new Map<PupilRef, Set<SourceId>>();
    const bySource = new Map<SourceId, number>();
    for (const pupil of pupils) for (const source of byPupil.get(pupil) ?? []) bySource.set(source, (bySource.get(source) ?? 0) + 1);
    const without = pupils.filter((pupil) => !byPupil.has(pupil));
    return { line, pupils: pupils.length, withData: pupils.length - without.length, bySource, without };
  });
}
