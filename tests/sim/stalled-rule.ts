/**
 * The benchmark's own needs-help rule, the same for every estimator: a pupil is flagged when the
 * mean estimated gain over the goals they worked on during the lookback is below BENCH_STALL_GAIN
 * and their mean estimate on those goals is not yet mastered. A goal counts when it has an estimate
 * at both ends and a result after the start of the lookback; without such a goal the rule cannot
 * tell (not flagged). Goals are weighed by how well their gain is known: 1 / (uncertainty now^2 +
 * uncertainty before^2), so one goal with a single noisy result before and after does not outweigh
 * a goal practised all along (an estimator with a constant uncertainty gets the plain mean).
 * This is NOT the product's needs-help rule (src/domain/progress/needs-help/), only a fixed
 * yardstick for comparing estimators.
 */
import type { Estimate } from '@/domain/progress/estimators';
import { MASTERED_FROM } from '@/domain/progress/mastery';

export const BENCH_STALL_GAIN = 0.04;
/** Uncertainties below this (e.g. 0) count as this, so no goal's weight is infinite. */
const MIN_UNCERTAINTY = 0.01;

export function benchmarkNeedsHelp(now: readonly (Estimate | null)[], before: readonly (Estimate | null)[]): boolean {
  let gain = 0;
  let weights = 0;
  let level = 0;
  let count = 0;
  now.forEach((estimate, i) => {
    const earlier = before[i];
    if (!estimate || !earlier || estimate.lastAt === earlier.lastAt) return;
    const weight = 1 / (Math.max(MIN_UNCERTAINTY, estimate.uncertainty) ** 2 + Math.max(MIN_UNCERTAINTY, earlier.uncertainty) ** 2);
    gain += weight * (estimate.value - earlier.value);
    weights += weight;
    level += estimate.value;
    count += 1;
  });
  return count >= 1 && gain / weights < BENCH_STALL_GAIN && level / count < MASTERED_FROM;
}
