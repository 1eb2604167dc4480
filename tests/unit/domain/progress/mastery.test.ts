import { describe, expect, it } from 'vitest';

import { scaleScore, type Result } from '@/domain/model';
import { DEFAULT_HALF_LIFE_DAYS, MASTERED_FROM, masteryOf, NEARLY_FROM, shownValue, statusOf, weightOf } from '@/domain/progress/mastery';
import { buildResult } from '../../../support/result-builder';

const NOW = '2026-03-02T12:00:00.000Z';
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * DAY).toISOString();

function result(scaled: number | null, overrides: Partial<Result> = {}): Result {
  return buildResult({ time: NOW, score: scaled === null ? null : scaleScore(scaled * 100, 0, 100), ...overrides });
}

describe('masteryOf: the decaying average', () => {
  it('uses a 28-day half-life by default', () => {
    expect(DEFAULT_HALF_LIFE_DAYS).toBe(28);
  });

  it('weighs a result 28 days old half as much as one from today', () => {
    // today 1.0 (w 1), 28 days ago 0.0 (w 0.5): 1 / 1.5
    expect(masteryOf([result(1), result(0, { time: daysAgo(28) })], { now: NOW })?.value).toBeCloseTo(2 / 3, 12);
    // today 0.0 (w 1), 28 days ago 1.0 (w 0.5): 0.5 / 1.5
    expect(masteryOf([result(0), result(1, { time: daysAgo(28) })], { now: NOW })?.value).toBeCloseTo(1 / 3, 12);
    // 56 days ago weighs a quarter: (1 * 0.2 + 0.25 * 1.0) / 1.25
    expect(masteryOf([result(0.2), result(1, { time: daysAgo(56) })], { now: NOW })?.value).toBeCloseTo(0.45 / 1.25, 12);
  });

  it('honours another half-life', () => {
    const results = [result(1), result(0, { time: daysAgo(7) })];
    expect(masteryOf(results, { now: NOW, halfLifeDays: 7 })?.value).toBeCloseTo(2 / 3, 12);
    // with the default half-life, 7 days old weighs 2^(-1/4)
    const w = 0.5 ** 0.25;
    expect(masteryOf(results, { now: NOW })?.value).toBeCloseTo(1 / (1 + w), 12);
  });

  it('weighs a test twice as much as practice', () => {
    // practice 0 (w 1), test 1 (w 2): 2 / 3
    expect(masteryOf([result(0), result(1, { workForm: 'test' })], { now: NOW })?.value).toBeCloseTo(2 / 3, 12);
    // a test 28 days old (2 * 0.5 = 1) counts as much as practice today
    expect(masteryOf([result(0.2), result(0.8, { workForm: 'test', time: daysAgo(28) })], { now: NOW })?.value).toBeCloseTo(0.5, 12);
  });

  it('counts success-only results as 1 or 0', () => {
    const pass = result(null, { success: true });
    const fail = result(null, { success: false });
    expect(masteryOf([pass], { now: NOW })?.value).toBe(1);
    expect(masteryOf([fail], { now: NOW })?.value).toBe(0);
    expect(masteryOf([pass, fail, pass], { now: NOW })?.value).toBeCloseTo(2 / 3, 12);
  });

  it('prefers the score over success when both are given', () => {
    expect(masteryOf([result(0.3, { success: true })], { now: NOW })?.value).toBeCloseTo(0.3, 12);
  });

  it('ignores results without a score or success, and returns null when nothing is left', () => {
    const silent = result(null, { completion: true });
    expect(masteryOf([silent], { now: NOW })).toBeNull();
    expect(masteryOf([silent, result(0.6)], { now: NOW })).toMatchObject({ value: 0.6, evidence: 1 });
  });

  it('returns null on no results at all', () => {
    expect(masteryOf([], { now: NOW })).toBeNull();
  });

  it('ignores results in the future of now and results with an unreadable time', () => {
    const future = result(0, { time: '2026-03-02T12:00:01.000Z' });
    const broken = result(0, { time: 'not a time' });
    expect(masteryOf([result(1, { time: daysAgo(1) }), future, broken], { now: NOW })).toEqual({
      value: 1,
      evidence: 1,
      lastAt: daysAgo(1),
      status: 'mastered',
    });
    expect(masteryOf([future], { now: NOW })).toBeNull();
  });

  it('counts a result at exactly now', () => {
    expect(masteryOf([result(0.4)], { now: NOW })?.evidence).toBe(1);
  });

  it('reports evidence and the latest time used, whatever the input order', () => {
    const mastery = masteryOf([result(0.6, { time: daysAgo(3) }), result(0.6, { time: daysAgo(1) }), result(0.6, { time: daysAgo(9) })], {
      now: NOW,
    });
    expect(mastery).toEqual({ value: expect.closeTo(0.6, 12), evidence: 3, lastAt: daysAgo(1), status: 'nearly' });
  });

  it('accepts now as a Date or a string alike', () => {
    const results = [result(0.9), result(0.1, { time: daysAgo(10) })];
    expect(masteryOf(results, { now: new Date(NOW) })).toEqual(masteryOf(results, { now: NOW }));
  });

  it('keeps the level reached when a pupil stops practising', () => {
    // three months without practice: every weight is small, the average is the same
    const results = [result(0.8, { time: daysAgo(100) }), result(0.8, { time: daysAgo(95) })];
    expect(masteryOf(results, { now: NOW })?.value).toBeCloseTo(0.8, 12);
  });
});

describe('weightOf', () => {
  it('halves per half-life, doubles for tests and treats future results as new', () => {
    const nowMs = Date.parse(NOW);
    expect(weightOf(result(1, { time: daysAgo(28) }), nowMs, 28)).toBeCloseTo(0.5, 12);
    expect(weightOf(result(1, { time: daysAgo(84) }), nowMs, 28)).toBeCloseTo(0.125, 12);
    expect(weightOf(result(1, { workForm: 'test', time: daysAgo(28) }), nowMs, 28)).toBeCloseTo(1, 12);
    expect(weightOf(result(1, { time: daysAgo(-5) }), nowMs, 28)).toBe(1);
  });
});

describe('status thresholds', () => {
  it('are 0.55 and 0.75', () => {
    expect(NEARLY_FROM).toBe(0.55);
    expect(MASTERED_FROM).toBe(0.75);
  });

  it.each([
    [0, 'working'],
    [0.5449, 'working'],
    [0.55, 'nearly'],
    // what is shown as 55% or 75% has the status of 55% or 75%: the status never contradicts the number
    [0.5499, 'nearly'],
    [0.745, 'mastered'],
    [0.7449, 'nearly'],
    [0.7496, 'mastered'],
    [0.75, 'mastered'],
    [1, 'mastered'],
  ] as const)('statusOf(%s) is %s', (value, status) => {
    expect(statusOf(value, 1)).toBe(status);
  });

  it('agrees with the percentage the views show, at every ten-thousandth from 0 to 1', () => {
    const shown = (value: number) =>
      Number(new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 0 }).format(value).replace(/[^0-9]/g, '')) / 100;
    for (let i = 0; i <= 10_000; i += 1) {
      const value = i / 10_000;
      const expected = shown(value) >= MASTERED_FROM ? 'mastered' : shown(value) >= NEARLY_FROM ? 'nearly' : 'working';
      expect(statusOf(value, 1)).toBe(expected);
    }
  });

  it('gives the status of the value shown, also a hair from 74.5% and 54.5% and far outside 0..1', () => {
    const byShown = (value: number) => (shownValue(value) >= MASTERED_FROM ? 'mastered' : shownValue(value) >= NEARLY_FROM ? 'nearly' : 'working');
    const values = [0.745, 0.545].flatMap((half) =>
      [1e-12, 1e-15].flatMap((step) => Array.from({ length: 4001 }, (_, j) => half + (j - 2000) * step)),
    );
    values.push(...[-3, 2, 123.456, 1e5, 1e7, -1e9, Number.NaN, Number.POSITIVE_INFINITY].flatMap((v) => [v, v + 0.00745]));
    for (const value of values) expect(statusOf(value, 1), `${value}`).toBe(byShown(value));
  });

  it('is not-started without a value or without evidence', () => {
    expect(statusOf(null, 3)).toBe('not-started');
    expect(statusOf(0.9, 0)).toBe('not-started');
  });

  it('applies at the boundaries through masteryOf', () => {
    expect(masteryOf([result(0.55)], { now: NOW })?.status).toBe('nearly');
    expect(masteryOf([result(0.54)], { now: NOW })?.status).toBe('working');
    expect(masteryOf([result(0.75)], { now: NOW })?.status).toBe('mastered');
    expect(masteryOf([result(0.74)], { now: NOW })?.status).toBe('nearly');
  });
});
