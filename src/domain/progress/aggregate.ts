import type { GoalId, LineId, PupilRef } from '../ids';
import type { LearningLine, Result } from '../model';
import { lineMasteryOf, type LineMastery } from './line-mastery';
import type { Mastery, MasteryOptions } from './mastery';
import { MasteryMatrix } from './matrix';

/**
 * Mastery of every pupil on every goal they have evidence for, in one pass (see MasteryMatrix:
 * dictionary-encoded pupils and goals, typed-array sums). Each cell equals `masteryOf` over that
 * pupil's results on that goal. Unmapped results (goals: []) are ignored; a result with several
 * goals counts for each (once, even when it lists a goal twice). Pupils and goals without
 * evidence are absent.
 */
export function masteryByPupilGoal(results: readonly Result[], options: MasteryOptions): Map<PupilRef, Map<GoalId, Mastery>> {
  const matrix = new MasteryMatrix(results, options);
  const byPupil = new Map<PupilRef, Map<GoalId, Mastery>>();
  matrix.pupils.forEach((pupil, p) => {
    const byGoal = new Map<GoalId, Mastery>();
    matrix.goals.forEach((goal, g) => {
      const mastery = matrix.at(p, g);
      if (mastery) byGoal.set(goal, mastery);
    });
    if (byGoal.size > 0) byPupil.set(pupil, byGoal);
  });
  return byPupil;
}

/**
 * Line mastery per pupil from a matrix already built: for each line, the evidence-weighted mean
 * of the pupil's goal masteries on it (lineMasteryOf), with the counts of goals with evidence and
 * goals mastered. Every line is present for every pupil with a mapped result (value null: no
 * evidence on that line).
 */
export function lineMasteryByPupil(matrix: MasteryMatrix, lines: readonly LearningLine[]): Map<PupilRef, Map<LineId, LineMastery>> {
  const codeOf = new Map<string, number>();
  for (const line of lines) for (const goal of line.goals) codeOf.set(goal.id, matrix.goalCode(goal.id));
  const byPupil = new Map<PupilRef, Map<LineId, LineMastery>>();
  matrix.pupils.forEach((pupil, p) => {
    const byLine = new Map<LineId, LineMastery>();
    for (const line of lines) {
      byLine.set(
        line.id,
        lineMasteryOf(line.goals, (goal) => {
          const g = codeOf.get(goal.id) ?? -1;
          return g < 0 ? null : matrix.at(p, g);
        }),
      );
    }
    byPupil.set(pupil, byLine);
  });
  return byPupil;
}

/** A pupil's mastery per line, for every pupil with a mapped result: one pass over the results. */
export function masteryByPupilLine(
  results: readonly Result[],
  lines: readonly LearningLine[],
  options: MasteryOptions,
): Map<PupilRef, Map<LineId, LineMastery>> {
  return lineMasteryByPupil(new MasteryMatrix(results, options), lines);
}
