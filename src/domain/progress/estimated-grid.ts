import type { GoalId, PupilRef } from '../ids';
import type { LearningLine, Result } from '../model';
import type { ClassGridRow, GridPupil } from './class-grid';
import type { Estimator, EstimatorContext } from './estimators/estimate';
import { lineMasteryOf, type LineMastery } from './line-mastery';
import type { Mastery } from './mastery';

/** Results per pupil per goal, in one pass (a result with several goals counts for each, once). */
function resultsByPupilGoal(results: readonly Result[]): Map<PupilRef, Map<GoalId, Result[]>> {
  const byPupil = new Map<PupilRef, Map<GoalId, Result[]>>();
  for (const result of results) {
    if (result.goals.length === 0) continue;
    let byGoal = byPupil.get(result.pupil);
    if (!byGoal) byPupil.set(result.pupil, (byGoal = new Map()));
    for (const goal of new Set(result.goals)) {
      const list = byGoal.get(goal);
      if (list) list.push(result);
      else byGoal.set(goal, [result]);
    }
  }
  return byPupil;
}

/**
 * The class grid (pupils x lines, pupils x goals) with the estimator chosen per line
 * (see estimatorFor): every view that shows mastery of a line computes it here, so a school's
 * choice of method counts everywhere alike. A goal on several lines keeps its last line's estimate.
 */
export function estimatedClassGrid(
  pupils: readonly GridPupil[],
  results: readonly Result[],
  lines: readonly LearningLine[],
  context: EstimatorContext,
  estimatorOf: (line: LearningLine) => Estimator,
): ClassGridRow[] {
  const byPupil = resultsByPupilGoal(results);
  return pupils.map((pupil) => {
    const byGoal = byPupil.get(pupil.ref);
    const goals: Record<string, Mastery> = {};
    const lineMastery: Record<string, LineMastery> = {};
    for (const line of lines) {
      const estimator = estimatorOf(line);
      lineMastery[line.id] = lineMasteryOf(line.goals, (goal) => {
        const list = byGoal?.get(goal.id);
        const estimate = list ? estimator(list, context) : null;
        if (!estimate) return null;
        const mastery: Mastery = {
          value: estimate.value,
          evidence: estimate.evidence,
          lastAt: estimate.lastAt,
          status: estimate.status,
          uncertainty: estimate.uncertainty,
        };
        goals[goal.id] = mastery;
        return mastery;
      });
    }
    return { key: pupil.key, ref: pupil.ref, lines: lineMastery, goals };
  });
}
