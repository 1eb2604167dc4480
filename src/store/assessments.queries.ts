import { queryOptions } from '@tanstack/react-query';
import type { PupilRef, RubricId } from '@/domain/ids';
import { assessmentsOfPupil, assessmentsOfRubric } from './assessments.repo';
import type { LeerzichtDb } from './db';

export const assessmentKeys = {
  all: ['assessments'] as const,
  ofRubric: (rubric: RubricId, pupils: readonly PupilRef[]) => [...assessmentKeys.all, 'rubric', rubric, pupils.length, pupils[0] ?? ''] as const,
  ofPupil: (pupil: PupilRef | null) => [...assessmentKeys.all, 'pupil', pupil ?? ''] as const,
  /** Every pupil's assessments on one rubric (the editor's warning, the class overview's columns). */
  onRubric: (rubric: string) => [...assessmentKeys.all, 'of-rubric', rubric] as const,
};

export const assessmentQueries = {
  ofRubric: (db: LeerzichtDb, rubric: RubricId, pupils: readonly PupilRef[]) =>
    queryOptions({
      queryKey: assessmentKeys.ofRubric(rubric, pupils),
      queryFn: () => assessmentsOfRubric(db, rubric, pupils),
    }),
  ofPupil: (db: LeerzichtDb, pupil: PupilRef | null) =>
    queryOptions({ queryKey: assessmentKeys.ofPupil(pupil), queryFn: async () => (pupil ? assessmentsOfPupil(db, pupil) : []) }),
};
