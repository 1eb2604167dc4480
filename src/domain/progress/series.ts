import type { GoalId, SourceId } from '../ids';
import type { LearningLine, NormBand, Result } from '../model';
import { lineMasteryOf } from './line-mastery';
import { evidenceOf, masteryOf, type MasteryOptions } from './mastery';

export interface SeriesPoint {
  /** The result's time (ISO instant). */
  readonly time: string;
  /** The same time in epoch milliseconds, for the time axis. */
  readonly t: number;
  readonly scaled: number;
  readonly source: SourceId;
  readonly goal: GoalId;
  readonly raw: number | null;
  readonly max: number | null;
  /** Passed or not, for a result without a score (its scaled value is then 1 or 0); null otherwise. */
  readonly success: boolean | null;
  readonly normBand: NormBand | null;
  readonly workForm: Result['workForm'];
}

export interface TrendPoint {
  /**
   * Monday 00:00 UTC of the week (ISO instant). Always set by lineSeries; declared optional only
   * so the existing `series.trend as { t; value }[]` cast in pupil-profile/line-chart.tsx still
   * type-checks (make it required once that cast is gone).
   */
  readonly weekStart?: string;
  /** The same instant in epoch ms, for the time axis. */
  readonly t: number;
  readonly value: number;
}

export interface LineSeries {
  /** Per source, time-ordered, at most `maxPointsPerSource` points each. */
  readonly bySource: ReadonlyMap<SourceId, readonly SeriesPoint[]>;
  /** The line mastery at the end of every week that has evidence. */
  readonly trend: readonly TrendPoint[];
  /** Results on this line before downsampling. */
  readonly total: number;
}

const WEEK_MS = 7 * 86_400_000;

/** Keeps evenly spaced points plus the lowest and highest, so a chart stays fast and honest. */
export function downsample<T extends { scaled: number }>(points: readonly T[], cap: number): T[] {
  if (points.length <= cap) return [...points];
  if (cap < 4) return points.slice(0, cap);
  let low = 0;
  let high = 0;
  points.forEach((point, index) => {
    if (point.scaled < (points[low] as T).scaled) low = index;
    if (point.scaled > (points[high] as T).scaled) high = index;
  });
  const last = points.length - 1;
  const keep = new Set<number>([low, high, 0, last]);
  // Evenly spaced indices fill the rest; a collision leaves a gap that the sweep below fills.
  const step = last / (cap - 1);
  for (let i = 1; i < cap - 1 && keep.size < cap; i += 1) keep.add(Math.round(i * step));
  for (let index = 1; keep.size < cap; index += 1) keep.add(index);
  return [...keep].sort((a, b) => a - b).map((index) => points[index] as T);
}

const mondayOf = (ms: number) => {
  const date = new Date(ms);
  const day = (date.getUTCDay() + 6) % 7;
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - day);
};

/** One pupil's chart data on one line: points by source and a weekly mastery trend. */
export function lineSeries(results: readonly Result[], line: LearningLine, options: MasteryOptions & { maxPointsPerSource?: number }): LineSeries {
  const goalIds = new Set<string>(line.goals.map((goal) => goal.id));
  const onLine = results
    .filter((result) => result.goals.some((goal) => goalIds.has(goal)) && evidenceOf(result) !== null)
    .sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
  const grouped = new Map<SourceId, SeriesPoint[]>();
  for (const result of onLine) {
    const goal = result.goals.find((id) => goalIds.has(id)) as GoalId;
    const point: SeriesPoint = {
      time: result.time,
      t: Date.parse(result.time),
      scaled: evidenceOf(result) as number,
      source: result.source,
      goal,
      raw: result.score?.raw ?? null,
      max: result.score?.max ?? null,
      success: result.score ? null : result.success,
      normBand: result.normBand,
      workForm: result.workForm,
    };
    grouped.set(result.source, [...(grouped.get(result.source) ?? []), point]);
  }
  const cap = options.maxPointsPerSource ?? 200;
  const bySource = new Map([...grouped].map(([source, points]) => [source, downsample(points, cap)] as const));

  const trend: TrendPoint[] = [];
  const nowMs = new Date(options.now).getTime();
  const weeks = [...new Set(onLine.map((result) => mondayOf(Date.parse(result.time))))].sort((a, b) => a - b);
  for (const week of weeks) {
    const end = Math.min(week + WEEK_MS - 1, nowMs);
    const upTo = onLine.filter((result) => Date.parse(result.time) <= end);
    const mastery = lineMasteryOf(line.goals, (goal) =>
      masteryOf(
        upTo.filter((result) => result.goals.includes(goal.id)),
        { ...options, now: new Date(end) },
      ),
    );
    if (mastery.value !== null) trend.push({ weekStart: new Date(week).toISOString(), t: week, value: mastery.value });
  }
  return { bySource, trend, total: onLine.length };
}
