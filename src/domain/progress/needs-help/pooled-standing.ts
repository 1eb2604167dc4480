/**
 * A pupil's standing in the group, pooled over all their goals and sources and shrunk towards the group by how much
 * evidence they have (docs/decisions/033). standing.ts gives each result a normal score among the group's results from
 * the same source on the same goal; here the group's own results tell how noisy one score is (the scatter of a pupil's
 * scores around their own mean, pooled over the group) and how far pupils truly differ (the group's robust spread of
 * mean scores, less what that noise alone would spread). A pupil's mean is then drawn towards the group's middle by the
 * share of it the noise could explain (empirical Bayes): with three results a chance low mean counts for little, with
 * thirty it counts nearly in full. So the threshold a pupil must pass grows with the noise in this group's data and
 * shrinks with the evidence, without a constant fitted to one school. Pure.
 */
import { medianOf } from './group-spread';
import type { Standing } from './standing';

export interface PooledStanding {
  /** How far the pupil truly stands below the group's middle in the look-back, in the group's true spreads; null: no results in it. */
  readonly behind: number | null;
  /** How much further than the group's median pupil they fell from before the look-back to within it, likewise; null: not both. */
  readonly fall: number | null;
}

/** Pupils with a standing needed before the group's spread means anything: 4. */
export const POOLED_MIN_PUPILS = 4;

const sortedMedian = (values: readonly number[]) => medianOf([...values].sort((a, b) => a - b));

interface Spread {
  readonly center: number;
  /** The group's true variance: the spread of the means less the noise in them (at least 5% of it). */
  readonly trueVariance: number;
}

/** Center and true variance of values each known with its own noise variance; null with too few. */
function spreadOf(values: readonly { value: number; noise: number }[]): Spread | null {
  if (values.length < POOLED_MIN_PUPILS) return null;
  const center = sortedMedian(values.map(({ value }) => value));
  const robust = 1.4826 * sortedMedian(values.map(({ value }) => Math.abs(value - center)));
  const noise = sortedMedian(values.map(({ noise }) => noise));
  return { center, trueVariance: Math.max(robust * robust - noise, 0.05 * robust * robust, 1e-4) };
}

/** The value drawn towards the group's center by its noise, as a distance from the center in true spreads. */
const shrunk = ({ center, trueVariance }: Spread, value: number, noise: number) =>
  ((trueVariance / (trueVariance + noise)) * (value - center)) / Math.sqrt(trueVariance);

/** Per pupil (in the order given), their pooled standing; behind and fall are null where the group has too few pupils to tell. */
export function pooledStandings(standings: readonly Standing[]): PooledStanding[] {
  let squares = 0;
  let freedom = 0;
  for (const { within, withinCount, withinSquares } of standings) {
    if (within === null || withinCount === 0) continue;
    squares += withinCount * (withinSquares - within * within);
    freedom += withinCount - 1;
  }
  // one score's noise variance, from each pupil's scatter around their own mean in the look-back
  const scoreNoise = freedom > 0 ? squares / freedom : 1;
  const behindOf = spreadOf(
    standings.flatMap(({ within, withinCount }) => (within === null ? [] : [{ value: -within, noise: scoreNoise / withinCount }])),
  );
  const fallNoise = (s: Standing) => scoreNoise * (1 / s.withinCount + 1 / s.beforeCount);
  const fallOf = spreadOf(
    standings.flatMap((s) => (s.within === null || s.before === null ? [] : [{ value: s.before - s.within, noise: fallNoise(s) }])),
  );
  return standings.map((s) => ({
    behind: behindOf && s.within !== null ? shrunk(behindOf, -s.within, scoreNoise / s.withinCount) : null,
    fall: fallOf && s.within !== null && s.before !== null ? shrunk(fallOf, s.before - s.within, fallNoise(s)) : null,
  }));
}
