import { useMemo } from 'react';
import type { Result } from '@/domain/model';
import { encodeResults, type EncodedResults } from '@/domain/progress/encoded-results';
import type { EstimatorContext } from '@/domain/progress/estimators/estimate';
import { contextInstant, groupContextEncoded, latestTime } from '@/domain/progress/estimators/group-context';

export interface GroupContexts {
  /** The current level (status, trend): follows the group's growth, as in the class overview. */
  readonly level: EstimatorContext;
  /** Growth since a date: calibration and priors of the group, the pupil's own results only. */
  readonly growth: EstimatorContext;
}

/**
 * The encoding of a group's results (decision 021): made once per set of results the store hands
 * out (the query's data, shared by every view of the group), then reused by every view and render.
 */
const encodings = new WeakMap<readonly Result[], EncodedResults>();

export function encodedResultsOf(results: readonly Result[]): EncodedResults {
  let encoded = encodings.get(results);
  if (!encoded) encodings.set(results, (encoded = encodeResults(results)));
  return encoded;
}

/** Calibration and priors per encoding and instant, learnt once (kept as long as the encoding is). */
const contexts = new WeakMap<EncodedResults, Map<number, EstimatorContext>>();

export function contextOf(encoded: EncodedResults, asOfMs: number): EstimatorContext {
  let byInstant = contexts.get(encoded);
  if (!byInstant) contexts.set(encoded, (byInstant = new Map()));
  let context = byInstant.get(asOfMs);
  if (!context) {
    if (byInstant.size > 8) byInstant.clear();
    byInstant.set(asOfMs, (context = groupContextEncoded(encoded, new Date(asOfMs))));
  }
  return context;
}

/**
 * A group's estimator contexts as of `now` (groupContext: calibration and goal priors, decision 006),
 * learnt once per set of results. A view's `now` is new on every render, but while every result is
 * older than it what groupContext learns cannot change, so it is learnt as of the newest result and
 * only `now` is replaced. One calibration serves both the level (followGroup) and growth.
 */
export function useGroupContext(results: readonly Result[], now: string): GroupContexts {
  const encoded = encodedResultsOf(results);
  // The instant up to which results are seen: stays put while the clock moves on past the newest result.
  const latest = useMemo(() => latestTime(encoded), [encoded]);
  const base = contextOf(encoded, contextInstant(latest, Date.parse(now)));
  return useMemo(() => ({ level: { ...base, now, followGroup: true }, growth: { ...base, now } }), [base, now]);
}
