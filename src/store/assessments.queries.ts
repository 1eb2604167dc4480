import { queryOptions } from '@tanstack/react-query';
import type { PupilRef, RubricId } from '@/domain/ids';
import { assessmentsOfPupil, assessmentsOfRubric } from './assessments.repo';
import type { LeerzichtDb } from './db';

export const assessmentKeys = { all: ['assessments'] as const };

export const assessmentQueries = {
  ofRubric: (db: LeerzichtDb, rubric: RubricId, pupils: readonly PupilRef[]) =>
    queryOptions({
      queryKey: [...assessmentKeys.all, 'rubric', rubric, pupils.length, pupils[0] ?? ''],
      queryFn: () => assessmentsOfRubric(db, rubric, pupils),
    }),
  ofPupil: (db: LeerzichtDb, pupil: PupilRef | null) =>
    queryOptions({ queryKey: [...assessmentKeys.all, 'pupil', pupil ?? ''], queryFn: async () => (pupil ? assessmentsOfPupil(db, pupil) : []) }),
};
