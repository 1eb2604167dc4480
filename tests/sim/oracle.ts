/**
 * The benchmark's ceiling, NOT an app estimator: an estimator that knows how each simulated supplier
 * (sim-suppliers.ts) turns true mastery into a score, and does the statistically best thing with
 * the same observed results the default estimator gets:
 * - exact scale and bias removal: percent as is, generous minus 0.1, stars k -> the middle of the
 *   band of true values that give k stars (3 stars: about 0.85), tests right/20;
 * - exact measurement variance per result: percent 0.12^2, generous 0.15^2, stars 0.08^2 plus the
 *   rounding of a quarter-wide band, tests binomial m(1 - m)/20 at the current level (no work-form
 *   weighting: the true noise already says how much a result is worth);
 * - the same dynamics as the default (local-level Kalman filter, drift PRIOR_SD^2 / half-life per day,
 *   at most DRIFT_CAP days per gap, and with context.followGroup the group's move on the goal between
 *   results) and the same empirical-Bayes goal priors (context.prior).
 * It ignores context.bias and context.reliability (it knows better). What it cannot know is the
 * trajectory itself; so the gap between the default and it is what better calibration could still
 * win. It is a ceiling for calibration only, not for the dynamics: with the plain local level the
 * default was 0.01 below it, and following the group's growth (decision 006, third pass) lifted both
 * by about 0.03 at 6 weeks.
 */
import {
  DEFAULT_ESTIMATOR_DRIFT_CAP_DAYS,
  DEFAULT_ESTIMATOR_HALF_LIFE_DAYS,
  groupMoveOf,
  PRIOR_SD,
  observationsOf,
  type Estimator,
  type ResultObservation,
} from '@/domain/progress/estimators';
import { statusOf } from '@/domain/progress/mastery';

const DAY_MS = 86_400_000;
const BAND = 0.25;

/** The oracle's measurement of one result: its value on the true 0..1 scale, and its variance at `level`. */
function measurementOf({ result }: ResultObservation, level: number): { value: number; variance: number } {
  const raw = result.score?.raw ?? 0;
  switch (result.source as string) {
    case 'sim-percent':
      return { value: raw / 100, variance: 0.12 ** 2 };
    case 'sim-generous':
      return { value: raw / 100 - 0.1, variance: 0.15 ** 2 };
    case 'sim-stars': {
      // floor(4 * (truth + 0.08 z)) = k: truth + 0.08 z lies in [k/4, (k+1)/4); 3 stars: at least 0.75.
      if (raw >= 3) return { value: 0.85, variance: 0.08 ** 2 + 0.1 ** 2 / 3 };
      if (raw <= 0) return { value: 0.15, variance: 0.08 ** 2 + 0.15 ** 2 / 3 };
      return { value: (raw + 0.5) * BAND, variance: 0.08 ** 2 + BAND ** 2 / 12 };
    }
    case 'sim-tests': {
      const m = Math.min(0.95, Math.max(0.05, level));
      return { value: raw / 20, variance: (m * (1 - m)) / 20 };
    }
    default:
      return { value: result.score?.scaled ?? 0, variance: PRIOR_SD ** 2 };
  }
}

export const oracleEstimator: Estimator = (results, context) => {
  const observations = observationsOf(results, context.now);
  const first = observations[0];
  if (!first) return null;
  const nowMs = new Date(context.now).getTime();
  const driftPerDay = PRIOR_SD ** 2 / (context.halfLifeDays ?? DEFAULT_ESTIMATOR_HALF_LIFE_DAYS);
  const drift = (fromMs: number, toMs: number) => driftPerDay * Math.min(DEFAULT_ESTIMATOR_DRIFT_CAP_DAYS, Math.max(0, (toMs - fromMs) / DAY_MS));
  const goal = first.result.goals.length === 1 ? first.result.goals[0] : undefined;
  const prior = goal === undefined ? undefined : context.prior?.(goal, first.timeMs);
  let level = prior?.mean ?? measurementOf(first, 0.5).value;
  let variance = prior ? prior.sd ** 2 : Infinity;
  let timeMs = first.timeMs;
  // The same dynamics as the default: drift, and with followGroup the group's move on the goal.
  const predict = (toMs: number) => {
    const move = groupMoveOf(context, goal, timeMs, toMs);
    level += move.shift;
    variance += move.variance + drift(timeMs, toMs);
    timeMs = toMs;
  };
  for (const observation of observations) {
    predict(observation.timeMs);
    const measurement = measurementOf(observation, level);
    const gain = Number.isFinite(variance) ? variance / (variance + measurement.variance) : 1;
    level += gain * (measurement.value - level);
    variance = Number.isFinite(variance) ? variance * (1 - gain) : measurement.variance;
  }
  const lastMs = timeMs;
  predict(nowMs);
  const value = Math.min(1, Math.max(0, level));
  return {
    value,
    uncertainty: Math.min(0.5, Math.sqrt(variance)),
    evidence: observations.length,
    status: statusOf(value, observations.length),
    lastAt: new Date(lastMs).toISOString(),
    normBands: [],
  };
};
