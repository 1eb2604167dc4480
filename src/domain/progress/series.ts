import type { GoalId, SourceId } from '../ids';
import type { LearningLine, NormBand, Result } from '../model';
import { evidenceOf } from './mastery';

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
  /** Monday 00:00 UTC of the week (ISO instant). */
  readonly weekStart: string;
  /** The same instant in epoch ms, for the time axis. */
  readonly t: number;
  readonly value: number;
}

/** One pupil's results on a line as chart points (lineSeries). */
export interface SourcePoints {
  /** Per source, time-ordered, at most `maxPoints` points in all (lineSeries). */
  readonly bySource: ReadonlyMap<SourceId, readonly SeriesPoint[]>;
  /** Results on this line before downsampling. */
  readonly total: number;
}

/** What the line chart draws: the points and the line's weekly trend (estimatedTrend, with the line's method). */
export interface LineSeries extends SourcePoints {
  readonly trend: readonly TrendPoint[];
}

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
/** The most points any chart is handed (issue 12): past that a chart is slow to draw and no easier to read. */
export const MAX_CHART_POINTS = 500;

/**
 * Shares `budget` points over sources with these many points each: a source with fewer than its even share keeps them
 * all and leaves the rest to the others; none gets fewer than `floor` (or all it has) however many sources share it.
 */
export function sharePoints(counts: readonly number[], budget: number, floor = 4): number[] {
  const order = counts.map((_, index) => index).sort((a, b) => (counts[a] as number) - (counts[b] as number));
  const caps = counts.map(() => 0);
  let left = budget;
  order.forEach((index, position) => {
    const even = Math.floor(left / (order.length - position));
    const cap = Math.min(counts[index] as number, Math.max(floor, even));
    caps[index] = cap;
    left -= cap;
  });
  return caps;
}

/**
 * One pupil's chart points on one line, by source (the weekly trend is estimatedTrend's): at most `maxPoints` in all
 * (default MAX_CHART_POINTS), shared over the sources by sharePoints, each source downsampled to its share.
 */
export function lineSeries(results: readonly Result[], line: LearningLine, options: { readonly maxPoints?: number } = {}): SourcePoints {
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
    const points = grouped.get(result.source);
    if (points) points.push(point);
    else grouped.set(result.source, [point]);
  }
  const caps = sharePoints(
    [...grouped.values()].map((points) => points.length),
    options.maxPoints ?? MAX_CHART_POINTS,
  );
  const bySource = new Map([...grouped].map(([source, points], index) => [source, downsample(points, caps[index] as number)] as const));

  return { bySource, total: onLine.length };
}
