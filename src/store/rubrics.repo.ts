import { checkRubric } from '@/curriculum/rubrics/rubric.schema';
import type { RubricId } from '@/domain/ids';
import type { Rubric } from '@/domain/rubric';
import type { LeerzichtDb } from './db';

export interface StoredRubrics {
  readonly rubrics: readonly Rubric[];
  /** Ids of stored rubrics that no longer read as a valid rubric: kept in the store, left out of lists. */
  readonly broken: readonly string[];
}

/** The school's own rubrics (written, edited or imported), each checked as it comes out of the store. */
export async function listStoredRubrics(db: LeerzichtDb): Promise<StoredRubrics> {
  const rubrics: Rubric[] = [];
  const broken: string[] = [];
  for (const record of await db.rubrics.toArray()) {
    const checked = checkRubric(record);
    if (checked.ok) rubrics.push(checked.rubric);
    else broken.push(String((record as { id?: unknown }).id ?? '?'));
  }
  return { rubrics, broken };
}

/** Saves a (valid) rubric; a rubric with a built-in id is the school's edit of that rubric. */
export const saveRubric = (db: LeerzichtDb, rubric: Rubric, now: Date) => db.rubrics.put({ ...rubric, updatedAt: now.toISOString() });

/** Deletes the school's rubric (for a built-in id: back to the built-in version). Assessments stay. */
export const deleteRubric = (db: LeerzichtDb, id: RubricId | string) => db.rubrics.delete(id as RubricId);
