/**
 * The context the default estimator gets in a view: what the results the view has (one group's)
 * say about their sources (calibrateSources: bias and reliability) and about each goal week by
 * week (goalPriors), learnt from the results up to `now` only, so an estimate "as of" a date
 * uses nothing it could not have known then. Only the app's own data; pure.
 */
import type { Result } from '../../model';
import { encodeResults, type EncodedResults } from '../encoded-results';
import { calibrateEncoded, calibrationContext } from './calibrate-sources';
import type { EstimatorContext } from './estimate';
import { goalPriorsEncoded } from './goal-priors';

export interface GroupContextOptions {
  /** Move levels with the group's growth (for the current level); off to measure growth from own results. */
  readonly followGroup?: boolean;
  readonly halfLifeDays?: number;
}

export function groupContext(results: readonly Result[], now: Date | string, options: GroupContextOptions = {}): EstimatorContext {
  return groupContextEncoded(encodeResults(results), now, options);
}

/** groupContext over encoded results (encodeResults): the same context, without parsing a time twice. */
export function groupContextEncoded(encoded: EncodedResults, now: Date | string, options: GroupContextOptions = {}): EstimatorContext {
  // Only results up to now are seen (none when now is no instant).
  const nowMs = new Date(now).getTime();
  const upToMs = Number.isNaN(nowMs) ? Number.NEGATIVE_INFINITY : nowMs;
  const calibration = calibrateEncoded(encoded, upToMs);
  return {
    now,
    ...calibrationContext(calibration),
    prior: goalPriorsEncoded(encoded, calibration, upToMs),
    ...(options.followGroup ? { followGroup: true } : {}),
    ...(options.halfLifeDays ? { halfLifeDays: options.halfLifeDays } : {}),
  };
}

/** The newest result time in ms; -Infinity for none (an unreadable time is left out, as groupContext does). */
export function latestTime(encoded: EncodedResults): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const time of encoded.time) if (time > latest) latest = time;
  return latest;
}

/**
 * The instant a view's context is learnt as of: `nowMs`, or the newest result (`latestMs`) when every
 * result is older: what groupContext learns cannot change while the clock moves on past the newest
 * result, so the context learnt once serves every later `now`.
 */
export const contextInstant = (latestMs: number, nowMs: number): number => (Number.isFinite(latestMs) && latestMs < nowMs ? latestMs : nowMs);
