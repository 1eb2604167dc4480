import type { CoursePace } from './course-model';
import { keptPaceOf } from './course-pace';
import type { NeedsHelpRule } from './rule';

/**
 * Whether the group's course model agrees that a pupil learns too little to be listed for it (not growing, stuck on a
 * goal): with `courseSureSlowerToList`, where the model was fitted for the group (`fitted`), it is at least that sure
 * the pupil kept less than `coursePaceShare` of the group's pace in the look-back. The model reads every source on
 * its own scale, learnt from the group's own results (floor, ceiling, scale), and pools a pupil's results over goals
 * and sources, so this holds whatever scale a supplier uses; sparse or noisy data leave it unsure, so not listed.
 */
export function courseAgrees(rule: NeedsHelpRule, pace: CoursePace | null | undefined, fitted: boolean): boolean {
  if (rule.courseSureSlowerToList === null || !fitted) return true;
  return pace ? 1 - keptPaceOf(pace, rule.coursePaceShare) >= rule.courseSureSlowerToList : false;
}

/**
 * Whether a pupil's growth may be judged at all: with `learningAsksResultsBefore`, only with results from before the
 * look-back (a course of their own to judge the look-back against; the absence of earlier data is never read as a
 * stall), and the course model agrees (courseAgrees).
 */
export const growthJudged = (rule: NeedsHelpRule, hasResultsBefore: boolean, pace: CoursePace | null | undefined, fitted: boolean): boolean =>
  (!rule.learningAsksResultsBefore || hasResultsBefore) && courseAgrees(rule, pace, fitted);
