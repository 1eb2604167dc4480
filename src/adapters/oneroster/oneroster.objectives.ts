import { resultIdOf, type GoalId } from '@/domain/ids';
import type { Result, Score } from '@/domain/model';
import type { OneRosterResult } from './oneroster.schema';
import { scoreOf, type ScoreRule } from './oneroster.scales';

/**
 * Per-objective scores of a OneRoster 1.2 result (learningObjectiveSet[].learningObjectiveResults[]
 * with their own score or textScore; resultLearningObjectiveIds.csv rows with score/textScore).
 * Such an objective's goals get a result of their own with that score; the result's own score
 * counts only for the goals left over (decision 015). Pure.
 */
type ObjectiveSet = OneRosterResult['learningObjectiveSet'];

/** The record id of the result one objective of a OneRoster result gives: stable, so re-reading it upserts. */
export const objectiveRecordId = (sourcedId: string, objectiveId: string) => `${sourcedId}|lo:${objectiveId}`;

/** Every objective id a result names itself (both 1.2 forms), in order. */
export const resultObjectiveIdsOf = (set: ObjectiveSet): string[] =>
  (set ?? []).flatMap((entry) => [
    ...(entry.learningObjectiveResults ?? []).map((item) => item.learningObjectiveId),
    ...(entry.learningObjectiveIds ?? []),
  ]);

export interface ObjectiveScore {
  readonly id: string;
  readonly score: Score;
}

/**
 * The objectives that carry their own score, scored with the result's rule (its range or scale), in
 * set order, first of an id only; a score that cannot be read is a reason naming the objective.
 */
export function objectiveScoresOf(set: ObjectiveSet, rule: ScoreRule): ObjectiveScore[] | { readonly reason: string } {
  const scored: ObjectiveScore[] = [];
  const seen = new Set<string>();
  for (const entry of set ?? []) {
    for (const item of entry.learningObjectiveResults ?? []) {
      const hasOwn = typeof item.score === 'number' || (item.textScore ?? '') !== '';
      if (!hasOwn || seen.has(item.learningObjectiveId)) continue;
      seen.add(item.learningObjectiveId);
      const score = scoreOf(item.score, item.textScore, rule, `learningObjectiveResults[${item.learningObjectiveId.slice(0, 60)}]: `);
      if ('reason' in score) return score;
      scored.push({ id: item.learningObjectiveId, score });
    }
  }
  return scored;
}

/**
 * One result -> the results it stands for: one per scored objective (for that objective's goals no
 * earlier objective took), and the result itself for the goals left. When every goal went to an
 * objective, the result itself is voided (an earlier sync may have stored it with those goals).
 */
export function splitByObjective(
  main: Result,
  scored: readonly ObjectiveScore[],
  goalsOf: (objectiveId: string) => readonly GoalId[],
): { results: Result[]; voids: string[] } {
  const claimed = new Set<GoalId>();
  const own: Result[] = [];
  for (const { id, score } of scored) {
    const goals = goalsOf(id).filter((goal) => !claimed.has(goal));
    if (goals.length === 0) continue;
    for (const goal of goals) claimed.add(goal);
    const recordId = objectiveRecordId(main.recordId, id);
    own.push({ ...main, id: resultIdOf(main.source, recordId), recordId, code: id, goals, score });
  }
  if (own.length === 0) return { results: [main], voids: [] };
  const left = main.goals.filter((goal) => !claimed.has(goal));
  if (left.length === 0) return { results: own, voids: [main.recordId] };
  return { results: [{ ...main, goals: left }, ...own], voids: [] };
}
