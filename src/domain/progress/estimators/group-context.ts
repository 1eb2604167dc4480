/**
 * The context the default estimator gets in a view: what the results the view has (one group's)
 * say about their sources (calibrateSources: bias and reliability) and about each goal week by
 * week (goalPriors), learnt from the results up to `now` only, so an estimate "as of" a date
 * uses nothing it could not have known then. Only the app's own data; pure.
 */
import type { Result } from '../../model';
import { calibrateSources, calibrationContext } from './calibrate-sources';
import type { EstimatorContext } from './estimate';
import { goalPriors } from './goal-priors';

export interface GroupContextOptions {
  /** Move levels with the group's growth (for the current level); off to measure growth from own results. */
  readonly followGroup?: boolean;
  readonly halfLifeDays?: number;
}

export function groupContext(results: readonly Result[], now: Date | string, options: GroupContextOptions = {}): EstimatorContext {
  const nowMs = new Date(now).getTime();
  const seen = results.filter((result) => Date.parse(result.time) <= nowMs);
  const calibration = calibrateSources(seen);
  return {
    now,
    ...calibrationContext(calibration),
    prior: goalPriors(seen, calibration),
    ...(options.followGroup ? { followGroup: true } : {}),
    ...(options.halfLifeDays ? { halfLifeDays: options.halfLifeDays } : {}),
  };
}
