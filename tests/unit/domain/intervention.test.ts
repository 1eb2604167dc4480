import { describe, expect, it } from 'vitest';
import { goalId, pupilRef } from '@/domain/ids';
import { latestPerPupil, resultsAround, RESULTS_BEFORE, type Intervention } from '@/domain/intervention';
import { buildResult } from '../../support/result-builder';

const GOAL = goalId('rekenen.getallen.1f');
const OTHER = goalId('rekenen.verhoudingen.1f');
const ANNA = pupilRef('pupil-1');
const BRAM = pupilRef('pupil-2');

const intervention = (overrides: Partial<Intervention> = {}): Intervention => ({
  id: 'b|p',
  batch: 'b',
  pupil: ANNA,
  group: null,
  goal: GOAL,
  kind: 'extra-instruction',
  date: '2026-06-10',
  note: '',
  recordedAt: '2026-06-10T12:00:00.000Z',
  ...overrides,
});

const scored = (time: string, scaled: number, overrides = {}) =>
  buildResult({ time, score: { raw: scaled * 10, min: 0, max: 10, scaled }, pupil: ANNA, goals: [GOAL], ...overrides });

describe('resultsAround', () => {
  it('compares the mean since the day (the day itself included) with the last results before it', () => {
    const results = [
      ...Array.from({ length: RESULTS_BEFORE + 2 }, (_, day) =>
        scored(`2026-05-${String(day + 10).padStart(2, '0')}T10:00:00.000Z`, day < 2 ? 0.9 : 0.4),
      ),
      // 23:30 UTC on the 9th is already the 10th in Amsterdam: since.
      scored('2026-06-09T23:30:00.000Z', 0.8),
      scored('2026-06-20T10:00:00.000Z', 0.6),
      // Another pupil, another goal, an unscored result: none count.
      scored('2026-06-21T10:00:00.000Z', 0, { pupil: BRAM }),
      scored('2026-06-21T10:00:00.000Z', 0, { goals: [OTHER] }),
      buildResult({ time: '2026-06-22T10:00:00.000Z', pupil: ANNA, goals: [GOAL], score: null }),
    ];
    const around = resultsAround(intervention(), results);
    expect(around.since.count).toBe(2);
    expect(around.since.mean).toBeCloseTo(0.7);
    // Only the latest five before: the two early 90% results fall outside.
    expect(around.before.count).toBe(RESULTS_BEFORE);
    expect(around.before.mean).toBeCloseTo(0.4);
  });

  it('says there is nothing yet when no result came after', () => {
    expect(resultsAround(intervention(), [scored('2026-06-01T10:00:00.000Z', 0.5)])).toEqual({
      before: { count: 1, mean: 0.5 },
      since: { count: 0, mean: null },
    });
  });
});

describe('latestPerPupil', () => {
  it('keeps each pupil’s newest by day, then by when it was recorded', () => {
    const old = intervention({ id: 'a', date: '2026-06-01' });
    const sameDayEarlier = intervention({ id: 'b', date: '2026-06-15', recordedAt: '2026-06-15T08:00:00.000Z' });
    const sameDayLater = intervention({ id: 'c', date: '2026-06-15', recordedAt: '2026-06-15T09:00:00.000Z' });
    const bram = intervention({ id: 'd', pupil: BRAM, date: '2026-05-01' });
    const latest = latestPerPupil([old, sameDayEarlier, bram, sameDayLater]);
    expect(latest.get(ANNA)?.id).toBe('c');
    expect(latest.get(BRAM)?.id).toBe('d');
  });
});
