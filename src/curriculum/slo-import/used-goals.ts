import type { LearningLine } from '@/domain/model';
import { followReplacements } from './successors';

/**
 * The goal ids a school uses: every goal a stored result carries or a connector's code mapping
 * maps a code to, and for a goal SLO replaced also the goal(s) that stand today (chains and splits
 * followed), so a result mapped before the replacement keeps its successor in use. Ids lower-cased
 * (SLO UUIDs are compared that way). Pure.
 */
export function usedGoalIds(goals: Iterable<string>, replacedBy: ReadonlyMap<string, readonly string[]>): ReadonlySet<string> {
  const used = new Set<string>();
  for (const goal of goals) {
    const id = goal.toLowerCase();
    used.add(id);
    if (replacedBy.has(id)) for (const next of followReplacements(id, replacedBy)) used.add(next.toLowerCase());
  }
  return used;
}

/** The line with only the goals `keep` says yes to (levels and strands stay; views skip empty levels). Pure. */
export function withGoals(line: LearningLine, keep: (goal: string) => boolean): LearningLine {
  return { ...line, goals: line.goals.filter((goal) => keep(goal.id)) };
}
