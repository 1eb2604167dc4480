import type { GoalId, PupilRef, SourceId } from '../ids';
import type { Result } from '../model';

/** Sources disagree strongly when one's average on a goal is at least this far above another's (e.g. 85% against 30%). */
export const CONFLICT_GAP = 0.5;
/** A source speaks for a goal with at least this many scored results on it. */
export const CONFLICT_MIN_RESULTS = 2;

export interface SourceValue {
  readonly source: SourceId;
  /** The source's average scaled score on the goal, 0..1. */
  readonly value: number;
  readonly results: number;
}

export interface Conflict {
  readonly pupil: PupilRef;
  readonly goal: GoalId;
  /** The highest and the lowest source, in that order. */
  readonly high: SourceValue;
  readonly low: SourceValue;
}

/**
 * Pupils whose sources disagree strongly on a goal: per pupil x goal x source the average scaled
 * score over its scored results; listed when the highest and lowest source (each with at least two
 * results) are CONFLICT_GAP or more apart. Sorted by gap, largest first.
 */
export function conflicts(results: readonly Result[]): Conflict[] {
  const sums = new Map<string, Map<SourceId, { sum: number; n: number }>>();
  for (const result of results) {
    if (!result.score || !Number.isFinite(result.score.scaled)) continue;
    for (const goal of result.goals) {
      const key = `${result.pupil}\u0000${goal}`;
      const bySource = sums.get(key) ?? new Map<SourceId, { sum: number; n: number }>();
      const entry = bySource.get(result.source) ?? { sum: 0, n: 0 };
      entry.sum += result.score.scaled;
      entry.n += 1;
      bySource.set(result.source, entry);
      sums.set(key, bySource);
    }
  }
  const found: Conflict[] = [];
  for (const [key, bySource] of sums) {
    const values: SourceValue[] = [...bySource]
      .filter(([, entry]) => entry.n >= CONFLICT_MIN_RESULTS)
      .map(([source, entry]) => ({ source, value: entry.sum / entry.n, results: entry.n }))
      .sort((a, b) => b.value - a.value || a.source.localeCompare(b.source));
    const high = values[0];
    const low = values.at(-1);
    if (!high || !low || high === low || high.value - low.value < CONFLICT_GAP) continue;
    const [pupil, goal] = key.split('\u0000') as [PupilRef, GoalId];
    found.push({ pupil, goal, high, low });
  }
  return found.sort(
    (a, b) => b.high.value - b.low.value - (a.high.value - a.low.value) || a.pupil.localeCompare(b.pupil) || a.goal.localeCompare(b.goal),
  );
}
