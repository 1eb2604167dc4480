/**
 * A simulated school with ground truth, for the validity benchmark: pupils with known true mastery
 * trajectories per goal, and suppliers (sim-suppliers.ts) that report them noisily on their own scales.
 *
 * True mastery of pupil p on goal g at week t (0..weeks, fractional):
 *   lo + (hi - lo) / (1 + exp(-rate * (t - mid)))
 * with lo 0.05..0.25, hi 0.6..1, rate 0.6..1.5 per week (the pupil's pace) and mid the week the goal is
 * taught (goals spread over weeks 1..11, +-1 week per pupil). A stalled pupil (about 15%) stops
 * growing at their stall week (0.5..3): from then on every goal stays where it was.
 * Practice follows the teaching: a session's goal is drawn with weight exp(-(t - mid)^2 / 8) + 0.1,
 * so the goal being taught gets most results and earlier and later goals a little revision.
 */
import { goalId, pupilRef, type GoalId, type PupilRef } from '@/domain/ids';
import type { Result } from '@/domain/model';
import { MASTERED_FROM } from '@/domain/progress/mastery';
import { createRandom, type Random } from '../../mocks/demo-school/prng';
import { normal, SIM_SUPPLIERS, simResult, type SimSupplier } from './sim-suppliers';

/** The shape of a goal's true growth curve (all rise from lo to hi around the week the goal is taught). */
export type GrowthShape = 'logistic' | 'linear' | 'gompertz';

export interface SimConfig {
  readonly seed: number;
  readonly pupils: number;
  readonly goals: number;
  readonly weeks: number;
  readonly stalledShare: number;
  readonly suppliers: readonly SimSupplier[];
  /**
   * How a school's data can look otherwise (the stress grid, tests/sim/stress.ts); every one is optional
   * and the default run leaves them out (same random draws, same results as before they existed).
   */
  readonly shape?: GrowthShape;
  /** Weeks within which a stalled pupil stops growing: [0.5, 3]. */
  readonly stallWeeks?: readonly [number, number];
  /** Pace (the curve's rate per week) multiplier: 1. */
  readonly pace?: number;
  /** Results per week multiplier for every supplier: 1. */
  readonly perWeek?: number;
  /** Uneven activity between pupils: activity log-normal with this sd (0.4..1.6 uniform when absent). */
  readonly activitySpread?: number;
  /** Uneven activity between weeks: each pupil-week's activity times max(0, 1 + this x z); 0 when absent. */
  readonly weeklySpread?: number;
}

export const DEFAULT_SIM: SimConfig = { seed: 20260302, pupils: 200, goals: 8, weeks: 12, stalledShare: 0.15, suppliers: SIM_SUPPLIERS };

interface Trajectory {
  readonly lo: number;
  readonly hi: number;
  readonly rate: number;
  readonly mid: number;
}

export interface SimPupil {
  readonly ref: PupilRef;
  readonly shape?: GrowthShape;
  /** Week the pupil stops growing; null for a pupil who keeps growing. */
  readonly stallWeek: number | null;
  /** Practice activity multiplier (0.4..1.6). */
  readonly activity: number;
  readonly trajectories: readonly Trajectory[];
  /** True mastery of a goal at a week, for a pupil of another generative model (tests/sim-alt); trajectories are then unused. */
  readonly mastery?: (goal: number, week: number) => number;
}

export interface Simulation {
  readonly config: SimConfig;
  /** Monday 00:00 UTC of week 0 (epoch ms). */
  readonly startMs: number;
  readonly goals: readonly GoalId[];
  readonly pupils: readonly SimPupil[];
  readonly results: readonly Result[];
}

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
export const SIM_START = '2025-09-01T00:00:00.000Z';

/** The instant that ends week `week` (week 0 starts at SIM_START). */
export const weekEnd = (sim: Simulation, week: number) => sim.startMs + week * WEEK_MS;

/** Share (0..1) of the way from lo to hi at `t` weeks from the middle, for a curve of this pace. */
export function growthShare(shape: GrowthShape, rate: number, t: number): number {
  switch (shape) {
    case 'linear':
      // as steep at the middle as the logistic of the same rate
      return Math.min(1, Math.max(0, 0.5 + (rate * t) / 4));
    case 'gompertz':
      // a slow start and a long tail: half-way at the middle
      return Math.exp(-Math.LN2 * Math.exp((-rate * t) / 1.5));
    default:
      return 1 / (1 + Math.exp(-rate * t));
  }
}

export function trueMastery(pupil: SimPupil, goal: number, week: number): number {
  if (pupil.mastery) return pupil.mastery(goal, week);
  const t = pupil.stallWeek === null ? week : Math.min(week, pupil.stallWeek);
  const { lo, hi, rate, mid } = pupil.trajectories[goal] as Trajectory;
  return lo + (hi - lo) * growthShare(pupil.shape ?? 'logistic', rate, t - mid);
}

/** Weeks looked back to judge a stall at `week`: three, or fewer early in the term. */
export const lookbackWeeks = (week: number) => Math.max(1, Math.min(3, week - 1));
/** A pupil is truly stalled when their mean true gain over the lookback is below this. */
export const TRUE_STALL_GAIN = 0.03;

/** Ground truth of needs-help: mean true gain over the lookback below TRUE_STALL_GAIN, and not yet mastered. */
export function trulyStalled(pupil: SimPupil, goals: number, week: number): boolean {
  const before = week - lookbackWeeks(week);
  let gain = 0;
  let level = 0;
  for (let g = 0; g < goals; g += 1) {
    gain += trueMastery(pupil, g, week) - trueMastery(pupil, g, before);
    level += trueMastery(pupil, g, week);
  }
  return gain / goals < TRUE_STALL_GAIN && level / goals < MASTERED_FROM;
}

const REVISION = 0.1;

function pickGoal(random: Random, covered: readonly number[], pupil: SimPupil, week: number): number {
  const weights = covered.map((g) => Math.exp(-(((week - (pupil.trajectories[g] as Trajectory).mid) / 2) ** 2) / 2) + REVISION);
  let draw = random() * weights.reduce((sum, w) => sum + w, 0);
  for (let i = 0; i < covered.length; i += 1) {
    draw -= weights[i] as number;
    if (draw <= 0) return covered[i] as number;
  }
  return covered.at(-1) as number;
}

function makePupil(random: Random, index: number, config: SimConfig): SimPupil {
  const stalled = random() < config.stalledShare;
  const rate = (0.6 + 0.9 * random()) * (config.pace ?? 1);
  const trajectories = Array.from({ length: config.goals }, (_, g) => ({
    lo: 0.05 + 0.2 * random(),
    hi: 0.6 + 0.4 * random(),
    rate,
    mid: 1 + (10 * g) / Math.max(1, config.goals - 1) + normal(random),
  }));
  const [from, to] = config.stallWeeks ?? [0.5, 3];
  const stallWeek = stalled ? from + (to - from) * random() : null;
  const activity =
    config.activitySpread === undefined ? 0.4 + 1.2 * random() : Math.exp(config.activitySpread * normal(random) - config.activitySpread ** 2 / 2);
  return { ref: pupilRef(`sim-pupil-${index}`), ...(config.shape ? { shape: config.shape } : {}), stallWeek, activity, trajectories };
}

export function simulate(config: SimConfig = DEFAULT_SIM): Simulation {
  const random = createRandom(config.seed);
  const startMs = Date.parse(SIM_START);
  const goals = Array.from({ length: config.goals }, (_, g) => goalId(`sim.goal-${g}`));
  const pupils = Array.from({ length: config.pupils }, (_, i) => makePupil(random, i, config));
  const results: Result[] = [];
  let serial = 0;
  for (const pupil of pupils) {
    let thisWeek = 1;
    for (let day = 0; day < config.weeks * 7; day += 1) {
      if (config.weeklySpread && day % 7 === 0) thisWeek = Math.max(0, 1 + config.weeklySpread * normal(random));
      if (day % 7 >= 5) continue; // school days only
      for (const supplier of config.suppliers) {
        if (random() >= Math.min(1, ((supplier.perWeek * (config.perWeek ?? 1)) / 5) * pupil.activity * thisWeek)) continue;
        const covered = supplier.goals ?? goals.map((_, g) => g);
        const time = startMs + day * DAY_MS + (9 + 6 * random()) * 3_600_000;
        const week = (time - startMs) / WEEK_MS;
        const goal = pickGoal(random, covered, pupil, week);
        const truth = trueMastery(pupil, goal, week);
        serial += 1;
        results.push(simResult(supplier, pupil.ref, goals[goal] as GoalId, time, truth, random, serial));
      }
    }
  }
  return { config, startMs, goals, pupils, results };
}
