import { MAX_CHART_POINTS, type TrendPoint } from './series';

/** One pupil's weekly level on a line (estimatedTrend) and whether the pupil needs help. */
export interface PupilTrend<K> {
  readonly key: K;
  readonly flagged: boolean;
  readonly trend: readonly TrendPoint[];
}

/** The group in one week: the median and the middle half (first to third quartile) of its pupils' levels. */
export interface GroupWeek {
  /** Monday 00:00 UTC of the week (ISO instant). */
  readonly weekStart: string;
  readonly t: number;
  readonly median: number;
  readonly q1: number;
  readonly q3: number;
  /** Pupils counted: those with a level by that week. */
  readonly pupils: number;
}

/** A pupil who needs help, at their level in a week that is shown. */
export interface MarkedPoint<K> {
  readonly key: K;
  readonly weekStart: string;
  readonly t: number;
  readonly value: number;
}

export interface GroupOverTime<K> {
  /** The weeks shown, oldest first (evenly spaced when there were more than the cap allows; first and last kept). */
  readonly weeks: readonly GroupWeek[];
  /** The pupils who need help, per shown week from their first level on. */
  readonly marked: readonly MarkedPoint<K>[];
  /** Weeks with a level for anyone, before thinning. */
  readonly weeksTotal: number;
  /** Pupils who need help and are marked, and those left unmarked to stay under the cap. */
  readonly markedPupils: number;
  readonly unmarkedPupils: number;
  /** Points handed to the chart: three per week (median, first and third quartile) and one per mark. */
  readonly points: number;
}

export { MAX_CHART_POINTS };
/** Values per shown week: the median and the band's two edges. */
const PER_WEEK = 3;

/** The q-quantile of sorted values, linear between neighbours (the usual spreadsheet definition). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  const a = sorted[low] as number;
  const b = sorted[high] as number;
  return a + (b - a) * (at - low);
}

/** `count` indices of 0..n-1, evenly spaced, the first and the last among them. */
function evenIndices(n: number, count: number): number[] {
  if (count >= n) return Array.from({ length: n }, (_, index) => index);
  if (count <= 1) return [n - 1];
  return Array.from({ length: count }, (_, index) => Math.round((index * (n - 1)) / (count - 1)));
}

/**
 * The group's level on a line week by week: in every week in which any pupil has a level, each
 * pupil's latest weekly level up to then (a pupil without a result yet is not counted), their median
 * and middle half, and the levels of the pupils who need help. Never more than `maxPoints` values for
 * the chart: the weeks are thinned evenly (first and last kept) and, only when even two weeks would
 * not fit, fewer pupils who need help are marked (said in `unmarkedPupils`).
 */
export function groupOverTime<K>(trends: readonly PupilTrend<K>[], maxPoints: number = MAX_CHART_POINTS): GroupOverTime<K> {
  if (!Number.isInteger(maxPoints) || maxPoints < 2 * PER_WEEK) throw new RangeError(`maxPoints must be a whole number of at least ${2 * PER_WEEK}`);
  const withLevel = trends
    .filter((pupil) => pupil.trend.length > 0)
    .map((pupil) => ({ ...pupil, trend: [...pupil.trend].sort((a, b) => a.t - b.t) }));
  const allWeeks = [...new Set(withLevel.flatMap((pupil) => pupil.trend.map((point) => point.t)))].sort((a, b) => a - b);
  const flagged = withLevel.filter((pupil) => pupil.flagged);
  // Two weeks at least: a mark per flagged pupil per week must leave room for the band.
  const markable = Math.min(flagged.length, Math.floor(maxPoints / 2) - PER_WEEK);
  const marked = flagged.slice(0, markable);
  const perWeek = PER_WEEK + marked.length;
  const shown = evenIndices(allWeeks.length, Math.floor(maxPoints / perWeek)).map((index) => allWeeks[index] as number);

  // Each pupil's level carried forward to every shown week (a pointer per pupil: weeks are in order).
  const cursor = withLevel.map(() => -1);
  const weeks: GroupWeek[] = [];
  const marks: MarkedPoint<K>[] = [];
  const markedKeys = new Set(marked.map((pupil) => pupil.key));
  for (const week of shown) {
    const levels: number[] = [];
    withLevel.forEach((pupil, index) => {
      let at = cursor[index] as number;
      while (at + 1 < pupil.trend.length && (pupil.trend[at + 1] as TrendPoint).t <= week) at += 1;
      cursor[index] = at;
      if (at < 0) return;
      const value = (pupil.trend[at] as TrendPoint).value;
      levels.push(value);
      if (markedKeys.has(pupil.key)) marks.push({ key: pupil.key, weekStart: new Date(week).toISOString(), t: week, value });
    });
    levels.sort((a, b) => a - b);
    weeks.push({
      weekStart: new Date(week).toISOString(),
      t: week,
      median: quantile(levels, 0.5),
      q1: quantile(levels, 0.25),
      q3: quantile(levels, 0.75),
      pupils: levels.length,
    });
  }
  return {
    weeks,
    marked: marks,
    weeksTotal: allWeeks.length,
    markedPupils: marked.length,
    unmarkedPupils: flagged.length - marked.length,
    points: weeks.length * PER_WEEK + marks.length,
  };
}
