import { describe, expect, it } from 'vitest';
import { goalId } from '@/domain/ids';
import { BUILT_IN_LINES } from '@/curriculum';
import type { Goal, Result } from '@/domain/model';
import { ESTIMATORS } from '@/domain/progress/estimators/registry';
import {
  defaultGrowthDate,
  goalGrowthSince,
  GROWTH_DEFAULT_WEEKS,
  growthOf,
  growthSinceInstant,
  lineGrowthSince,
} from '@/domain/progress/growth-since';
import { buildResult } from '../../../support/result-builder';

const NOW = '2026-07-03T12:00:00.000Z';
const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * 86_400_000).toISOString();
const GETALLEN = goalId('rekenen.getallen.1f');
const METEN = goalId('rekenen.meten-meetkunde.1f');
const scored = (days: number, scaled: number, goal = GETALLEN): Result =>
  buildResult({ time: daysAgo(days), goals: [goal], score: { raw: scaled * 10, min: 0, max: 10, scaled } });
const goal = (id: typeof GETALLEN): Goal => {
  const found = BUILT_IN_LINES.flatMap((line) => line.goals).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no goal ${id}`);
  return found;
};

describe('growthOf', () => {
  it('gives signed whole percentage points and a word that follows them', () => {
    expect(growthOf(0.4, 0.7)).toEqual({ direction: 'grown', from: 0.4, to: 0.7, points: 30 });
    expect(growthOf(0.7, 0.4)).toMatchObject({ direction: 'declined', points: -30 });
    expect(growthOf(0.5, 0.503)).toMatchObject({ direction: 'same', points: 0 });
    expect(growthOf(0.55, 0.75)).toMatchObject({ points: 20 });
  });

  it('tells no evidence before the date apart from no evidence at all', () => {
    expect(growthOf(null, 0.6)).toEqual({ direction: 'no-evidence-before', from: null, to: 0.6, points: null });
    expect(growthOf(null, null)).toMatchObject({ direction: 'no-evidence', points: null });
  });
});

describe('goalGrowthSince', () => {
  const results = [scored(50, 0.2), scored(30, 0.4), scored(10, 0.8), scored(5, 0.1, METEN)];

  it('compares the method at the date with the method now, on the goal only', () => {
    const latest = ESTIMATORS.latest;
    expect(goalGrowthSince(results, GETALLEN, daysAgo(42), latest, { now: NOW })).toMatchObject({
      direction: 'grown',
      from: 0.2,
      to: 0.8,
      points: 60,
    });
    expect(goalGrowthSince(results, GETALLEN, daysAgo(20), latest, { now: NOW })).toMatchObject({ points: 40 });
    expect(goalGrowthSince(results, GETALLEN, daysAgo(5), latest, { now: NOW })).toMatchObject({ direction: 'same', points: 0 });
  });

  it('uses the chosen method: the same data grow differently by average than by latest', () => {
    const byAverage = goalGrowthSince(results, GETALLEN, daysAgo(42), ESTIMATORS.average, { now: NOW });
    // Average at the date: 0.2; now: (0.2 + 0.4 + 0.8) / 3.
    expect(byAverage.points).toBe(Math.round(((0.2 + 0.4 + 0.8) / 3) * 100) - 20);
    expect(byAverage.points).not.toBe(60);
  });

  it('says a decline as such, and no evidence before the date when the first result is after it', () => {
    const falling = [scored(40, 0.9), scored(3, 0.5)];
    expect(goalGrowthSince(falling, GETALLEN, daysAgo(20), ESTIMATORS.latest, { now: NOW })).toMatchObject({ direction: 'declined', points: -40 });
    expect(goalGrowthSince(results, GETALLEN, daysAgo(60), ESTIMATORS.latest, { now: NOW })).toMatchObject({
      direction: 'no-evidence-before',
      to: 0.8,
    });
    expect(goalGrowthSince([], GETALLEN, daysAgo(60), ESTIMATORS.latest, { now: NOW }).direction).toBe('no-evidence');
  });
});

describe('lineGrowthSince', () => {
  it('compares the evidence-weighted line mastery at the date with now, a goal first seen later joining only now', () => {
    const results = [scored(50, 0.2), scored(10, 0.8), scored(5, 0.4, METEN)];
    const growth = lineGrowthSince(results, [goal(GETALLEN), goal(METEN)], daysAgo(42), ESTIMATORS.latest, { now: NOW });
    // At the date only getallen (0.2, one result); now getallen 0.8 (two results) and meten 0.4 (one).
    expect(growth.from).toBeCloseTo(0.2, 9);
    expect(growth.to).toBeCloseTo((2 * 0.8 + 0.4) / 3, 9);
    expect(growth).toMatchObject({ direction: 'grown', points: 47 });
    expect(lineGrowthSince(results, [goal(GETALLEN)], daysAgo(60), ESTIMATORS.latest, { now: NOW }).direction).toBe('no-evidence-before');
  });
});

describe('the growth date', () => {
  it('defaults to six weeks before now', () => {
    expect(GROWTH_DEFAULT_WEEKS).toBe(6);
    expect(defaultGrowthDate(NOW)).toBe('2026-05-22');
  });

  it('reads a date input value as the start of that day, and refuses no date, an impossible date and a future day', () => {
    expect(growthSinceInstant('2026-05-22', NOW)).toBe('2026-05-22T00:00:00.000Z');
    expect(growthSinceInstant('2026-07-03', NOW)).toBe('2026-07-03T00:00:00.000Z');
    expect(growthSinceInstant('', NOW)).toBeNull();
    expect(growthSinceInstant('2026-02-30', NOW)).toBeNull();
    expect(growthSinceInstant('22-05-2026', NOW)).toBeNull();
    expect(growthSinceInstant('2026-07-04', NOW)).toBeNull();
  });
});
