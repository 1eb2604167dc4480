import { describe, expect, it } from 'vitest';
import { REKENEN_LINE } from '@/curriculum/rekenen.line';
import { instructionGroups } from '@/domain/progress/needs-help';
import type { Result } from '@/domain/model';
import { GOAL, NOW, pupil, result } from './fixtures';

const goals1f = REKENEN_LINE.goals.filter((goal) => goal.level === '1f');
/** Three recent results at one value on a goal. */
const at = (n: number, goal: string, value: number): Result[] => [result(n, goal, 3, value), result(n, goal, 2, value), result(n, goal, 1, value)];
const run = (pupils: number[], results: Result[], options = {}) => instructionGroups(pupils.map(pupil), results, goals1f, { now: NOW, ...options });

describe('instructionGroups', () => {
  it('groups pupils by their weakest goal, weakest pupil first, in goal order', () => {
    const results = [
      ...at(1, GOAL.verhoudingen, 0.3),
      ...at(1, GOAL.getallen, 0.6),
      ...at(2, GOAL.verhoudingen, 0.2),
      ...at(2, GOAL.getallen, 0.5),
      ...at(3, GOAL.getallen, 0.4),
      ...at(3, GOAL.verhoudingen, 0.6),
      ...at(4, GOAL.getallen, 0.3),
      ...at(4, GOAL.verhoudingen, 0.9),
    ];
    expect(run([1, 2, 3, 4], results)).toEqual({
      groups: [
        { goal: GOAL.getallen, pupils: [4, 3] },
        { goal: GOAL.verhoudingen, pupils: [2, 1] },
      ],
      leftovers: [],
    });
  });

  it('leaves out mastered goals, goals without evidence and goals outside the given ones', () => {
    const results = [...at(1, GOAL.getallen, 0.9), ...at(2, GOAL.getallen, 0.8), ...at(1, GOAL.getallen2f, 0.2), ...at(2, GOAL.getallen2f, 0.2)];
    expect(run([1, 2, 3], results)).toEqual({ groups: [], leftovers: [] });
  });

  it('places a pupil alone on their weakest goal through their next-weakest, or lists them as left over', () => {
    const results = [
      ...at(1, GOAL.meten, 0.1),
      ...at(1, GOAL.getallen, 0.4),
      ...at(2, GOAL.getallen, 0.3),
      ...at(3, GOAL.getallen, 0.35),
      ...at(4, GOAL.verbanden, 0.2),
      ...at(4, GOAL.meten, 0.9),
    ];
    expect(run([1, 2, 3, 4], results)).toEqual({ groups: [{ goal: GOAL.getallen, pupils: [2, 3, 1] }], leftovers: [4] });
    // Only the weakest goal counts: pupil 1 has no partner on meten.
    expect(run([1, 2, 3, 4], results, { weakest: 1 })).toEqual({ groups: [{ goal: GOAL.getallen, pupils: [2, 3] }], leftovers: [1, 4] });
  });

  it('pairs two lone pupils who share their second-weakest goal', () => {
    const results = [...at(1, GOAL.meten, 0.1), ...at(1, GOAL.verbanden, 0.4), ...at(2, GOAL.getallen, 0.2), ...at(2, GOAL.verbanden, 0.3)];
    expect(run([1, 2], results)).toEqual({ groups: [{ goal: GOAL.verbanden, pupils: [2, 1] }], leftovers: [] });
  });

  it('splits a large group evenly so no group is over the maximum, and no pupil is in two groups', () => {
    const pupils = Array.from({ length: 11 }, (_, i) => i + 1);
    const results = pupils.flatMap((n) => [...at(n, GOAL.getallen, 0.1 + n / 100), ...at(n, GOAL.meten, 0.6)]);
    const { groups, leftovers } = run(pupils, results);
    expect(groups.map((group) => group.pupils.length)).toEqual([6, 5]);
    expect(groups.every((group) => group.goal === GOAL.getallen)).toBe(true);
    expect(groups.flatMap((group) => group.pupils).sort((a, b) => a - b)).toEqual(pupils);
    expect(groups[0]?.pupils).toEqual([1, 2, 3, 4, 5, 6]);
    expect(leftovers).toEqual([]);
    expect(run(pupils, results, { maxSize: 4 }).groups.map((group) => group.pupils.length)).toEqual([4, 4, 3]);
  });

  it('joins a group that has room before forming a new one, and respects the minimum size', () => {
    const results = [...at(1, GOAL.getallen, 0.2), ...at(2, GOAL.getallen, 0.25), ...at(3, GOAL.meten, 0.1), ...at(3, GOAL.getallen, 0.5)];
    expect(run([1, 2, 3], results, { minSize: 3 })).toEqual({ groups: [{ goal: GOAL.getallen, pupils: [1, 2, 3] }], leftovers: [] });
    expect(run([1, 2, 3], results, { minSize: 3, weakest: 1 })).toEqual({ groups: [], leftovers: [1, 2, 3] });
  });

  it('is deterministic: the same input in the same order gives the same groups', () => {
    const pupils = Array.from({ length: 20 }, (_, i) => i + 1);
    const goals = [GOAL.getallen, GOAL.verhoudingen, GOAL.meten, GOAL.verbanden];
    const results = pupils.flatMap((n) => goals.flatMap((goal, g) => at(n, goal, ((n * 7 + g * 13) % 17) / 20)));
    const first = run(pupils, results);
    expect(run(pupils, [...results].reverse())).toEqual(first);
    const sizes = first.groups.map((group) => group.pupils.length);
    expect(sizes.every((size) => size >= 2 && size <= 8)).toBe(true);
    const placed = first.groups.flatMap((group) => group.pupils);
    expect(new Set(placed).size).toBe(placed.length);
  });
});
