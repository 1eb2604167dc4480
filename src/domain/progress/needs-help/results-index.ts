import type { GoalId, PupilRef } from '../../ids';
import type { Result } from '../../model';

export interface PupilResults {
  /** Per goal, the pupil's results on it (in input order). */
  readonly byGoal: Map<GoalId, Result[]>;
  /** Latest time (ms) of any result at or before now; -Infinity when none. */
  last: number;
  /** Times (ms) of all of them, also those without a goal (in input order). */
  readonly times: number[];
}

/** The results of the given pupils, grouped per pupil and goal, leaving out results after `nowMs`. */
export function indexResults(pupils: readonly PupilRef[], results: readonly Result[], nowMs: number): Map<PupilRef, PupilResults> {
  const index = new Map<PupilRef, PupilResults>(pupils.map((ref) => [ref, { byGoal: new Map(), last: -Infinity, times: [] }]));
  for (const result of results) {
    const entry = index.get(result.pupil);
    const time = Date.parse(result.time);
    if (!entry || Number.isNaN(time) || time > nowMs) continue;
    if (time > entry.last) entry.last = time;
    entry.times.push(time);
    for (const goal of result.goals) {
      const list = entry.byGoal.get(goal);
      if (list) list.push(result);
      else entry.byGoal.set(goal, [result]);
    }
  }
  return index;
}
