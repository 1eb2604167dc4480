import type { Result } from '../../model';
import type { Estimate, Estimator, EstimatorContext } from './estimate';

export interface Growth {
  /** The estimate from the results up to `since`. */
  readonly from: Estimate | null;
  /** The estimate now. */
  readonly to: Estimate | null;
  /** to - from on 0..1; null when either side has no evidence. */
  readonly delta: number | null;
  /** Uncertainty of delta: both sides' uncertainties combined (they share results, so this is on the safe side). */
  readonly uncertainty: number | null;
}

/** Growth since a date: the same estimator at `since` (with the results it could see then) and at `now`. */
export function growthSince(results: readonly Result[], since: Date | string, estimator: Estimator, context: EstimatorContext): Growth {
  const from = estimator(results, { ...context, now: since });
  const to = estimator(results, context);
  if (!from || !to) return { from, to, delta: null, uncertainty: null };
  return { from, to, delta: to.value - from.value, uncertainty: Math.hypot(from.uncertainty, to.uncertainty) };
}
