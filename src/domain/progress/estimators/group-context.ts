/**
 * The context the default estimator gets in a view: what the results the view has (one group's)
 * say about their sources (calibrateSources: bias and reliability) and about each goal week by
 * week (goalPriors), learnt from the results up to `now` only, so an estimate "as of" a date
 * uses nothing it could not have known then. Only the app's own data; pure.
 */
import type { Result } from '../../model';
import { encodeResults, type EncodedColumns } from '../encoded-results';
import type { SourceId } from '../../ids';
import { calibrateEncoded, calibrationContext, type SourceCalibration } from './calibrate-sources';
import type { EstimatorContext } from './estimate';
import { priorMomentsEncoded, priorsFromMoments, type PriorMoments } from './goal-priors';
import { standingOf, standingShift, type PupilStanding } from './pupil-standing';

export interface GroupContextOptions {
  /** Move levels with the group's growth (for the current level); off to measure growth from own results. */
  readonly followGroup?: boolean;
  readonly halfLifeDays?: number;
}

export function groupContext(results: readonly Result[], now: Date | string, options: GroupContextOptions = {}): EstimatorContext {
  return groupContextEncoded(encodeResults(results), now, options);
}

/**
 * What a group context is learnt into, as plain data: it survives a structured clone, so the compute
 * worker learns it from the group's results and a page makes the context from it (contextFromLearnt).
 */
export interface LearntContext {
  readonly calibration: ReadonlyMap<SourceId, SourceCalibration>;
  readonly priors: PriorMoments;
  /** Where each pupil stands in the group across goals (for the current level, with followGroup). */
  readonly standing: PupilStanding;
}

/** What groupContextEncoded learns as of `now`: from the results up to now only (none when now is no instant). */
export function learntContextEncoded(encoded: EncodedColumns, now: Date | string): LearntContext {
  const nowMs = new Date(now).getTime();
  const upToMs = Number.isNaN(nowMs) ? Number.NEGATIVE_INFINITY : nowMs;
  const calibration = calibrateEncoded(encoded, upToMs);
  const priors = priorMomentsEncoded(encoded, calibration, upToMs);
  return { calibration, priors, standing: standingOf(encoded, calibration, priorsFromMoments(priors), upToMs) };
}

/** groupContext over encoded results (encodeResults): the same context, without parsing a time twice. */
export function groupContextEncoded(encoded: EncodedColumns, now: Date | string, options: GroupContextOptions = {}): EstimatorContext {
  return contextFromLearnt(learntContextEncoded(encoded, now), now, options);
}

/** The estimator context of what was learnt (learntContextEncoded), at `now`. */
export function contextFromLearnt(
  { calibration, priors, standing }: LearntContext,
  now: Date | string,
  options: GroupContextOptions = {},
): EstimatorContext {
  return {
    now,
    ...calibrationContext(calibration),
    prior: priorsFromMoments(priors),
    standing: standingShift(standing),
    ...(options.followGroup ? { followGroup: true } : {}),
    ...(options.halfLifeDays ? { halfLifeDays: options.halfLifeDays } : {}),
  };
}

/** The newest result time in ms; -Infinity for none (an unreadable time is left out, as groupContext does). */
export function latestTime(encoded: EncodedColumns): number {
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
