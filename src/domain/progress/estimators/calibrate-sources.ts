/**
 * Population-level calibration of sources, for the default estimator: how much each source
 * scores above the others (bias) and how noisy it is (reliability), learnt from the moments
 * where two sources judged the same pupil on the same goal in the same week.
 *
 * For every such pupil x goal x week and pair of sources (s, t), the differences x_s - x_t give
 *   d(s,t) = mean difference        ~ bias_s - bias_t
 *   V(s,t) = variance of difference ~ noise_s^2 + noise_t^2   (the "three-cornered hat")
 * Both are solved for per source by damped least squares over all pairs. Biases are anchored on the
 * median source (most suppliers are taken to be right); reliability is inverse noise variance
 * relative to the median source, clamped to [RELIABILITY_MIN, RELIABILITY_MAX]. With fewer than
 * three sources that pair, noise cannot be told apart and reliability stays 1, except for a source
 * that reports only right or wrong (RIGHT_WRONG_RELIABILITY).
 */
import type { SourceId } from '../../ids';
import type { Result } from '../../model';
import { encodeResults, type EncodedColumns } from '../encoded-results';
import type { EstimatorContext } from './estimate';
import { pairStatsOf } from './calibrate-pairs';

export interface SourceCalibration {
  /** Scores above the median source on 0..1; the estimator subtracts it. */
  readonly bias: number;
  /** Weight multiplier: 1 for a source as noisy as the median one, more for a steadier one. */
  readonly reliability: number;
  /** Estimated noise of one result (sd on 0..1), null when it could not be told. */
  readonly noiseSd: number | null;
  /** Pupil x goal x week moments shared with another source. */
  readonly shared: number;
}

export const RELIABILITY_MIN = 0.25;
export const RELIABILITY_MAX = 4;
/** Fewer shared moments than this and a pair of sources is not compared. */
export const MIN_SHARED = 10;

/**
 * The reliability of a right/wrong-only source whose noise the calibration cannot tell (fewer than three
 * comparable sources): a right/wrong answer is one Bernoulli draw, variance p(1 - p), 0.25 at a level of
 * one half, against the PRIOR_SD^2 = 0.04 a scored practice result is taken to have: 0.04 / 0.25 (decision 049).
 * Where the calibration measures the source's noise, that measurement decides.
 */
export const RIGHT_WRONG_RELIABILITY = 0.16;

const ITERATIONS = 200;

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** Damped least squares for x_s from equations x_s + sign * x_t = target(s, t), weighted by n. */
function solve(
  sources: readonly SourceId[],
  edges: Map<SourceId, Map<SourceId, { n: number; target: number }>>,
  sign: 1 | -1,
  start: number,
): Map<SourceId, number> {
  let x = new Map(sources.map((s) => [s, start] as const));
  for (let i = 0; i < ITERATIONS; i += 1) {
    const next = new Map<SourceId, number>();
    for (const s of sources) {
      let sumN = 0;
      let sum = 0;
      for (const [t, edge] of edges.get(s) ?? []) {
        sumN += edge.n;
        sum += edge.n * (edge.target - sign * (x.get(t) as number));
      }
      next.set(s, sumN === 0 ? (x.get(s) as number) : 0.5 * (x.get(s) as number) + 0.5 * (sum / sumN));
    }
    x = next;
  }
  return x;
}

export function calibrateSources(results: readonly Result[]): ReadonlyMap<SourceId, SourceCalibration> {
  return calibrateEncoded(encodeResults(results));
}

/** The sources of the results seen, in order of first appearance. */
function sourcesSeen(encoded: EncodedColumns, upToMs: number | undefined): SourceId[] {
  if (upToMs === undefined) return [...encoded.sources];
  const seen = new Uint8Array(encoded.sources.length);
  const order: SourceId[] = [];
  for (let i = 0; i < encoded.time.length; i += 1) {
    const code = encoded.source[i] as number;
    if (seen[code] || !((encoded.time[i] as number) <= upToMs)) continue;
    seen[code] = 1;
    order.push(encoded.sources[code] as SourceId);
  }
  return order;
}

/** Per source code: 1 when every value seen (at least MIN_SHARED of them) is 0 or 1, a right/wrong-only source. */
function rightWrongOnly(encoded: EncodedColumns, upToMs: number): Uint8Array {
  const count = new Int32Array(encoded.sources.length);
  const scored = new Uint8Array(encoded.sources.length);
  for (let i = 0; i < encoded.time.length; i += 1) {
    const v = encoded.value[i] as number;
    if (Number.isNaN(v) || !((encoded.time[i] as number) <= upToMs)) continue;
    const s = encoded.source[i] as number;
    count[s] = (count[s] as number) + 1;
    if (v !== 0 && v !== 1) scored[s] = 1;
  }
  return Uint8Array.from(count, (n, s) => (n >= MIN_SHARED && !scored[s] ? 1 : 0));
}

/** calibrateSources over encoded results, of those up to upToMs (epoch ms) only when given (groupContext). */
export function calibrateEncoded(encoded: EncodedColumns, upToMs?: number): ReadonlyMap<SourceId, SourceCalibration> {
  const pairs = pairStatsOf(encoded, upToMs ?? Number.POSITIVE_INFINITY);
  const allSources = sourcesSeen(encoded, upToMs);
  const dEdges = new Map<SourceId, Map<SourceId, { n: number; target: number }>>();
  const vEdges = new Map<SourceId, Map<SourceId, { n: number; target: number }>>();
  const shared = new Map<SourceId, number>();
  for (const [s, row] of pairs) {
    for (const [t, stats] of row) {
      if (stats.n < MIN_SHARED) continue;
      const d = stats.sumD / stats.n;
      if (!dEdges.has(s)) dEdges.set(s, new Map());
      if (!vEdges.has(s)) vEdges.set(s, new Map());
      dEdges.get(s)?.set(t, { n: stats.n, target: d });
      vEdges.get(s)?.set(t, { n: stats.n, target: Math.max(0, stats.sumD2 / stats.n - d * d) });
      shared.set(s, (shared.get(s) ?? 0) + stats.n);
    }
  }
  const paired = allSources.filter((s) => dEdges.has(s));
  const rawBias = solve(paired, dEdges, -1, 0);
  const anchor = paired.length > 0 ? median([...rawBias.values()]) : 0;
  const firstV = [...vEdges.values()].flatMap((row) => [...row.values()].map((e) => e.target));
  const noiseVar = solve(paired, vEdges, 1, firstV.length ? median(firstV) / 2 : 0);
  const canTellNoise = paired.length >= 3;
  const typical = canTellNoise ? median([...noiseVar.values()].map((v) => Math.max(v, 1e-4))) : 1;
  const binary = rightWrongOnly(encoded, upToMs ?? Number.POSITIVE_INFINITY);
  const out = new Map<SourceId, SourceCalibration>();
  for (const source of allSources) {
    const variance = noiseVar.get(source);
    const known = canTellNoise && variance !== undefined;
    const untold = binary[encoded.sources.indexOf(source)] ? RIGHT_WRONG_RELIABILITY : 1;
    out.set(source, {
      bias: paired.includes(source) ? (rawBias.get(source) as number) - anchor : 0,
      reliability: known ? Math.min(RELIABILITY_MAX, Math.max(RELIABILITY_MIN, typical / Math.max(variance, 1e-4))) : untold,
      noiseSd: known ? Math.sqrt(Math.max(variance, 0)) : null,
      shared: shared.get(source) ?? 0,
    });
  }
  return out;
}

/**
 * The reliability and bias functions of an EstimatorContext, from a calibration, and the noise of a
 * typical source (reliability 1: the median of the sources' noise variances) when it could be told.
 */
export function calibrationContext(
  calibration: ReadonlyMap<SourceId, SourceCalibration>,
): Pick<EstimatorContext, 'reliability' | 'bias' | 'noiseSd'> {
  const variances = [...calibration.values()].flatMap((source) => (source.noiseSd === null ? [] : [Math.max(source.noiseSd ** 2, 1e-4)]));
  return {
    reliability: (source) => calibration.get(source)?.reliability ?? 1,
    bias: (source) => calibration.get(source)?.bias ?? 0,
    ...(variances.length > 0 ? { noiseSd: Math.sqrt(median(variances)) } : {}),
  };
}
