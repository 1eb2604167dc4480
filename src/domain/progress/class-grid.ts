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
export function classGrid(
  pupils: readonly GridPupil[],
  results: readonly Result[],
  lines: readonly LearningLine[],
  options: MasteryOptions,
): ClassGridRow[] {
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

export type SortDirection = 'asc' | 'desc';

const collators = new Map<string, Intl.Collator>();
const collatorFor = (locale: string) => {
  let collator = collators.get(locale);
  if (!collator) collators.set(locale, (collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })));
  return collator;
};

/**
 * Sorts class-overview rows by name (the label getter gives it: names live in the view, rows
 * carry only pseudonyms) or by the mastery on one line. Rows without evidence on that line come
 * last in both directions; ties are broken by name, ascending. Returns a new array.
 */
export function sortRows<R extends Pick<ClassGridRow, 'lines'>>(
  rows: readonly R[],
  by: 'name' | string,
  direction: SortDirection,
  label: (row: R) => string,
  locale = 'nl',
): R[] {
  const collator = collatorFor(locale);
  const sign = direction === 'asc' ? 1 : -1;
  const labelled = rows.map((row) => ({ row, name: label(row), value: by === 'name' ? null : (row.lines[by]?.value ?? null) }));
  labelled.sort((a, b) => {
    if (by !== 'name') {
      if (a.value === null || b.value === null) {
        if (a.value !== b.value) return a.value === null ? 1 : -1;
      } else if (a.value !== b.value) return sign * (a.value - b.value);
      return collator.compare(a.name, b.name);
    }
    return sign * collator.compare(a.name, b.name);
  });
  return labelled.map((entry) => entry.row);
}
