/**
 * How likely each alternative supplier's report is at a given true mastery (alt-suppliers.ts): the
 * exact likelihoods of their samplers, for the needs-help oracle on the alternative simulators
 * (alt-oracle.ts). Not an app model: the app never knows a supplier's scale, noise or floor.
 */
import type { Result } from '@/domain/model';
import { logNormalBetween, normalCdf } from '../sim/normal';
import type { AltSupplier } from './alt-suppliers';

const FLOOR = 1e-12;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const logit = (p: number) => Math.log(p / (1 - p));
const logBinomial = (n: number, k: number, p: number) => {
  const q = clamp(p, FLOOR, 1 - FLOOR);
  return k * Math.log(q) + (n - k) * Math.log(1 - q);
};

/** log P(Z > y) for a standard normal Z, also far in the tail. */
function logUpperTail(y: number): number {
  if (y < 6) return Math.log(Math.max(1e-300, normalCdf(-y)));
  return -0.5 * y * y - Math.log(y) - 0.5 * Math.log(2 * Math.PI) + Math.log(1 - 1 / (y * y) + 3 / y ** 4);
}

/** P(s N - E <= z), N standard normal, E exponential with mean `slipMean`. */
function slipNoiseCdf(z: number, s: number, slipMean: number): number {
  const rate = 1 / slipMean;
  const y = z / s + rate * s;
  return normalCdf(z / s) + Math.exp(rate * z + 0.5 * rate * rate * s * s + logUpperTail(y));
}

/** log P(report | true mastery m) for `supplier`'s result (binomial coefficients left out: they do not depend on m). */
export function altLogLikelihood(supplier: AltSupplier, result: Result, m: number): number {
  const noise = supplier.noise;
  const raw = result.score?.raw ?? 0;
  switch (supplier.kind) {
    case 'scale':
      return logNormalBetween(
        raw <= 100 ? -Infinity : raw - 0.5,
        raw >= 300 ? Infinity : raw + 0.5,
        200 + 30 * logit(clamp(m, 0.02, 0.98)),
        15 * noise,
      );
    case 'easy':
      return logBinomial(Math.max(3, Math.round(10 / noise)), raw, m ** 0.4);
    case 'careless': {
      const s = Math.max(1e-4, 0.25 * noise * Math.sqrt(m * (1 - m)));
      const cdf = (x: number) =>
        x === -Infinity ? 0 : x === Infinity ? 1 : 0.7 * normalCdf((x - m) / s) + 0.3 * slipNoiseCdf(x - m, s, 0.1 * noise);
      const lo = raw <= 0 ? -Infinity : (raw - 0.5) / 100;
      const hi = raw >= 100 ? Infinity : (raw + 0.5) / 100;
      return Math.log(Math.max(FLOOR, cdf(hi) - cdf(lo)));
    }
    case 'strict':
      return logBinomial(5, raw, m ** 2.2);
    case 'passfail': {
      const right = 1 / (1 + Math.exp(-(m - 0.55) / (0.08 * noise)));
      return Math.log(clamp(result.success ? right : 1 - right, FLOOR, 1));
    }
    default:
      return logNormalBetween(raw <= 1 ? -Infinity : (raw - 1) / 5, raw >= 5 ? Infinity : raw / 5, m + 0.15, 0.1 * noise);
  }
}

/** The logit grid the oracle's tables are on. */
export const LOGIT_MIN = -8;
export const LOGIT_STEP = 0.05;
export const LOGIT_POINTS = 321;

/** log P(report | mastery logistic(x)) tabulated on the logit grid, one table per supplier and report (cached). */
export function altLikelihoodTables(): (supplier: AltSupplier, result: Result) => Float64Array {
  const tables = new Map<string, Float64Array>();
  return (supplier, result) => {
    const key = `${supplier.id}:${result.score?.raw ?? ''}:${result.success ?? ''}`;
    let table = tables.get(key);
    if (!table) {
      table = Float64Array.from({ length: LOGIT_POINTS }, (_, i) =>
        altLogLikelihood(supplier, result, 1 / (1 + Math.exp(-(LOGIT_MIN + i * LOGIT_STEP)))),
      );
      tables.set(key, table);
    }
    return table;
  };
}
