import { queryOptions } from '@tanstack/react-query';
import { assessmentKeys } from './assessments.queries';
import { assessmentsForRubric } from './assessments.repo';
import type { LeerzichtDb } from './db';

/**
 * The rubric queries, apart from the rubric library (rubrics.queries.ts, which re-exports them):
 * the class overview asks for its rubric columns only when they are ticked, and loads the rubric
 * code then (features/class-overview/rubric-columns.load.ts). The stored rubrics are read by a
 * repository that checks each with zod, loaded when first asked for (decision 035).
 */
export const rubricKeys = { all: ['rubrics'] as const, stored: () => [...rubricKeys.all, 'stored'] as const };

export const rubricQueries = {
  stored: (db: LeerzichtDb) =>
    queryOptions({ queryKey: rubricKeys.stored(), queryFn: async () => (await import('./rubrics.repo')).listStoredRubrics(db) }),
  /** Under the assessments key, so saving assessments refreshes it. */
  assessments: (db: LeerzichtDb, id: string) => queryOptions({ queryKey: assessmentKeys.onRubric(id), queryFn: () => assessmentsForRubric(db, id) }),
};
