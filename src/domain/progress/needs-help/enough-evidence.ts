import type { PupilRef } from '../../ids';
import type { CoursePace } from './course-model';
import { keptPaceOf } from './course-pace';
import type { PupilResults } from './results-index';
import type { NeedsHelpRule } from './rule';
import { credibleStandings, type CredibleStanding } from './credible-standing';
import { pooledStandings, type PooledStanding } from './pooled-standing';
import { robustZ, standingsOf } from './standing';

/**
 * How far a pupil stands out from their group in robust spreads (standing.ts): `behind`, how far their standing in
 * the look-back lies below the group's median; `fall`, how much further it fell from before the look-back than the
 * group's median pupil's did. null where the pupil has no results to tell.
 */
export interface StandsOut {
  readonly behind: number | null;
  readonly fall: number | null;
  /** The same, pooled and shrunk towards the group by how much evidence the pupil has (pooled-standing.ts). */
  readonly pooled?: PooledStanding;
  /** How credibly they stand behind and fell behind, in their own standard errors (credible-standing.ts); absent: not asked. */
  readonly credible?: CredibleStanding;
}

/** Per pupil (in the order given), how far they stand out from the group; null where the rule asks neither. */
export function standOutsOf(
  rule: NeedsHelpRule,
  pupils: readonly PupilRef[],
  index: ReadonlyMap<PupilRef, PupilResults>,
  goals: Parameters<typeof standingsOf>[2],
  nowMs: number,
  sinceMs: number,
): StandsOut[] | null {
  const asks = [rule.fallBehindToList, rule.courseSureSlowerBehind, rule.fellBehindBy, rule.pooledBehindToList, rule.credibleBy];
  if (asks.every((knob) => knob === null)) return null;
  const standings = standingsOf(pupils, index, goals, nowMs, sinceMs);
  const pooled = pooledStandings(standings);
  const credible = rule.credibleBy === null ? null : credibleStandings(pupils, index, goals, nowMs, sinceMs);
  const behind = robustZ(standings.map(({ within }) => (within === null ? null : -within)));
  const fall = robustZ(standings.map(({ within, before }) => (within === null || before === null ? null : before - within)));
  return standings.map((_, i) => ({
    behind: behind[i] ?? null,
    fall: fall[i] ?? null,
    pooled: pooled[i] as PooledStanding,
    ...(credible ? { credible: credible[i] as CredibleStanding } : {}),
  }));
}

/**
 * Whether the evidence agrees that a pupil learns too little to be listed for it (not growing, stuck on a goal), where
 * the group's course model was fitted (`fitted`):
 * - the model is at least `courseSureSlowerToList` sure the pupil kept less than `coursePaceShare` of the group's pace in
 *   the look-back, and the pupil's standing among the group fell at least as much as is usual in the group
 *   (`fallBehindToList` robust spreads above the group's median fall; not asked where it cannot be told) or lies
 *   behind the group's (`standsBehindToList` robust spreads below its median); or
 * - the pupil stands far behind the group in the look-back (`behindToList` robust spreads below the group's median
 *   standing) and the model is at least `courseSureSlowerBehind` sure of it, or the pupil also fell far behind
 *   (`fellBehindBy` robust spreads more than the group's median pupil), whatever the model makes of it;
 * and the evidence pooled over all the pupil's goals and sources, shrunk towards the group by how few results they have,
 * agrees (`pooledBehindToList`, pooled-standing.ts, docs/decisions/033); and the pupil stands credibly behind the group
 * or fell credibly behind it, in their own standard errors with each source's noise (`credibleBy`, docs/decisions/036).
 * The model reads every source on its own scale, learnt from the group's own results, and pools a pupil's results over
 * goals and sources; the standings rank each result among the group's on the same source and goal. So both hold
 * whatever scale or bias a supplier has (docs/decisions/026, 031); sparse or noisy data leave the model unsure.
 */
export function courseAgrees(rule: NeedsHelpRule, pace: CoursePace | null | undefined, fitted: boolean, standsOut?: StandsOut | null): boolean {
  const sure = rule.courseSureSlowerToList;
  if (sure === null || !fitted) return true;
  if (!pace) return false;
  const slower = 1 - keptPaceOf(pace, rule.coursePaceShare);
  return (
    agreesByStanding(rule, sure, slower, standsOut) && pooledAgrees(rule, sure, slower, standsOut?.pooled) && credibly(rule, standsOut?.credible)
  );
}

/** The pupil stands credibly behind the group or fell credibly behind it (rule `credibleBy`); not asked where not measured. */
function credibly(rule: NeedsHelpRule, credible: CredibleStanding | undefined): boolean {
  if (rule.credibleBy === null || credible === undefined) return true;
  return (credible.behind ?? -Infinity) >= rule.credibleBy || (credible.fall ?? -Infinity) >= rule.credibleBy;
}

/** The pooled evidence agrees (rule `pooledBehindToList`); not asked where the rule does not ask it. */
function pooledAgrees(rule: NeedsHelpRule, sure: number, slower: number, pooled: PooledStanding | undefined): boolean {
  if (rule.pooledBehindToList === null) return true;
  const behind = pooled?.behind ?? -Infinity;
  const fall = pooled?.fall ?? -Infinity;
  if (slower >= sure && behind >= rule.pooledBehindToList && fall >= rule.pooledFallToList) return true;
  return rule.courseSureSlowerBehind !== null && slower >= rule.courseSureSlowerBehind && behind >= rule.pooledFarBehind && fall >= 0;
}

/** Decision 031's paths: the course model and the pupil's standing among the group (robust z) agree. */
function agreesByStanding(rule: NeedsHelpRule, sure: number, slower: number, standsOut: StandsOut | null | undefined): boolean {
  const fell =
    rule.fallBehindToList === null ||
    (standsOut?.fall ?? rule.fallBehindToList) >= rule.fallBehindToList ||
    (standsOut?.behind ?? -Infinity) >= rule.standsBehindToList;
  if (slower >= sure && fell) return true;
  if ((standsOut?.behind ?? -Infinity) < rule.behindToList) return false;
  return (
    (rule.courseSureSlowerBehind !== null && slower >= rule.courseSureSlowerBehind) ||
    (rule.fellBehindBy !== null && (standsOut?.fall ?? -Infinity) >= rule.fellBehindBy)
  );
}

/**
 * Whether a pupil's growth may be judged at all: with `learningAsksResultsBefore`, only with results from before the
 * look-back (a course of their own to judge the look-back against; the absence of earlier data is never read as a
 * stall), and the evidence agrees (courseAgrees).
 */
export const growthJudged = (
  rule: NeedsHelpRule,
  hasResultsBefore: boolean,
  pace: CoursePace | null | undefined,
  fitted: boolean,
  standsOut?: StandsOut | null,
): boolean => (!rule.learningAsksResultsBefore || hasResultsBefore) && courseAgrees(rule, pace, fitted, standsOut);
