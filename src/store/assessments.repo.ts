import type { PupilRef, RubricId } from '@/domain/ids';
import type { Assessment } from '@/domain/rubric';
import type { LeerzichtDb } from './db';

/** Saves a batch of assessments from the entry grid in one go. */
export const saveAssessments = (db: LeerzichtDb, assessments: readonly Assessment[]) => db.assessments.bulkPut([...assessments]);

export const assessmentsOfRubric = (db: LeerzichtDb, rubric: RubricId, pupils: readonly PupilRef[]) =>
  db.assessments.where('[rubric+pupil]').anyOf(pupils.map((pupil) => [rubric, pupil])).toArray();

export const assessmentsOfPupil = (db: LeerzichtDb, pupil: PupilRef) => db.assessments.where('pupil').equals(pupil).sortBy('date');
