/**
 * The simple methods teachers know from gradebooks (Canvas outcomes calls them "most recent",
 * "highest", "decaying average", "average" and "n number of times"), one Estimator each.
 * They read the 0..1 evidence as it is: no work-form weights, reliability or bias correction,
 * except the decaying average, which keeps masteryOf's semantics (tests x2, 28-day half-life).
 */
import { DEFAULT_HALF_LIFE_DAYS, MASTERED_FROM, statusOf, weightAt } from '../mastery';
import { estimatorOver, lastAtOf, normBandsOf, PRIOR_SD, weightedStandardError, type Estimate, type Estimator, type Observation } from './estimate';

function estimateOf(
  observations: readonly Observation[],
  value: number,
  uncertainty: number,
  status = statusOf(value, observations.length),
): Estimate {
  return { value, uncertainty, evidence: observations.length, status, lastAt: lastAtOf(observations), normBands: normBandsOf(observations) };
}

/** Most recent: the latest result alone (ties: the last one listed). One result: PRIOR_SD uncertain. */
export const latest: Estimator = estimatorOver((observations) => {
  const last = observations.at(-1);
  return last ? estimateOf(observations, last.value, PRIOR_SD) : null;
});

/** Highest: the best result ever. Never goes down; noise only pushes it up. */
export const highest: Estimator = estimatorOver((observations) => {
  if (observations.length === 0) return null;
  // a loop, not Math.max(...values): a cell of many thousand results is more arguments than a call takes
  return estimateOf(
    observations,
    observations.reduce((best, o) => Math.max(best, o.value), -Infinity),
    PRIOR_SD,
  );
});

/** Plain average of every result, old and new alike. */
export const average: Estimator = estimatorOver((observations) => {
  if (observations.length === 0) return null;
  const values = observations.map((o) => o.value);
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return estimateOf(
    observations,
    mean,
    weightedStandardError(
      values,
      values.map(() => 1),
      mean,
    ),
  );
});

/** Decaying average as masteryOf computes it: weight 0.5^(age / half-life), x2 for tests. */
export const decayingAverage: Estimator = estimatorOver((observations, context) => {
  if (observations.length === 0) return null;
  const nowMs = new Date(context.now).getTime();
  const halfLife = context.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  const weights = observations.map((o) => weightAt(o.timeMs, o.workForm, nowMs, halfLife));
  const values = observations.map((o) => o.value);
  const sumW = weights.reduce((sum, w) => sum + w, 0);
  const mean = values.reduce((sum, v, i) => sum + v * (weights[i] as number), 0) / sumW;
  return estimateOf(observations, mean, weightedStandardError(values, weights, mean));
});

export const N_TIMES_DEFAULT = 3;

/**
 * n number of times: mastered once `times` results reach `threshold`. The value is the share of
 * those `times` reached so far (0, 1/3, 2/3, 1 for three times); the status follows that share,
 * except that only all `times` make "mastered".
 */
export function nTimes(times = N_TIMES_DEFAULT, threshold = MASTERED_FROM): Estimator {
  return estimatorOver((observations) => {
    if (observations.length === 0) return null;
    const hits = observations.filter((o) => o.value >= threshold).length;
    const value = Math.min(hits, times) / times;
    const status = hits >= times ? 'mastered' : statusOf(Math.min(value, MASTERED_FROM - 0.01), observations.length);
    const indicators = observations.map((o) => (o.value >= threshold ? 1 : 0));
    const rate = indicators.reduce<number>((sum, v) => sum + v, 0) / indicators.length;
    return estimateOf(
      observations,
      value,
      weightedStandardError(
        indicators,
        indicators.map(() => 1),
        rate,
      ),
      status,
    );
  });
}
