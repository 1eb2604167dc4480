/**
 * The benchmark's own needs-help rule, the same for every estimator: a pupil is flagged when the
 * mean estimated gain, over the goals they worked on during the lookback, is below BENCH_STALL_GAIN
 * and their mean estimate on those goals is not yet mastered. A goal counts when it has an estimate
 * at both ends and a result after the start of the lookback; without such a goal the rule cannot
 * tell (not flagged). This is NOT the product's needs-help
 * rule (src/domain/progress/needs-help/), only a fixed yardstick for comparing estimators.
 */
import type { Estimate } from '@/domain/progress/estimators';
import { MASTERED_FROM } from '@/domain/progress/mastery';

export const BENCH_STALL_GAIN = 0.04;

export function benchmarkNeedsHelp(now: readonly (Estimate | null)[], before: readonly (Estimate | null)[]): boolean {
  let gain = 0;
  let level = 0;
  let count = 0;
  now.forEach((estimate, i) => {
    const earlier = before[i];
    if (!estimate || !earlier || estimate.lastAt === earlier.lastAt) return;
    gain += estimate.value - earlier.value;
    level += estimate.value;
    count += 1;
  });
  return count >= 1 && gain / count < BENCH_STALL_GAIN && level / count < MASTERED_FROM;
}
