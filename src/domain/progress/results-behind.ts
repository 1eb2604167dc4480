import type { GoalId, PupilRef } from '../ids';
import type { Result } from '../model';

/** The results behind one goal for a set of pupils, newest first (ties by id, so the order is stable). */
export function resultsBehindGoal(results: readonly Result[], goal: GoalId, pupils: ReadonlySet<PupilRef>): Result[] {
  return results
    .filter((result) => pupils.has(result.pupil) && result.goals.includes(goal))
    .sort((a, b) => Date.parse(b.time) - Date.parse(a.time) || a.id.localeCompare(b.id));
}
