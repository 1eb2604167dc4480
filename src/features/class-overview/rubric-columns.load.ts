import { BUILT_IN_RUBRICS } from '@/curriculum/rubrics';
import type { Rubric } from '@/domain/rubric';
import { mergeRubrics } from '@/domain/rubric-edit';
import { rubricStanding } from '@/domain/rubric-history';
import type { LeerzichtDb } from '@/store/db';
import { listStoredRubrics } from '@/store/rubrics.repo';

/**
 * What the class overview's rubric columns need beyond the grid: every rubric (built-in, the school's
 * edits and its own, as the rubric library lists them) and the standing of a pupil on one. Loaded
 * when the columns are ticked, not with the first page (decision 035): the built-in rubrics, the
 * rubric checks and zod, which the stored rubrics are read with, come with it.
 */
export async function loadRubricColumns(db: LeerzichtDb): Promise<{ readonly rubrics: readonly Rubric[]; readonly standing: typeof rubricStanding }> {
  const stored = await listStoredRubrics(db);
  return { rubrics: mergeRubrics(BUILT_IN_RUBRICS, stored.rubrics), standing: rubricStanding };
}
