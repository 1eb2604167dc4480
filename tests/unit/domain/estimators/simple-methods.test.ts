import { describe, expect, it } from 'vitest';
import { sourceId } from '@/domain/ids';
import { average, decayingAverage, highest, latest, nTimes, PRIOR_SD } from '@/domain/progress/estimators';
import { masteryOf } from '@/domain/progress/mastery';
import { daysAgo, NOW, result } from './fixtures';

const context = { now: NOW };

describe('simple methods', () => {
  const results = [result(0.4, { time: daysAgo(10) }), result(0.9, { time: daysAgo(5) }), result(0.6, { time: daysAgo(1) })];

  it('latest takes the most recent result, whatever the order given', () => {
    const estimate = latest([...results].reverse(), context);
    expect(estimate?.value).toBeCloseTo(0.6, 12);
    expect(estimate?.evidence).toBe(3);
    expect(estimate?.uncertainty).toBe(PRIOR_SD);
    expect(estimate?.lastAt).toBe(daysAgo(1));
    expect(estimate?.status).toBe('nearly');
  });

  it('highest takes the best result', () => {
    expect(highest(results, context)?.value).toBeCloseTo(0.9, 12);
    expect(highest(results, context)?.status).toBe('mastered');
  });

  it('highest reads a cell of 300,000 results (more than a call takes as arguments)', () => {
    const many = Array.from({ length: 300_000 }, (_, n) => result(n === 123_456 ? 0.97 : 0.3, { time: daysAgo(1 + (n % 20)) }));
    expect(highest(many, context)?.value).toBeCloseTo(0.97, 12);
  });

  it('average weighs every result alike', () => {
    expect(average(results, context)?.value).toBeCloseTo((0.4 + 0.9 + 0.6) / 3, 12);
  });

  it('decayingAverage has masteryOf semantics (half-life, tests x2)', () => {
    const mixed = [...results, result(1, { workForm: 'test', time: daysAgo(30) })];
    expect(decayingAverage(mixed, context)?.value).toBeCloseTo(masteryOf(mixed, context)?.value as number, 12);
    expect(decayingAverage(mixed, { ...context, halfLifeDays: 7 })?.value).toBeCloseTo(
      masteryOf(mixed, { now: NOW, halfLifeDays: 7 })?.value as number,
      12,
    );
  });

  it('nTimes is mastered only after N results at or above the threshold; the value is the share reached', () => {
    const twice = [result(0.8, { time: daysAgo(3) }), result(0.5, { time: daysAgo(2) }), result(0.9, { time: daysAgo(1) })];
    expect(nTimes(3)(twice, context)).toMatchObject({ value: 2 / 3, status: 'nearly', evidence: 3 });
    expect(nTimes(2)(twice, context)).toMatchObject({ value: 1, status: 'mastered' });
    expect(nTimes(3, 0.95)(twice, context)).toMatchObject({ value: 0, status: 'working' });
  });

  it('leaves out future results and results without evidence; null when nothing is left', () => {
    const future = result(1, { time: new Date(Date.parse(NOW) + 86_400_000).toISOString() });
    const silent = result(null);
    for (const estimator of [latest, highest, average, decayingAverage, nTimes()]) {
      expect(estimator([future, silent], context)).toBeNull();
      expect(estimator([], context)).toBeNull();
      expect(estimator([future, result(0.3)], context)?.evidence).toBe(1);
    }
  });

  it('reads success as 1 or 0 when there is no score', () => {
    expect(average([result(null, { success: true }), result(null, { success: false })], context)?.value).toBe(0.5);
  });

  it('keeps the latest norm band of every source beside the estimate', () => {
    const band = (label: string) => ({ label, colour: '#000000' });
    const estimate = latest(
      [
        result(0.5, { source: sourceId('b'), time: daysAgo(4), normBand: band('old') }),
        result(0.5, { source: sourceId('b'), time: daysAgo(2), normBand: band('new') }),
        result(0.5, { source: sourceId('a'), time: daysAgo(3), normBand: band('III') }),
        result(0.5, { source: sourceId('a'), time: daysAgo(1) }),
      ],
      context,
    );
    expect(estimate?.normBands.map((n) => [n.source, n.band.label])).toEqual([
      ['a', 'III'],
      ['b', 'new'],
    ]);
  });
});
