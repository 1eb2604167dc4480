import type { PupilKey, PupilRef } from '../ids';
import type { LearningLine, Result } from '../model';
import { lineMasteryOf, type LineMastery } from './line-mastery';
import type { Mastery, MasteryOptions } from './mastery';
import { MasteryMatrix } from './matrix';

export interface GridPupil {
  readonly key: PupilKey;
  readonly ref: PupilRef;
}

export interface ClassGridRow {
  readonly key: PupilKey;
  readonly ref: PupilRef;
  /** Per line id. */
  readonly lines: Readonly<Record<string, LineMastery>>;
  /** Per goal id (for drilling into a line). */
  readonly goals: Readonly<Record<string, Mastery>>;
}

/** The class overview: every pupil x line, and every pupil x goal with evidence, in one pass. */
export function classGrid(pupils: readonly GridPupil[], results: readonly Result[], lines: readonly LearningLine[], options: MasteryOptions): ClassGridRow[] {
  const matrix = new MasteryMatrix(results, options);
  return pupils.map((pupil) => {
    const goals: Record<string, Mastery> = {};
    const lineMastery: Record<string, LineMastery> = {};
    for (const line of lines) {
      lineMastery[line.id] = lineMasteryOf(line.goals, (goal) => {
        const mastery = matrix.get(pupil.ref, goal.id);
        if (mastery) goals[goal.id] = mastery;
        return mastery;
      });
    }
    return { key: pupil.key, ref: pupil.ref, lines: lineMastery, goals };
  });
}
