import { describe, expect, it } from 'vitest';
import { goalId, lineId, pupilRef, sourceId } from '@/domain/ids';
import type { Score } from '@/domain/model';
import { conflicts } from '@/domain/quality/conflicts';
import { coverage } from '@/domain/quality/coverage';
import { deduplicate } from '@/domain/quality/duplicates';
import { freshness, sourceFreshness, usualIntervalOf } from '@/domain/quality/freshness';
import type { SyncStatus } from '@/domain/source';
import { buildResult } from '../../../support/result-builder';

const score = (raw: number, max = 10): Score => ({ raw, min: 0, max, scaled: raw / max });
const A = sourceId('sommenspoor');
const LRS = sourceId('lrs');
const P1 = pupilRef('pupil-1');
const P2 = pupilRef('pupil-2');
const G = goalId('rekenen.getallen.1f');
const G2 = goalId('lezen.begrip.1f');

describe('deduplicate', () => {
  it('counts the same attempt reported twice within a minute once, from one source or two', () => {
    const first = buildResult({ source: A, time: '2026-06-01T09:00:00Z', score: score(7) });
    const again = buildResult({ source: A, time: '2026-06-01T09:00:40Z', score: score(7) });
    const viaLrs = buildResult({ source: LRS, time: '2026-06-01T08:59:50Z', score: score(14, 20) });
    const { kept, duplicates, bySource, acrossSources } = deduplicate([first, again, viaLrs]);
    // The earliest report is kept (the LRS's, 10 s before); the other two are the same attempt.
    expect(kept).toEqual([viaLrs]);
    expect(duplicates).toBe(2);
    expect(bySource).toEqual(new Map([[A, 2]]));
    expect(acrossSources).toBe(2);
  });

  it('keeps attempts that differ in time (over a minute), score, pupil or goal', () => {
    const base = { source: A, time: '2026-06-01T09:00:00Z', score: score(7) };
    const results = [
      buildResult(base),
      buildResult({ ...base, time: '2026-06-01T09:01:01Z' }),
      buildResult({ ...base, score: score(8) }),
      buildResult({ ...base, pupil: P2 }),
      buildResult({ ...base, goals: [G2] }),
      buildResult({ ...base, time: 'niet te lezen' }),
      buildResult({ ...base, time: 'niet te lezen' }),
    ];
    const { kept, duplicates } = deduplicate(results);
    expect(duplicates).toBe(0);
    expect(kept).toBe(results);
  });

  it('compares to the kept report, so a chain of reports a minute apart stays separate attempts', () => {
    const at = (s: string) => buildResult({ source: A, time: `2026-06-01T09:${s}Z`, score: score(5) });
    const { kept, duplicates } = deduplicate([at('00:00'), at('00:50'), at('01:40'), at('02:20')]);
    expect(duplicates).toBe(2);
    expect(kept.map((result) => result.time)).toEqual(['2026-06-01T09:00:00Z', '2026-06-01T09:01:40Z']);
  });

  it('without a score, the same outcome within a minute is the same attempt', () => {
    const done = { source: A, success: true, completion: true };
    const { duplicates } = deduplicate([
      buildResult({ ...done, time: '2026-06-01T09:00:00Z' }),
      buildResult({ ...done, time: '2026-06-01T09:00:30Z' }),
      buildResult({ ...done, success: false, time: '2026-06-01T09:00:30Z' }),
    ]);
    expect(duplicates).toBe(1);
  });
});

describe('freshness', () => {
  const now = new Date('2026-07-03T14:00:00Z');
  it('is stale after 7 days without a successful sync when the usual interval is not known', () => {
    expect(freshness('2026-06-27T14:00:00Z', now)).toEqual({ state: 'fresh', days: 6, limitDays: 7 });
    expect(freshness('2026-06-26T13:59:00Z', now)).toEqual({ state: 'stale', days: 7, limitDays: 7 });
    expect(freshness(null, now)).toEqual({ state: 'never', days: null, limitDays: 7 });
    expect(freshness('2026-07-10T00:00:00Z', now).state).toBe('fresh');
  });

  it('uses the median interval between successful syncs, at least a day', () => {
    const daily: SyncStatus = {
      source: A,
      cursor: null,
      lastSyncAt: '2026-07-01T08:00:00Z',
      lastOutcome: 'failed',
      lastError: 'network',
      successes: ['2026-06-28T08:00:00Z', '2026-06-29T08:00:00Z', '2026-06-30T08:00:00Z'],
    };
    expect(usualIntervalOf(daily)).toBe(86_400_000);
    // The failed sync of 1 July does not count: the last success is 30 June, more than a day ago.
    expect(sourceFreshness(daily, now)).toEqual({ state: 'stale', days: 3, limitDays: 1 });
    const clicks = { ...daily, successes: ['2026-07-03T08:00:00Z', '2026-07-03T08:00:10Z', '2026-07-03T08:00:20Z'] };
    expect(usualIntervalOf(clicks)).toBe(86_400_000);
    expect(sourceFreshness(clicks, now).state).toBe('fresh');
    // A status from before the list: the last sync counts when it succeeded.
    const old: SyncStatus = { source: A, cursor: null, lastSyncAt: '2026-06-01T08:00:00Z', lastOutcome: 'done', lastError: null };
    expect(sourceFreshness(old, now)).toEqual({ state: 'stale', days: 32, limitDays: 7 });
    expect(sourceFreshness({ ...old, lastOutcome: 'failed' }, now).state).toBe('never');
  });
});

describe('conflicts', () => {
  it('lists a pupil whose sources disagree strongly on a goal, with both values', () => {
    const on = (source: typeof A, raw: number, pupil = P1) => buildResult({ source, pupil, time: '2026-06-01T09:00:00Z', score: score(raw) });
    const found = conflicts([on(A, 9), on(A, 8), on(LRS, 3), on(LRS, 2), on(A, 9, P2), on(A, 8, P2), on(LRS, 6, P2), on(LRS, 6, P2)]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ pupil: P1, goal: G, high: { source: A, results: 2 }, low: { source: LRS, results: 2 } });
    expect(found[0]!.high.value).toBeCloseTo(0.85);
    expect(found[0]!.low.value).toBeCloseTo(0.25);
  });

  it('needs two scored results from each source', () => {
    const on = (source: typeof A, raw: number) => buildResult({ source, time: '2026-06-01T09:00:00Z', score: score(raw) });
    expect(conflicts([on(A, 10), on(A, 10), on(LRS, 0)])).toEqual([]);
  });
});

describe('coverage', () => {
  it('counts pupils with results per line and source in the period; pupils without any are listed, not 0%', () => {
    const lineOf = (goal: string) => (goal.startsWith('rekenen') ? lineId('rekenen') : goal.startsWith('lezen') ? lineId('lezen') : undefined);
    const results = [
      buildResult({ source: A, pupil: P1, time: '2026-06-01T09:00:00Z' }),
      buildResult({ source: LRS, pupil: P1, time: '2026-06-02T09:00:00Z' }),
      buildResult({ source: A, pupil: P2, time: '2026-01-01T09:00:00Z' }),
      buildResult({ source: A, pupil: P2, goals: [G2], time: '2026-06-01T09:00:00Z' }),
    ];
    const [rekenen, lezen] = coverage(
      [P1, P2],
      results,
      [lineId('rekenen'), lineId('lezen')],
      lineOf,
      '2026-05-01T00:00:00Z',
      '2026-07-03T23:59:59Z',
    );
    expect(rekenen).toMatchObject({ line: 'rekenen', pupils: 2, withData: 1, without: [P2] });
    expect(rekenen!.bySource).toEqual(
      new Map([
        [A, 1],
        [LRS, 1],
      ]),
    );
    expect(lezen).toMatchObject({ withData: 1, without: [P1] });
  });
});
