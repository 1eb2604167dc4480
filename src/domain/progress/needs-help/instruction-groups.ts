import type { GoalId, PupilKey, PupilRef } from '../../ids';
import type { Goal, Result } from '../../model';
import type { Estimator, EstimatorContext } from '../estimators/estimate';
import { groupContext } from '../estimators/group-context';
import { estimatorFor } from '../estimators/registry';
import type { MasteryOptions } from '../mastery';
import { indexResults } from './results-index';

export interface InstructionGroupOptions extends MasteryOptions {
  /** Smallest group worth teaching together: 2. */
  readonly minSize?: number;
  /** Largest group for small-group instruction: 8. */
  readonly maxSize?: number;
  /** How many of a pupil's weakest goals may place them in a group: 2 (the weakest, then the next). */
  readonly weakest?: number;
  /** The method per goal (that of its line, see goalEstimators); default the registry's default. */
  readonly estimatorOf?: (goal: GoalId) => Estimator;
  /** The estimator context, when the caller already has it (one per group for every line); default groupContext(results, now, followGroup). */
  readonly context?: EstimatorContext;
}

export interface InstructionGroup {
  readonly goal: GoalId;
  /** Weakest on the goal first. */
  readonly pupils: readonly PupilKey[];
}

export interface InstructionGroups {
  readonly groups: readonly InstructionGroup[];
  /** Pupils with a goal to work on who fit in no group; in input order. */
  readonly leftovers: readonly PupilKey[];
}

interface Candidate {
  readonly key: PupilKey;
  readonly position: number;
  /** Not-mastered goals with evidence, weakest first, at most `weakest`. */
  readonly goals: readonly { goal: GoalId; value: number }[];
}

/**
 * Pupils clustered by their weakest goals for small-group instruction. Only `goals` count (pass the
 * goals at the group's target level), and only those a pupil has evidence on and has not mastered.
 * Round r (0-based) lets each ungrouped pupil use their r+1 weakest goals: first they join an existing
 * group on one of those goals that has room (weakest goal first), then the goal shared by the most
 * ungrouped pupils forms new groups (split evenly when over maxSize). Ties go to goal order, then input
 * order, so the result is deterministic. Each pupil is in at most one group.
 */
export function instructionGroups(
  pupils: readonly { key: PupilKey; ref: PupilRef }[],
  results: readonly Result[],
  goals: readonly Goal[],
  options: InstructionGroupOptions,
): InstructionGroups {
  const minSize = Math.max(1, options.minSize ?? 2);
  const maxSize = Math.max(minSize, options.maxSize ?? 8);
  const weakest = Math.max(1, options.weakest ?? 2);
  const goalOrder = new Map(goals.map((goal, position) => [goal.id as string, position]));
  const fallback = estimatorFor('' as Goal['line']);
  const estimatorOf = options.estimatorOf ?? (() => fallback);
  // The current level, as the class overview shows it: calibration and priors from the group's results, following the group.
  const context =
    options.context ??
    groupContext(results, options.now, { followGroup: true, ...(options.halfLifeDays ? { halfLifeDays: options.halfLifeDays } : {}) });
  const index = indexResults(
    pupils.map((pupil) => pupil.ref),
    results,
    new Date(options.now).getTime(),
  );
  const candidates: Candidate[] = pupils.map((pupil, position) => {
    const byGoal = index.get(pupil.ref)?.byGoal;
    const scored = goals.flatMap((goal) => {
      const mastery = estimatorOf(goal.id)(byGoal?.get(goal.id) ?? [], context);
      return mastery && mastery.status !== 'mastered' ? [{ goal: goal.id, value: mastery.value }] : [];
    });
    scored.sort((a, b) => a.value - b.value || (goalOrder.get(a.goal) ?? 0) - (goalOrder.get(b.goal) ?? 0));
    return { key: pupil.key, position, goals: scored.slice(0, weakest) };
  });

  const valueOn = (candidate: Candidate, goal: GoalId) => candidate.goals.find((item) => item.goal === goal)?.value ?? 1;
  const weakestFirst = (goal: GoalId) => (a: Candidate, b: Candidate) => valueOn(a, goal) - valueOn(b, goal) || a.position - b.position;
  const groups: { goal: GoalId; members: Candidate[] }[] = [];
  const placed = new Set<PupilKey>();
  const waiting = () => candidates.filter((candidate) => !placed.has(candidate.key) && candidate.goals.length > 0);

  for (let round = 0; round < weakest; round += 1) {
    // Join an existing group with room, weakest goal first.
    for (const candidate of waiting()) {
      for (const { goal } of candidate.goals.slice(0, round + 1)) {
        const group = groups.find((item) => item.goal === goal && item.members.length < maxSize);
        if (group) {
          group.members.push(candidate);
          placed.add(candidate.key);
          break;
        }
      }
    }
    // Form new groups around the goal most ungrouped pupils share, until none reaches minSize.
    for (;;) {
      const shared = new Map<GoalId, Candidate[]>();
      for (const candidate of waiting()) {
        for (const { goal } of candidate.goals.slice(0, round + 1)) shared.set(goal, [...(shared.get(goal) ?? []), candidate]);
      }
      const best = [...shared].sort((a, b) => b[1].length - a[1].length || (goalOrder.get(a[0]) ?? 0) - (goalOrder.get(b[0]) ?? 0))[0];
      if (!best || best[1].length < minSize) break;
      const [goal, members] = best;
      members.sort(weakestFirst(goal));
      // Even parts, the larger ones first: 11 pupils at most 8 a group make 6 + 5.
      const parts = Math.ceil(members.length / maxSize);
      const base = Math.floor(members.length / parts);
      const extra = members.length % parts;
      for (let part = 0, from = 0; part < parts; part += 1) {
        const size = base + (part < extra ? 1 : 0);
        groups.push({ goal, members: members.slice(from, from + size) });
        from += size;
      }
      for (const member of members) placed.add(member.key);
    }
  }

  return {
    groups: groups
      .map(({ goal, members }) => ({ goal, members: [...members].sort(weakestFirst(goal)) }))
      .sort((a, b) => (goalOrder.get(a.goal) ?? 0) - (goalOrder.get(b.goal) ?? 0) || a.members[0]!.position - b.members[0]!.position)
      .map(({ goal, members }) => ({ goal, pupils: members.map((member) => member.key) })),
    leftovers: waiting().map((candidate) => candidate.key),
  };
}
