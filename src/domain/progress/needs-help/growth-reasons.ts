import type { GoalId } from '../../ids';
import type { Goal, Result } from '../../model';
import type { Estimate, EstimatorContext } from '../estimators/estimate';
import { MASTERED_FROM, shownValue } from '../mastery';
import { addBehind, behindGroupOf, behindOf, NO_BEHIND, type Behind } from './behind-group';
import { addKeepingUp, groupMove, keepingUpOf, NO_KEEPING_UP, shareKeptUp, type KeepingUp } from './keeping-up';
import type { PupilResults } from './results-index';
import type { Reason } from './reason';
import type { NeedsHelpRule } from './rule';
import { WEEK_MS } from '../../time-units';

/** At least `count` results after `sinceMs`: the pupil works on the goal in the look-back. */
export const practisedSince = (results: readonly Result[] = [], sinceMs: number, count: number) =>
  results.filter((result) => Date.parse(result.time) > sinceMs).length >= count;

export interface Practised {
  readonly goal: GoalId;
  /** The level now, as the views show it (follows the group). */
  readonly level: Estimate;
  /** From the pupil's own results: now minus then; null without evidence from before the look-back. */
  readonly growth: number | null;
  /** How well the growth is known: 1 / (uncertainty now^2 + uncertainty then^2). */
  readonly weight: number;
  /** How far the pupil's results on it in the look-back lie below the group's (behindGroupOf). */
  readonly behind: Behind;
  /** How much of the group's growth on it the pupil kept up with (keepingUpOf). */
  readonly keepingUp: KeepingUp;
}

/** Uncertainties below this count as this, so no goal's weight is infinite. */
const MIN_UNCERTAINTY = 0.01;

export type GoalEstimate = (goal: GoalId, results: readonly Result[]) => Estimate | null;

/**
 * The expected goals practised in the look-back: with evidence from before it, their growth from the
 * pupil's own results (`row` now, `ends.then` at the start of the look-back) and its weight, and their
 * level as the views show it (`ends.level`).
 */
export function practisedGoals(
  expected: readonly Goal[],
  entry: PupilResults,
  row: ReadonlyMap<GoalId, Estimate>,
  ends: { readonly level: GoalEstimate; readonly then: GoalEstimate },
  context: EstimatorContext,
  sinceMs: number,
  rule: NeedsHelpRule,
): Practised[] {
  return expected.flatMap((goal) => {
    const now = row.get(goal.id);
    const results = entry.byGoal.get(goal.id) ?? [];
    if (!now || !practisedSince(results, sinceMs, rule.minResultsInWindow)) return [];
    const before = ends.then(goal.id, results);
    const level = ends.level(goal.id, results);
    if (!level) return [];
    // A goal first practised in the look-back has no growth of its own, but shows whether the pupil keeps up with the group.
    const weight = before ? 1 / (Math.max(MIN_UNCERTAINTY, now.uncertainty) ** 2 + Math.max(MIN_UNCERTAINTY, before.uncertainty) ** 2) : 0;
    return [
      {
        goal: goal.id,
        level,
        growth: before ? now.value - before.value : null,
        weight,
        behind: behindGroupOf(results, goal.id, context, sinceMs),
        keepingUp: keepingUpOf(results, goal.id, context, sinceMs, rule.weeksOfPractice * WEEK_MS),
      },
    ];
  });
}

/** What the growth reason weighs for one pupil, over the goals practised in the look-back together. */
export interface GrowthEvidence {
  readonly practised: readonly Practised[];
  /** Share of the group's growth kept up with and its standard error; null where the group's growth could not be told. */
  readonly kept: { readonly share: number; readonly standardError: number } | null;
  /** Own growth (weighted by how well each goal's is known); null without evidence from before the look-back. */
  readonly together: number | null;
  /** How far the group moved on these goals (root mean square). */
  readonly groupMove: number;
  /** How far the pupil's results lie below the group's usual level; null where not known. */
  readonly behind: number | null;
}

export function growthEvidenceOf(practised: readonly Practised[], context: EstimatorContext, rule: NeedsHelpRule): GrowthEvidence {
  const pooled = practised.reduce((sum, item) => addKeepingUp(sum, item.keepingUp), NO_KEEPING_UP);
  const weights = practised.reduce((sum, item) => sum + item.weight, 0);
  return {
    practised,
    kept: rule.keptUpBelow === null ? null : shareKeptUp(pooled, context),
    together: weights > 0 ? practised.reduce((sum, item) => sum + item.weight * (item.growth ?? 0), 0) / weights : null,
    groupMove: groupMove(pooled),
    behind: behindOf(practised.reduce((sum, item) => addBehind(sum, item.behind), NO_BEHIND)),
  };
}

/** How many standard errors short of keeping up fully the pupil is; null where the group's growth could not be told. */
export const shortfallOf = (evidence: GrowthEvidence): number | null =>
  evidence.kept ? (1 - evidence.kept.share) / evidence.kept.standardError : null;

/**
 * Not keeping up: where the group's growth on the practised goals can be told, the pupil kept up with
 * less than `keptUpBelow` of it, together and credibly (`keptUpCredible` standard errors below 1) and,
 * where the group's spread of shortfalls is known (`standsOut`), standing out from it (group-spread.ts);
 * elsewhere (`growthAloneDecides`: not in a group that practised but shows no growth, rule noGrowthAsksGroupMove) no
 * growth over them together and, when the rule asks it and the group's level could be compared, behind the group on them
 * together. Listed: each of them below the target that did not keep
 * up (or grow) itself, or, when none of them alone shows it, the one that kept up least.
 */
export function noGrowthReasons(
  evidence: GrowthEvidence,
  context: EstimatorContext,
  rule: NeedsHelpRule,
  standsOut = true,
  growthAloneDecides = true,
): Reason[] {
  const { practised, kept, together, behind } = evidence;
  if (practised.length === 0) return [];
  if (kept && rule.keptUpBelow !== null) {
    if (!(kept.share < rule.keptUpBelow && (1 - kept.share) / kept.standardError >= rule.keptUpCredible && standsOut)) return [];
    // lower than the group, but growing as it does: behind, not stuck
    if (together !== null && together >= rule.ownGrowthKeptUp * evidence.groupMove) return [];
  } else {
    // a group that practised but shows no growth to compare with: flat results are no evidence (rule noGrowthAsksGroupMove)
    if (!growthAloneDecides) return [];
    if (together === null || !(together < rule.noGrowthBelow)) return [];
    if (rule.behindGroupBy !== null && behind !== null && behind < rule.behindGroupBy) return [];
  }
  // judged on the value as shown (whole percent), so a goal shown at 55% is not listed as below 55%
  const below = practised.filter((item) => shownValue(item.level.value) < Math.min(rule.belowValue, MASTERED_FROM));
  const keptOn = (item: Practised) => shareKeptUp(item.keepingUp, context)?.share ?? null;
  const lagging = below.filter((item) => {
    const share = kept && rule.keptUpBelow !== null ? keptOn(item) : null;
    return share === null ? item.growth !== null && item.growth < rule.noGrowthBelow : share < (rule.keptUpBelow as number);
  });
  const weakest = [...below].sort((a, b) => (keptOn(a) ?? 1) - (keptOn(b) ?? 1)).slice(0, 1);
  return (lagging.length > 0 ? lagging : kept ? weakest : []).map((item) => belowTargetReason(item, rule, { keptUp: kept ? kept.share : null }));
}

/** The "below the target without growth" reason for one practised goal. */
const belowTargetReason = (item: Practised, rule: NeedsHelpRule, extra: { keptUp: number | null; pace?: number }): Reason => ({
  kind: 'below-target-no-growth',
  goal: item.goal,
  weeks: rule.weeksOfPractice,
  value: item.level.value,
  growth: item.growth,
  target: MASTERED_FROM,
  behindGroup: behindOf(item.behind),
  ...extra,
});

/** Listed by the group's course model (rule `courseSureSlower`): each practised goal below the target, with the pace kept. */
export function slowerReasons(evidence: GrowthEvidence, pace: number, rule: NeedsHelpRule): Reason[] {
  return evidence.practised
    .filter((item) => shownValue(item.level.value) < Math.min(rule.belowValue, MASTERED_FROM))
    .map((item) => belowTargetReason(item, rule, { keptUp: null, pace: Math.max(0, pace) }));
}
