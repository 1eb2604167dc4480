/**
 * Rubric entry before it is saved: the levels chosen per pupil x criterion (a draft) and a note per
 * pupil, and what saving them changes. Pure.
 */
import type { Pupil } from './model';
import type { Assessment, Rubric } from './rubric';

/** Levels chosen and not saved yet, by cellKey; '' is "(niet beoordeeld)". */
export type Draft = Readonly<Record<string, string>>;
export const cellKey = (pupil: number, criterion: string) => `${pupil}|${criterion}`;

/** A note per pupil, by pupil key: it goes with that pupil's assessments in the batch, and with no one else's. */
export type Notes = Readonly<Record<number, string>>;

/** The pupil key of a draft cell: the number before the first "|" (the criterion id after it may hold a "|"). */
export const splitKey = (key: string) => {
  const cut = key.indexOf('|');
  return { pupil: Number(key.slice(0, cut)), criterion: key.slice(cut + 1) };
};

/** Pupils with at least one level chosen in the draft. */
export const draftedPupils = (draft: Draft): ReadonlySet<number> =>
  new Set(
    Object.entries(draft)
      .filter(([, level]) => level !== '')
      .map(([key]) => splitKey(key).pupil),
  );

/** The stored assessment of one pupil on one criterion on one date, if there is one. */
export const assessmentOn = (saved: readonly Assessment[], rubric: Rubric, criterion: string, pupil: Pupil['ref'], date: string) =>
  saved.find((item) => item.rubric === rubric.id && item.criterion === criterion && item.pupil === pupil && item.date === date);

/** What saving a draft does: assessments to store, and ids of assessments on the chosen date to remove. */
export interface DraftChanges {
  readonly put: readonly Assessment[];
  readonly remove: readonly string[];
}

/**
 * The changes for a draft: one assessment per chosen level, each with its own pupil's note; and a
 * "(niet beoordeeld)" on a cell that has an assessment on the chosen date removes that assessment.
 * An assessment from another date is history and is never removed from the grid.
 */
export function draftChanges(
  rubric: Rubric,
  draft: Draft,
  pupils: readonly Pick<Pupil, 'key' | 'ref'>[],
  date: string,
  notes: Notes,
  saved: readonly Assessment[],
): DraftChanges {
  const put: Assessment[] = [];
  const remove: string[] = [];
  for (const [key, level] of Object.entries(draft)) {
    const cell = splitKey(key);
    const pupil = pupils.find((item) => item.key === cell.pupil);
    if (!pupil) continue;
    const existing = assessmentOn(saved, rubric, cell.criterion, pupil.ref, date);
    if (level === '') {
      if (existing) remove.push(existing.id);
      continue;
    }
    const note = (notes[cell.pupil] ?? '').trim();
    // The same cell on the same date replaces what is stored there (under its id), never a second one beside it.
    put.push({
      id: existing?.id ?? `${rubric.id}|${cell.criterion}|${pupil.ref}|${date}`,
      rubric: rubric.id,
      criterion: cell.criterion,
      pupil: pupil.ref,
      level,
      date,
      note,
    });
  }
  return { put, remove };
}
