import { goalId, type GoalId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { followReplacements } from './successors';

/**
 * A result's goals with every goal SLO replaced turned into the goals that stand today (chains
 * followed, a split gives all successors, duplicates once), so a mapping made before SLO replaced
 * a goal keeps counting for its successor. Goals that were not replaced stay as they are. The same
 * result object comes back when nothing changes. Pure: the links (old -> new) are passed in.
 */
export function resolveGoals<R extends Pick<Result, 'goals'>>(result: R, replacedBy: ReadonlyMap<string, readonly string[]>): R {
  if (replacedBy.size === 0 || !result.goals.some((goal) => replacedBy.has(goal.toLowerCase()))) return result;
  const goals = new Set<GoalId>();
  for (const goal of result.goals) {
    const successors = replacedBy.has(goal.toLowerCase()) ? followReplacements(goal, replacedBy) : [];
    if (successors.length === 0) goals.add(goal);
    else for (const next of successors) goals.add(goalId(next));
  }
  return { ...result, goals: [...goals] };
}

/** resolveGoals for a list of results; the same list when no result changes. */
export function resolveResultGoals<R extends Pick<Result, 'goals'>>(
  results: readonly R[],
  replacedBy: ReadonlyMap<string, readonly string[]>,
): readonly R[] {
  if (replacedBy.size === 0) return results;
  let changed = false;
  const resolved = results.map((result) => {
    const next = resolveGoals(result, replacedBy);
    if (next !== result) changed = true;
    return next;
  });
  return changed ? resolved : results;
}
