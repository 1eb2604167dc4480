import type { Result } from '../../model';
import type { EstimatorContext } from '../estimators/estimate';
import { evidenceOf } from '../mastery';
import { WEEK_MS } from '../../time-units';

/**
 * The sums behind a pupil's own slope (own-trend.ts, own-slope.ts): per (part, source) the results are centred on their
 * own mean there, so a part's level (a goal's difficulty, a source's scale, where the pupil stands) cancels and what is
 * left is how the results move with time; weeks are x, a result's evidence less the source's bias is y, each weighted by
 * the source's reliability.
 */
export interface SlopeSums {
  /** Within-(part, source) sums of squares and products of weeks (x) and results (y). */
  readonly sxx: number;
  readonly sxy: number;
  readonly syy: number;
  /** Results that carry information on the slope (in a (part, source) pair with at least two) and such pairs. */
  readonly results: number;
  readonly pairs: number;
}

export const NO_SUMS: SlopeSums = { sxx: 0, sxy: 0, syy: 0, results: 0, pairs: 0 };

export const addSums = (a: SlopeSums, b: SlopeSums): SlopeSums => ({
  sxx: a.sxx + b.sxx,
  sxy: a.sxy + b.sxy,
  syy: a.syy + b.syy,
  results: a.results + b.results,
  pairs: a.pairs + b.pairs,
});

/** Weight of the sources' measured noise in a slope's scatter, in results. */
const PRIOR_DEGREES = 3;

interface Cell {
  w: number;
  x: number;
  y: number;
  xx: number;
  xy: number;
  yy: number;
  n: number;
}

/**
 * The within-(part, source) sums of these parts' results after `sinceMs` up to `nowMs`, y on the scale `scale` gives
 * (evidence less the source's bias): a pair with one result says nothing on a slope and is left out.
 */
export function withinSums(
  parts: Iterable<readonly [string, readonly Result[]]>,
  scale: (value: number) => number,
  context: EstimatorContext,
  sinceMs: number,
  nowMs: number,
): SlopeSums {
  const cells = new Map<string, Cell>();
  for (const [part, results] of parts) {
    for (const result of results) {
      const timeMs = Date.parse(result.time);
      const evidence = evidenceOf(result);
      if (!(timeMs > sinceMs && timeMs <= nowMs) || evidence === null) continue;
      const key = `${part}\u0000${result.source}`;
      const cell = cells.get(key) ?? { w: 0, x: 0, y: 0, xx: 0, xy: 0, yy: 0, n: 0 };
      const w = context.reliability?.(result.source) ?? 1;
      const x = (timeMs - sinceMs) / WEEK_MS;
      const y = scale(evidence - (context.bias?.(result.source) ?? 0));
      cell.w += w;
      cell.x += w * x;
      cell.y += w * y;
      cell.xx += w * x * x;
      cell.xy += w * x * y;
      cell.yy += w * y * y;
      cell.n += 1;
      cells.set(key, cell);
    }
  }
  let sums = NO_SUMS;
  for (const cell of cells.values()) {
    if (cell.n < 2) continue;
    sums = addSums(sums, {
      sxx: cell.xx - (cell.x * cell.x) / cell.w,
      sxy: cell.xy - (cell.x * cell.y) / cell.w,
      syy: cell.yy - (cell.y * cell.y) / cell.w,
      results: cell.n,
      pairs: 1,
    });
  }
  return sums;
}

export interface Slope {
  /** Change per week, on the sums' scale. */
  readonly slope: number;
  readonly standardError: number;
}

/**
 * The slope through the pooled sums, with its standard error from the scatter around it pooled with PRIOR_DEGREES of
 * `noise` (the sources' measured noise on the sums' scale: weights are relative precisions, a typical source 1), so two
 * or three results do not look certain; null without time between results (a burst in one sitting says nothing).
 */
export function slopeOf(sums: SlopeSums, noise: number): Slope | null {
  if (!(sums.sxx > 1e-6) || sums.results - sums.pairs < 2) return null;
  const slope = sums.sxy / sums.sxx;
  const residual = Math.max(0, sums.syy - slope * sums.sxy);
  const variance = (residual + PRIOR_DEGREES * noise * noise) / (sums.results - sums.pairs - 1 + PRIOR_DEGREES);
  return { slope, standardError: Math.sqrt(variance / sums.sxx) };
}
