/**
 * The views' class grid (masteryGrid over encoded results) with the decaying average on every
 * line: the method whose numbers are masteryOf's, so grid cells can be checked against masteryOf.
 */
import { goalId, lineId, pupilKey, type GoalId, type PupilKey, type PupilRef } from '@/domain/ids';
import type { LearningLine, Result } from '@/domain/model';
import { estimatedClassGrid, type ClassGridRow } from '@/domain/progress/estimated-grid';
import { ESTIMATORS } from '@/domain/progress/estimators/registry';
import type { Mastery, MasteryOptions } from '@/domain/progress/mastery';

export function decayingGrid(
  pupils: readonly { key: PupilKey; ref: PupilRef }[],
  results: readonly Result[],
  lines: readonly LearningLine[],
  options: MasteryOptions,
): ClassGridRow[] {
  return estimatedClassGrid(pupils, results, lines, options, () => ESTIMATORS.decayingAverage);
}

/** A line made of the given goal ids (goals on no curriculum line can be cells too). */
export function lineOfGoals(goals: readonly string[], id = 'test-line'): LearningLine {
  const text = { nl: id, en: id };
  return {
    id: lineId(id),
    subject: 'arithmetic',
    title: text,
    description: text,
    levels: [],
    strands: [],
    goals: goals.map((goal, order) => ({
      id: goalId(goal) as GoalId,
      sloIds: [],
      line: lineId(id),
      subject: 'arithmetic',
      level: '',
      strand: '',
      order,
      title: text,
    })),
  };
}

/** A grid cell as masteryOf states it: the estimate's uncertainty (which masteryOf has no notion of) left out. */
export function asMastery(cell: Mastery | undefined): Mastery | null {
  if (!cell) return null;
  const { uncertainty: _uncertainty, ...mastery } = cell;
  return mastery;
}

/** The decaying-average grid of `pupils` over one line of `goals`, read cell by cell (null: no evidence). */
export function gridCells(results: readonly Result[], pupils: readonly PupilRef[], goals: readonly string[], options: MasteryOptions) {
  const rows = decayingGrid(
    pupils.map((ref, index) => ({ key: pupilKey(index + 1), ref })),
    results,
    [lineOfGoals(goals)],
    options,
  );
  return { rows, get: (pupil: PupilRef, goal: string) => asMastery(rows.find((row) => row.ref === pupil)?.goals[goal]) };
}
