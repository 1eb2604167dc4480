import type { GoalId, PupilRef } from '../../ids';
import { evidenceOf } from '../mastery';
import { WEEK_MS } from '../../time-units';
import { fitCourses, type CourseObservation, type CoursePace } from './course-model';
import type { PupilResults } from './results-index';

/** Standard normal distribution function (Abramowitz-Stegun 7.1.26 for erf, error under 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** Pupils with results the course model needs to learn the group's course from: 8. */
export const COURSE_MIN_PUPILS = 8;

/** The posterior probability that a pupil's recent pace is at least `share` of the group's. */
export const keptPaceOf = (pace: CoursePace, share: number): number => 1 - normalCdf((share - pace.recent) / Math.max(1e-9, pace.recentSd));

/**
 * Per pupil (in the order given), the group's course model's (course-model.ts) posterior for the share of the
 * group's growth the pupil kept in the look-back. null for a pupil without results on the goals, and for every
 * pupil where fewer than COURSE_MIN_PUPILS have results (the group's course cannot be told apart from the
 * pupil's own). Results on the given goals only, up to now.
 */
export function coursePaces(
  pupils: readonly PupilRef[],
  index: ReadonlyMap<PupilRef, PupilResults>,
  goals: readonly GoalId[],
  nowMs: number,
  lookbackWeeks: number,
): (CoursePace | null)[] {
  const goalIndex = new Map(goals.map((goal, i) => [goal as string, i]));
  const sources = new Map<string, number>();
  const rows: { pupil: number; goal: number; source: string; time: number; value: number }[] = [];
  pupils.forEach((ref, pupil) => {
    for (const [goal, results] of index.get(ref)?.byGoal ?? []) {
      const g = goalIndex.get(goal);
      if (g === undefined) continue;
      for (const result of results) {
        const value = evidenceOf(result);
        const time = Date.parse(result.time);
        if (value !== null && !Number.isNaN(time) && time <= nowMs) rows.push({ pupil, goal: g, source: result.source, time, value });
      }
    }
  });
  if (new Set(rows.map((row) => row.pupil)).size < COURSE_MIN_PUPILS) return pupils.map(() => null);
  // a loop, not Math.min(...times): a group of a school year's results is more arguments than a call takes
  const start = rows.reduce((first, row) => Math.min(first, row.time), Infinity);
  const observations: CourseObservation[] = rows.map((row) => {
    if (!sources.has(row.source)) sources.set(row.source, sources.size);
    return { pupil: row.pupil, goal: row.goal, source: sources.get(row.source) ?? 0, week: (row.time - start) / WEEK_MS, value: row.value };
  });
  const paces = fitCourses(observations, pupils.length, goals.length, sources.size, (nowMs - start) / WEEK_MS, lookbackWeeks);
  return paces.map((pace) => (pace.results === 0 ? null : pace));
}
