import type { GoalId, PupilRef, SourceId } from '../../ids';
import type { NormBand, Result, WorkForm } from '../../model';
import type { EncodedColumns } from '../encoded-results';
import { instantMs } from '../instant';
import { evidenceOf, type Mastery, type MasteryStatus } from '../mastery';

/** One pupil's mastery of one goal, as an estimator sees it. */
export interface Estimate {
  /** Estimated mastery, 0..1. */
  readonly value: number;
  /**
   * How far off `value` may be, on the 0..1 scale: a standard error (about 68% of the time the
   * estimated quantity lies within value +- uncertainty). Large with little or scattered evidence.
   */
  readonly uncertainty: number;
  /** How many results it rests on. */
  readonly evidence: number;
  readonly status: MasteryStatus;
  /** Time of the latest result used (ISO). */
  readonly lastAt: string;
  /** Per source, the supplier's own judgement of its latest result that had one: shown beside ours. */
  readonly normBands: readonly SourceNormBand[];
}

/** An estimate as the Mastery that grids and line means read; its uncertainty is kept only when asked for (the class grid's margin). */
export function toMastery(estimate: Estimate, { uncertainty = false } = {}): Mastery {
  const { value, evidence, lastAt, status } = estimate;
  return uncertainty ? { value, evidence, lastAt, status, uncertainty: estimate.uncertainty } : { value, evidence, lastAt, status };
}

export interface SourceNormBand {
  readonly source: SourceId;
  readonly band: NormBand;
  /** Time of the result the band belongs to (ISO). */
  readonly at: string;
}

export interface EstimatorContext {
  readonly now: Date | string;
  /** How much a source's results count, relative to 1 (see calibrateSources). Default 1. */
  readonly reliability?: (source: SourceId) => number;
  /** How much a source scores above the others on the 0..1 scale; subtracted. Default 0. */
  readonly bias?: (source: SourceId) => number;
  /**
   * The noise of one result from a typical source (reliability 1), as sd on 0..1, when the
   * calibration could tell it (calibrateSources, three or more comparable sources). The default
   * estimator weighs in units of PRIOR_SD and states its uncertainty on this measured scale.
   */
  readonly noiseSd?: number;
  /** Half-life of a result's weight in days, for the methods that decay. */
  readonly halfLifeDays?: number;
  /**
   * What the population shows on a goal around a time (see goalPriors), for the estimators that
   * start from it instead of from nothing. Undefined, or no answer: start from the first result.
   */
  readonly prior?: (goal: GoalId, timeMs: number) => GoalPrior | undefined;
  /**
   * With `prior`: between two results, and from the last result up to `now`, the default estimator
   * moves a pupil's level as the group's mean on the goal moved (the priors' week means), and grows
   * its uncertainty by that move squared: mastery is assumed to grow as the group's does until the
   * pupil's own results say otherwise. For the current level (views, ranking). Leave it off to
   * measure growth from a pupil's own results (growth since a date, needs-help). Default false.
   */
  readonly followGroup?: boolean;
  /**
   * With followGroup: how far a pupil's start on a goal lies from the goal's prior, from where they stand
   * in the group on their other goals (standingShift, pupil-standing.ts; about 0 where standing does not
   * carry over between goals in the group's data). Growth comparisons (no followGroup) never use it.
   */
  readonly standing?: (pupil: PupilRef, goal: GoalId) => number;
}

/** Mastery of a goal across the pupils at one time: mean and spread between pupils (sd), on 0..1. */
export interface GoalPrior {
  readonly mean: number;
  readonly sd: number;
}

/**
 * A method of estimating mastery from one pupil's results on one goal. The methods in this folder
 * also carry `fromObservations`: the same method over observations already made (observationsOf),
 * so a grid that keeps times as numbers and results sorted runs it without parsing or sorting again.
 */
export interface Estimator {
  (results: readonly Result[], context: EstimatorContext): Estimate | null;
  readonly fromObservations?: ObservationEstimator;
  /** The same method over a grid's columns (masteryGrid), made once per grid: no Observation per result. */
  readonly overColumns?: (encoded: EncodedColumns, context: EstimatorContext) => CellMastery;
}

/**
 * A cell's mastery from a grid's columns, as masteryGrid keeps it (toMastery with its uncertainty):
 * `at[0 .. count)` are the positions of the cell's results with evidence up to now, oldest first (ties
 * in result order), each of a known work form. Null for none.
 */
export type CellMastery = (at: Int32Array, count: number, about: SharedGoal) => Mastery | null;

/**
 * An estimator's method over observationsOf(results, context.now): evidence up to now, oldest first.
 * `about`: the goal every observation lists (sharedGoalOf), when the caller found it already (a grid
 * over encoded results); absent, a method that needs it finds it.
 */
export type ObservationEstimator = (observations: readonly Observation[], context: EstimatorContext, about?: SharedGoal) => Estimate | null;

/** The one goal every observation lists, or undefined when they share none or several (sharedGoalOf). */
export interface SharedGoal {
  readonly goal: GoalId | undefined;
  /** The cell's pupil, when the caller knows it (a grid); absent, a method that needs it reads it from the first observation's result. */
  readonly pupil?: PupilRef;
}

/** The goal every observation lists (the cell's goal), or undefined when they share none or several. */
export function sharedGoalOf(observations: readonly Observation[]): GoalId | undefined {
  const goalsOf = ({ result }: Observation): readonly GoalId[] => {
    if (!result) throw new Error('sharedGoalOf needs the observations’ results; a grid over columns passes the shared goal it found');
    return result.goals;
  };
  let shared: readonly GoalId[] = observations[0] ? goalsOf(observations[0]) : [];
  for (const observation of observations) {
    const goals = goalsOf(observation);
    if (shared.length === 1 && goals.length === 1) {
      if (goals[0] !== shared[0]) return undefined;
      continue;
    }
    shared = shared.filter((goal) => goals.includes(goal));
  }
  return shared.length === 1 ? shared[0] : undefined;
}

/** The Estimator of a method: it reads the results' observations, then runs the method (also kept as fromObservations). */
export function estimatorOver(method: ObservationEstimator): Estimator {
  const estimator = (results: readonly Result[], context: EstimatorContext) => method(observationsOf(results, context.now), context);
  return Object.assign(estimator, { fromObservations: method });
}

/** A result that says something about mastery, up to `now`: its 0..1 value and time. */
export interface Observation {
  /** The result itself when the observation was read from it (observationsOf); a grid over kept columns has none. */
  readonly result?: Result;
  readonly value: number;
  readonly timeMs: number;
  /** The result's source, work form and norm band, read once (a grid reads them from its columns, not from each result). */
  readonly source: SourceId;
  readonly workForm: WorkForm;
  readonly normBand: NormBand | null;
  /** The result's time as stored (ISO) when it has a norm band (the band's `at`), else null. */
  readonly bandAt: string | null;
}

/** An observation read from its result (observationsOf), which it keeps. */
export interface ResultObservation extends Observation {
  readonly result: Result;
}

/** Results with evidence at or before `now`, oldest first. Results in the future of `now` are left out. */
export function observationsOf(results: readonly Result[], now: Date | string): ResultObservation[] {
  const nowMs = new Date(now).getTime();
  const out: ResultObservation[] = [];
  for (const result of results) {
    const value = evidenceOf(result);
    const timeMs = instantMs(result.time); // Date.parse's answer, read faster
    if (value === null || Number.isNaN(timeMs) || timeMs > nowMs) continue;
    const { normBand } = result;
    out.push({ result, value, timeMs, source: result.source, workForm: result.workForm, normBand, bandAt: normBand ? result.time : null });
  }
  return out.sort((a, b) => a.timeMs - b.timeMs);
}

/** The latest norm band per source among the observations, in source order. */
export function normBandsOf(observations: readonly Observation[]): SourceNormBand[] {
  // Each source's latest band with its time as a number: compared without parsing `at` again.
  const bySource = new Map<SourceId, { readonly band: SourceNormBand; readonly timeMs: number }>();
  for (const { timeMs, source, normBand, bandAt } of observations) {
    if (!normBand || bandAt === null) continue;
    const seen = bySource.get(source);
    if (!seen || seen.timeMs <= timeMs) bySource.set(source, { band: { source, band: normBand, at: bandAt }, timeMs });
  }
  return [...bySource.values()].map(({ band }) => band).sort((a, b) => a.source.localeCompare(b.source));
}

export function lastAtOf(observations: readonly Observation[]): string {
  let last = Number.NEGATIVE_INFINITY;
  for (const { timeMs } of observations) last = Math.max(last, timeMs);
  return new Date(last).toISOString();
}

export const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** How much a work form counts: a test more than practice, a project in between, instruction least. */
export const WORK_FORM_WEIGHT: Readonly<Record<WorkForm, number>> = { test: 2, project: 1.5, practice: 1, instruction: 0.5 };

/** Spread of scores assumed before any evidence (sd 0.2 on 0..1): one result alone is +-0.2 uncertain. */
export const PRIOR_SD = 0.2;

/**
 * Standard error of a weighted mean: the weighted variance, pulled towards PRIOR_SD^2 with the
 * weight of one observation (so few results never claim certainty), over the effective sample size.
 */
export function weightedStandardError(values: readonly number[], weights: readonly number[], mean: number): number {
  let sumW = 0;
  let sumW2 = 0;
  let sumWD = 0;
  values.forEach((value, i) => {
    const w = weights[i] as number;
    sumW += w;
    sumW2 += w * w;
    sumWD += w * (value - mean) ** 2;
  });
  if (sumW === 0) return 0.5;
  const nEff = (sumW * sumW) / sumW2;
  // Squared deviations (n - 1 degrees of freedom) plus one pseudo-observation of the prior: n in all.
  const pooled = ((sumWD / sumW) * nEff + PRIOR_SD ** 2) / nEff;
  return Math.min(0.5, Math.sqrt(pooled / nEff));
}

/** The 95% interval around an estimate: value +- 1.96 x its uncertainty, clipped to what a mastery can be (0..1). */
export const marginInterval = (value: number, uncertainty: number): { readonly low: number; readonly high: number } => ({
  low: Math.max(0, value - 1.96 * uncertainty),
  high: Math.min(1, value + 1.96 * uncertainty),
});
