import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { goalId, pupilRef, resultIdOf, sourceId, type GoalId, type SourceId } from '@/domain/ids';
import { scaleScore, type Result } from '@/domain/model';
import { estimatedTrend } from '@/domain/progress/estimated-trend';
import { ESTIMATORS } from '@/domain/progress/estimators/registry';
import { downsample, lineSeries, MAX_CHART_POINTS, sharePoints } from '@/domain/progress/series';
import { REKENEN_LINE } from '@/curriculum/rekenen.line';
import { buildResult } from '../../../support/result-builder';

const DAY = 86_400_000;
const WEEK = 7 * DAY;
const SOM = sourceId('src-som');
const TOETS = sourceId('src-toets');

function result(source: SourceId, goals: readonly GoalId[], time: string, overrides: Partial<Result> = {}): Result {
  return buildResult({ source, pupil: pupilRef('ref-anna'), goals, time, ...overrides });
}

/**
 * Runs `work` but gives up after `ms`: a synchronous endless loop cannot be stopped by
 * vitest's test timeout, but node's vm watchdog terminates it and throws.
 */
function within<T>(ms: number, work: () => T): T {
  const box: { value?: T } = {};
  runInNewContext('box.value = work()', { box, work }, { timeout: ms });
  return box.value as T;
}

const points = (values: readonly number[]) => values.map((scaled, index) => ({ scaled, index }));
/** 1,000 points with the minimum and maximum in the middle, away from the first and last. */
const wave = points(Array.from({ length: 1000 }, (_, i) => 0.5 + 0.4 * Math.sin(i / 7) * (i === 500 ? 1.2 : 1) + (i === 613 ? -0.45 : 0)));

describe('downsample', () => {
  it('returns the input unchanged (as a copy) when it has at most cap points', () => {
    const input = points([0.1, 0.9, 0.5]);
    const output = downsample(input, 3);
    expect(output).toEqual(input);
    expect(output).not.toBe(input);
    expect(downsample(input, 200)).toEqual(input);
    expect(downsample([], 5)).toEqual([]);
  });

  it('keeps the first points when the cap is below 3', () => {
    expect(downsample(points([0.1, 0.9, 0.5, 0.2]), 2).map((p) => p.index)).toEqual([0, 1]);
  });

  // These ran forever before the fill loop was fixed; `within` stops a runaway loop after 1 s.
  it('keeps at most cap points, among them the first, last, lowest and highest', () => {
    const kept = within(1000, () => downsample(wave, 200));
    const indices = kept.map((p) => p.index);
    expect(kept.length).toBeLessThanOrEqual(200);
    expect(kept.length).toBeGreaterThan(150);
    const low = wave.reduce((a, b) => (b.scaled < a.scaled ? b : a)).index;
    const high = wave.reduce((a, b) => (b.scaled > a.scaled ? b : a)).index;
    expect(indices).toEqual(expect.arrayContaining([0, 999, low, high]));
    expect([...indices].sort((a, b) => a - b)).toEqual(indices);
    expect(new Set(indices).size).toBe(indices.length);
  });

  it('keeps at most cap points on a small input (7 points, cap 5)', () => {
    const kept = within(1000, () => downsample(points([0.5, 0.1, 0.9, 0.4, 0.3, 0.6, 0.5]), 5));
    expect(kept.map((p) => p.index)).toEqual(expect.arrayContaining([0, 1, 2, 6]));
    expect(kept.length).toBeLessThanOrEqual(5);
  });

  it('keeps at most cap points when the cap is 3', () => {
    expect(downsample(points([0.5, 0.1, 0.9, 0.4, 0.3, 0.6, 0.5]), 3).length).toBeLessThanOrEqual(3);
  });
});

const monday = (iso: string) => Date.parse(iso);
const GETALLEN_1F = goalId('rekenen.getallen.1f');
const VERBANDEN_2F = goalId('rekenen.verbanden.2f');

describe('lineSeries', () => {
  const band = { label: 'III', colour: '#f2c418' };
  const results = [
    result(SOM, [GETALLEN_1F], '2026-01-14T09:00:00.000Z', { score: scaleScore(6, 0, 10), normBand: band }),
    result(SOM, [GETALLEN_1F], '2026-01-07T09:00:00.000Z', { score: scaleScore(4, 0, 10), workForm: 'test' }),
    result(TOETS, [VERBANDEN_2F], '2026-01-08T10:00:00.000Z', { success: true }),
    result(SOM, [goalId('lezen.zakelijk.1f')], '2026-01-09T10:00:00.000Z', { score: scaleScore(9, 0, 10) }),
    result(SOM, [], '2026-01-09T11:00:00.000Z', { score: scaleScore(9, 0, 10) }),
    result(SOM, [goalId('rekenen.getallen.2f')], '2026-01-10T10:00:00.000Z', { completion: true }),
    result(SOM, [goalId('lezen.fictie.1f'), goalId('rekenen.verhoudingen.1f')], '2026-01-12T10:00:00.000Z', { score: scaleScore(5, 0, 10) }),
  ];
  const series = lineSeries(results, REKENEN_LINE);
  // The line chart's trend with the decaying average (what lineSeries computed before it left the trend to estimatedTrend).
  const trendOf = (of: readonly Result[], now: string) => estimatedTrend(of, REKENEN_LINE, ESTIMATORS.decayingAverage, { now });
  const trend = trendOf(results, '2026-03-02T12:00:00.000Z');

  it("takes only results on the line's goals that carry evidence", () => {
    expect(series.total).toBe(4);
  });

  it('groups the points per source, each time-ordered, with the fields a chart needs', () => {
    expect([...series.bySource.keys()].sort()).toEqual([SOM, TOETS]);
    expect(series.bySource.get(SOM)).toEqual([
      {
        time: '2026-01-07T09:00:00.000Z',
        t: Date.parse('2026-01-07T09:00:00.000Z'),
        scaled: 0.4,
        source: SOM,
        goal: GETALLEN_1F,
        raw: 4,
        max: 10,
        success: null,
        normBand: null,
        workForm: 'test',
      },
      {
        time: '2026-01-12T10:00:00.000Z',
        t: Date.parse('2026-01-12T10:00:00.000Z'),
        scaled: 0.5,
        source: SOM,
        goal: goalId('rekenen.verhoudingen.1f'),
        raw: 5,
        max: 10,
        success: null,
        normBand: null,
        workForm: 'practice',
      },
      {
        time: '2026-01-14T09:00:00.000Z',
        t: Date.parse('2026-01-14T09:00:00.000Z'),
        scaled: 0.6,
        source: SOM,
        goal: GETALLEN_1F,
        raw: 6,
        max: 10,
        success: null,
        normBand: band,
        workForm: 'practice',
      },
    ]);
    expect(series.bySource.get(TOETS)).toEqual([
      {
        time: '2026-01-08T10:00:00.000Z',
        t: Date.parse('2026-01-08T10:00:00.000Z'),
        scaled: 1,
        source: TOETS,
        goal: VERBANDEN_2F,
        raw: null,
        max: null,
        success: true,
        normBand: null,
        workForm: 'practice',
      },
    ]);
  });

  it('gives one trend point per week with evidence, on the Monday 00:00 UTC', () => {
    expect(trend.map((point) => point.t)).toEqual([monday('2026-01-05T00:00:00.000Z'), monday('2026-01-12T00:00:00.000Z')]);
    expect(trend.map((point) => point.weekStart)).toEqual(['2026-01-05T00:00:00.000Z', '2026-01-12T00:00:00.000Z']);
    // week 1: getallen 0.4 (test, w 2) and verbanden 1.0, one result each: (0.4 + 1) / 2
    expect(trend[0]?.value).toBeCloseTo(0.7, 12);
  });

  it('is empty for a pupil without results on the line', () => {
    const empty = lineSeries([results[3] as Result], REKENEN_LINE);
    expect(empty).toEqual({ bySource: new Map(), total: 0 });
    expect(trendOf([results[3] as Result], '2026-03-02T12:00:00.000Z')).toEqual([]);
  });

  it('keeps every point while the chart stays within its budget', () => {
    const many = Array.from({ length: 150 }, (_, i) =>
      result(SOM, [GETALLEN_1F], new Date(Date.parse('2025-09-01T08:00:00Z') + i * DAY).toISOString(), { score: scaleScore(i % 10, 0, 10) }),
    );
    expect(lineSeries(many, REKENEN_LINE).bySource.get(SOM)).toHaveLength(150);
  });

  it('hands a chart at most MAX_CHART_POINTS over all its sources, a small source keeping all of its own', () => {
    const daily = (source: SourceId, count: number) =>
      Array.from({ length: count }, (_, i) =>
        result(source, [GETALLEN_1F], new Date(Date.parse('2025-09-01T08:00:00Z') + i * 3_600_000).toISOString(), {
          id: resultIdOf(source, `r${i}`),
          score: scaleScore(i % 10, 0, 10),
        }),
      );
    const series = lineSeries([...daily(SOM, 400), ...daily(TOETS, 30), ...daily(sourceId('src-lees'), 400)], REKENEN_LINE);
    const sizes = [...series.bySource].map(([source, points]) => [source, points.length]);
    expect(sizes).toEqual([
      [SOM, 235],
      [TOETS, 30],
      ['src-lees', 235],
    ]);
    expect(series.total).toBe(830);
    // the trend's points come off the budget
    const withTrend = lineSeries([...daily(SOM, 400), ...daily(TOETS, 30), ...daily(sourceId('src-lees'), 400)], REKENEN_LINE, {
      maxPoints: MAX_CHART_POINTS - 40,
    });
    expect([...withTrend.bySource.values()].reduce((sum, points) => sum + points.length, 0)).toBe(460);
  });

  it('shares a budget: an even share each, what a small source leaves goes to the others, never under the floor', () => {
    expect(sharePoints([1000, 1000], 500)).toEqual([250, 250]);
    expect(sharePoints([10, 1000, 1000], 500)).toEqual([10, 245, 245]);
    expect(sharePoints([3, 1000], 500)).toEqual([3, 497]);
    expect(sharePoints([100, 100], 500)).toEqual([100, 100]);
    expect(sharePoints([1000, 1000, 1000], 5)).toEqual([4, 4, 4]);
    expect(sharePoints([], 500)).toEqual([]);
  });

  it('for a steadily rising pupil the weekly trend rises', () => {
    const start = Date.parse('2026-01-07T10:00:00.000Z'); // a Wednesday
    const rising = Array.from({ length: 8 }, (_, week) =>
      result(SOM, [GETALLEN_1F], new Date(start + week * WEEK).toISOString(), { score: scaleScore(2 + week, 0, 10) }),
    );
    const trend = trendOf(rising.reverse(), '2026-03-20T12:00:00.000Z');
    expect(trend).toHaveLength(8);
    expect(trend[0]).toEqual({ weekStart: '2026-01-05T00:00:00.000Z', t: monday('2026-01-05T00:00:00.000Z'), value: expect.closeTo(0.2, 12) });
    for (let i = 1; i < trend.length; i += 1) {
      expect(trend[i]?.value).toBeGreaterThan(trend[i - 1]?.value ?? Infinity);
      expect(trend[i]?.t).toBe((trend[i - 1]?.t ?? 0) + WEEK);
    }
    // week 2 by hand: at Sunday 23:59:59.999 the first result is 11.5 days old, the second 4.5 days
    const end = monday('2026-01-12T00:00:00.000Z') + WEEK - 1;
    const w1 = 0.5 ** ((end - start) / (28 * DAY));
    const w2 = 0.5 ** ((end - start - WEEK) / (28 * DAY));
    expect(trend[1]?.value).toBeCloseTo((0.2 * w1 + 0.3 * w2) / (w1 + w2), 12);
    expect(trend[7]?.value).toBeLessThan(0.9);
  });

  it('takes the trend of the current week at now, not at its end', () => {
    const now = '2026-01-14T12:00:00.000Z';
    const recent = [
      result(SOM, [GETALLEN_1F], '2026-01-12T12:00:00.000Z', { score: scaleScore(0, 0, 10) }),
      result(SOM, [GETALLEN_1F], '2026-01-14T12:00:00.000Z', { score: scaleScore(10, 0, 10) }),
    ];
    // at now: 0 is 2 days old, 10 is new
    const w = 0.5 ** (2 / 28);
    expect(trendOf(recent, now)).toEqual([
      { weekStart: '2026-01-12T00:00:00.000Z', t: monday('2026-01-12T00:00:00.000Z'), value: expect.closeTo(1 / (1 + w), 12) },
    ]);
  });
});
