import type { Pupil } from '@/domain/model';
import type { Assessment, Rubric } from '@/domain/rubric';
import type { Draft } from './assessment-grid';

/** A note per pupil, by pupil key: it goes with that pupil's assessments in the batch, and with no one else's. */
export type Notes = Readonly<Record<number, string>>;

/** The pupil key of a draft cell: the number before the first "|" (the criterion id after it may hold a "|"). */
const splitKey = (key: string) => {
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

/** The assessments to store for a draft: one per chosen level, each with its own pupil's note. */
export function assessmentBatch(rubric: Rubric, draft: Draft, pupils: readonly Pick<Pupil, 'key' | 'ref'>[], date: string, notes: Notes): Assessment[] {
  return Object.entries(draft).flatMap(([key, level]) => {
    const cell = splitKey(key);
    const pupil = pupils.find((item) => item.key === cell.pupil);
    if (level === '' || !pupil) return [];
    const note = (notes[cell.pupil] ?? '').trim();
    return [{ id: `${rubric.id}|${cell.criterion}|${pupil.ref}|${date}`, rubric: rubric.id, criterion: cell.criterion, pupil: pupil.ref, level, date, note }];
  });
}
