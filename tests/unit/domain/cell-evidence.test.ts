import { describe, expect, it } from 'vitest';
import { goalId, pupilRef, sourceId } from '@/domain/ids';
import { cellEvidence } from '@/domain/progress/cell-evidence';
import { buildResult } from '../../support/result-builder';

describe('cellEvidence', () => {
  it('counts a pupil’s results per column with the latest time and the sources, once per column', () => {
    const columnsOf = (goal: string) => (goal.startsWith('rekenen') ? ['rekenen'] : []);
    const results = [
      buildResult({ time: '2026-06-01T10:00:00.000Z', source: sourceId('b'), goals: [goalId('rekenen.a'), goalId('rekenen.b')] }),
      buildResult({ time: '2026-06-03T10:00:00.000Z', source: sourceId('a') }),
      buildResult({ time: '2026-06-05T10:00:00.000Z', pupil: pupilRef('pupil-2') }),
      buildResult({ time: '2026-06-06T10:00:00.000Z', goals: [goalId('lezen.x')] }),
    ];
    const found = cellEvidence(results, columnsOf);
    expect(found.get('pupil-1|rekenen')).toEqual({ count: 2, lastAt: '2026-06-03T10:00:00.000Z', sources: ['a', 'b'] });
    expect(found.get('pupil-2|rekenen')?.count).toBe(1);
    expect(found.size).toBe(2);
  });
});
