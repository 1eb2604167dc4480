import type { PupilRef, RubricId } from '@/domain/ids';
import type { Assessment } from '@/domain/rubric';
import type { LeerzichtDb } from './db';

/** Saves a batch of assessments from the entry grid in one go. */
export const saveAssessments = (db: LeerzichtDb, assessments: readonly Assessment[]) => db.assessments.bulkPut([...assessments]);

/** Stores a batch and removes the assessments taken back, in one transaction: all of it or none. */
export const saveAssessmentChanges = (db: LeerzichtDb, put: readonly Assessment[], remove: readonly string[]) =>
  db.transaction('rw', db.assessments, async () => {
    await db.assessments.bulkPut([...put]);
    await db.assessments.bulkDelete([...remove]);
  });

export const assessmentsOfRubric = (db: LeerzichtDb, rubric: RubricId, pupils: readonly PupilRef[]) =>
  db.assessments
    .where('[rubric+pupil]')
    .anyOf(pupils.map((pupil) => [rubric, pupil]))
    .toArray();

export const assessmentsOfPupil = (db: LeerzichtDb, pupil: PupilRef) => db.assessments.where('pupil').equals(pupil).sortBy('date');

/** Every stored assessment on one rubric (all pupils): to warn before removing parts that carry them. */
export const assessmentsForRubric = (db: LeerzichtDb, id: RubricId | string) => db.assessments.where('rubric').equals(id).toArray();
