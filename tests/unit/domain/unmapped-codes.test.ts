import { describe, expect, it } from 'vitest';
import { countCodes, unmappedCodesOf } from '@/domain/unmapped-codes';

describe('unmappedCodesOf', () => {
  it('counts the codes of results without goals, most frequent first, ties in the order first seen', () => {
    const results = [
      { code: 'B', goals: [] },
      { code: 'A', goals: ['rekenen.getallen.1f'] },
      { code: 'C', goals: [] },
      { code: 'C', goals: [] },
      { code: 'D', goals: [] },
    ];
    expect(unmappedCodesOf(results)).toEqual([
      { code: 'C', count: 2 },
      { code: 'B', count: 1 },
      { code: 'D', count: 1 },
    ]);
    expect(unmappedCodesOf([])).toEqual([]);
    expect(countCodes(['x', 'y', 'y'])).toEqual([
      { code: 'y', count: 2 },
      { code: 'x', count: 1 },
    ]);
  });
});
