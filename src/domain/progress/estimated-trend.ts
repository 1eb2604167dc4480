import type { LearningLine, Result } from '../model';
import { toMastery, type Estimator, type EstimatorContext } from './estimators/estimate';
import { lineMasteryOf } from './line-mastery';
import { evidenceOf } from './mastery';
import type { TrendPoint } from './series';
import { WEEK_MS, mondayOf } from '../time-units';

/**
 * A pupil's weekly mastery of a line with the line's chosen estimator: at the end of every week
 * with results, what that method said then (the same weeks as lineSeries' trend).
 */
export function estimatedTrend(results: readonly Result[], line: LearningLine, estimator: Estimator, context: EstimatorContext): TrendPoint[] {
  const goalIds = new Set<string>(line.goals.map((goal) => goal.id));
  const onLine = results.filter((result) => result.goals.some((goal) => goalIds.has(goal)) && evidenceOf(result) !== null);
  const nowMs = new Date(context.now).getTime();
  const weeks = [...new Set(onLine.map((result) => mondayOf(Date.parse(result.time))))].filter((week) => week <= nowMs).sort((a, b) => a - b);
  const trend: TrendPoint[] = [];
  for (const week of weeks) {
    const end = Math.min(week + WEEK_MS - 1, nowMs);
    const at = { ...context, now: new Date(end) };
    const mastery = lineMasteryOf(line.goals, (goal) => {
      const estimate = estimator(
        onLine.filter((result) => result.goals.includes(goal.id)),
        at,
      );
      return estimate && toMastery(estimate);
    });
    if (mastery.value !== null) trend.push({ weekStart: new Date(week).toISOString(), t: week, value: mastery.value });
  }
  return trend;
}
