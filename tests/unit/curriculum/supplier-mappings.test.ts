import { describe, expect, it } from 'vitest';
import { goalId } from '@/domain/ids';
import type { CodeMapping } from '@/domain/source';
import { goalById } from '@/curriculum';
import { BLOKKODO_DEFAULT_MAPPING } from '@/adapters/blokkodo/blokkodo.mapping';
import { LEESVLINDER_DEFAULT_MAPPING } from '@/adapters/leesvlinder/leesvlinder.mapping';
import { SOMMENSPOOR_DEFAULT_MAPPING } from '@/adapters/sommenspoor/sommenspoor.mapping';

/** `code -> goal` pairs whose goal is not in the built-in curriculum. */
const unknownGoals = (mapping: CodeMapping) =>
  Object.entries(mapping).flatMap(([code, goals]) => goals.filter((goal) => !goalById(goal)).map((goal) => `${code} -> ${goal}`));

const MAPPINGS = [
  ['sommenspoor', SOMMENSPOOR_DEFAULT_MAPPING, 'rekenen'],
  ['blokkodo', BLOKKODO_DEFAULT_MAPPING, 'programmeren'],
  ['leesvlinder', LEESVLINDER_DEFAULT_MAPPING, 'lezen'],
] as const;

describe('supplier default mappings', () => {
  it.each(MAPPINGS)('%s maps only to goals that exist', (_, mapping) => {
    expect(Object.keys(mapping).length).toBeGreaterThan(0);
    expect(unknownGoals(mapping)).toEqual([]);
  });

  it.each(MAPPINGS)('%s maps every code to at least one goal, all on the %s line', (_, mapping, line) => {
    for (const [code, goals] of Object.entries(mapping)) {
      expect(goals.length, code).toBeGreaterThan(0);
      for (const goal of goals) expect(goalById(goal)?.line, `${code} -> ${goal}`).toBe(line);
    }
  });

  it('would catch a typo in a mapping table', () => {
    const typo: CodeMapping = { 'GET-BW-1': [goalId('rekenen.getalen.1f')], 'GET-BW-2': [goalId('rekenen.getallen.2f')] };
    expect(unknownGoals(typo)).toEqual(['GET-BW-1 -> rekenen.getalen.1f']);
  });

  it('cover the lines they serve', () => {
    const covered = (mapping: CodeMapping) => new Set(Object.values(mapping).flat());
    // Sommenspoor reaches all 12 arithmetic goals, Leesvlinder all 6 reading goals
    expect(covered(SOMMENSPOOR_DEFAULT_MAPPING).size).toBe(12);
    expect(covered(LEESVLINDER_DEFAULT_MAPPING).size).toBe(6);
    // Blokkodo has 9 concepts x 3 levels (no representatie)
    expect(covered(BLOKKODO_DEFAULT_MAPPING).size).toBe(27);
  });
});
