import { describe, expect, it } from 'vitest';
import { groupOverTime, MAX_CHART_POINTS, quantile, type PupilTrend } from '@/domain/progress/group-over-time';
import { WEEK_MS } from '@/domain/time-units';

const MONDAY = Date.parse('2026-01-05T00:00:00Z');
const week = (index: number) => MONDAY + index * WEEK_MS;
const trend = (values: readonly (readonly [number, number])[]) =>
  values.map(([index, value]) => ({ weekStart: new Date(week(index)).toISOString(), t: week(index), value }));
const pupil = (key: number, values: readonly (readonly [number, number])[], flagged = false): PupilTrend<number> => ({
  key,
  flagged,
  trend: trend(values),
});

describe('quantile', () => {
  it('is linear between neighbours and exact on a value', () => {
    expect(quantile([0.1, 0.2, 0.3, 0.4, 0.5], 0.5)).toBeCloseTo(0.3);
    expect(quantile([0.1, 0.2, 0.3, 0.4], 0.5)).toBeCloseTo(0.25);
    expect(quantile([0.1, 0.2, 0.3, 0.4, 0.5], 0.25)).toBeCloseTo(0.2);
    expect(quantile([0, 1], 0.75)).toBeCloseTo(0.75);
    expect(quantile([0.4], 0.25)).toBe(0.4);
  });
});

describe('groupOverTime', () => {
  it('gives per week the median and middle half of the levels, each pupil carried forward to weeks without a result', () => {
    const result = groupOverTime([
      pupil(1, [
        [0, 0.2],
        [2, 0.4],
      ]),
      pupil(2, [[0, 0.6]]),
      pupil(3, [
        [1, 0.5],
        [2, 0.9],
      ]),
    ]);
    expect(result.weeks.map((item) => item.t)).toEqual([week(0), week(1), week(2)]);
    // Week 0: pupils 1 and 2 (pupil 3 has no level yet).
    expect(result.weeks[0]).toMatchObject({ pupils: 2, weekStart: '2026-01-05T00:00:00.000Z' });
    expect(result.weeks[0]?.median).toBeCloseTo(0.4);
    // Week 1: 0.2 (carried), 0.6 (carried), 0.5.
    expect(result.weeks[1]?.pupils).toBe(3);
    expect(result.weeks[1]?.median).toBeCloseTo(0.5);
    expect(result.weeks[1]?.q1).toBeCloseTo(0.35);
    expect(result.weeks[1]?.q3).toBeCloseTo(0.55);
    // Week 2: 0.4, 0.6 (carried), 0.9.
    expect(result.weeks[2]?.median).toBeCloseTo(0.6);
    expect(result.marked).toEqual([]);
    expect(result.points).toBe(9);
  });

  it('marks the pupils who need help at their level in every week from their first level on', () => {
    const result = groupOverTime([
      pupil(1, [
        [0, 0.7],
        [1, 0.8],
      ]),
      pupil(2, [[1, 0.3]], true),
    ]);
    expect(result.marked).toEqual([{ key: 2, weekStart: new Date(week(1)).toISOString(), t: week(1), value: 0.3 }]);
    expect(result.markedPupils).toBe(1);
    expect(result.unmarkedPupils).toBe(0);
  });

  it('leaves out pupils without any level and gives no weeks for a group without results', () => {
    expect(groupOverTime([pupil(1, []), pupil(2, [], true)])).toMatchObject({ weeks: [], marked: [], weeksTotal: 0, points: 0 });
  });

  it('never hands the chart more than 500 points: a long history is thinned evenly, first and last week kept', () => {
    // 30 pupils, 5 of them need help, a result every week for 4 years.
    const years = 4 * 52;
    const trends = Array.from({ length: 30 }, (_, key) =>
      pupil(
        key,
        Array.from({ length: years }, (_, index) => [index, ((key + index) % 100) / 100] as const),
        key < 5,
      ),
    );
    const result = groupOverTime(trends);
    expect(result.weeksTotal).toBe(years);
    expect(result.points).toBeLessThanOrEqual(MAX_CHART_POINTS);
    expect(result.weeks.length * 3 + result.marked.length).toBe(result.points);
    // As many weeks as fit: 3 values per week plus 5 marks.
    expect(result.weeks.length).toBe(Math.floor(MAX_CHART_POINTS / 8));
    expect(result.weeks[0]?.t).toBe(week(0));
    expect(result.weeks.at(-1)?.t).toBe(week(years - 1));
    expect(result.markedPupils).toBe(5);
    // Evenly spaced: no gap more than one step longer than another.
    const gaps = result.weeks.slice(1).map((item, index) => (item.t - (result.weeks[index]?.t ?? 0)) / WEEK_MS);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1);
  });

  it('marks fewer pupils, and says how many not, only when even two weeks would not fit', () => {
    const trends = Array.from({ length: 300 }, (_, key) =>
      pupil(
        key,
        [
          [0, 0.5],
          [1, 0.6],
          [2, 0.7],
        ],
        true,
      ),
    );
    const result = groupOverTime(trends);
    expect(result.points).toBeLessThanOrEqual(MAX_CHART_POINTS);
    expect(result.weeks.length).toBe(2);
    expect(result.markedPupils).toBe(247);
    expect(result.unmarkedPupils).toBe(53);
  });

  it('keeps a small cap too and refuses one that leaves no room for two weeks', () => {
    const trends = [
      pupil(
        1,
        Array.from({ length: 20 }, (_, index) => [index, 0.5] as const),
        true,
      ),
    ];
    const result = groupOverTime(trends, 12);
    expect(result.points).toBeLessThanOrEqual(12);
    expect(result.weeks.length).toBe(3);
    expect(() => groupOverTime(trends, 5)).toThrow(RangeError);
  });
});
