import { describe, expect, it } from 'vitest';
import { goalId } from '@/domain/ids';
import { resolveGoals, resolveResultGoals } from '@/curriculum/slo-import';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const links = (pairs: ReadonlyArray<readonly [number, readonly number[]]>) => new Map(pairs.map(([from, to]) => [id(from), to.map(id)] as const));
const result = (...goals: string[]) => ({ id: 'r1', goals: goals.map(goalId) });

describe('resolveGoals', () => {
  it('leaves goals that were never replaced, and returns the same result', () => {
    const input = result('rekenen.getallen.1f', id(7));
    expect(resolveGoals(input, links([[1, [2]]]))).toBe(input);
  });

  it('follows a chain to the goal that stands today', () => {
    expect(
      resolveGoals(
        result(id(1)),
        links([
          [1, [2]],
          [2, [3]],
        ]),
      ).goals,
    ).toEqual([id(3)]);
  });

  it('a split counts for every successor; other goals stay and nothing is doubled', () => {
    const resolved = resolveGoals(result('lezen.begrip.1f', id(1), id(3)), links([[1, [2, 3]]]));
    expect(resolved.goals).toEqual(['lezen.begrip.1f', id(2), id(3)]);
    expect(resolved.id).toBe('r1');
  });

  it('is case-insensitive on the stored goal id', () => {
    expect(resolveGoals(result(id(1).toUpperCase()), links([[1, [2]]])).goals).toEqual([id(2)]);
  });

  it('a goal caught in a cycle without a way out stays as it is', () => {
    expect(
      resolveGoals(
        result(id(1)),
        links([
          [1, [2]],
          [2, [1]],
        ]),
      ).goals,
    ).toEqual([id(1)]);
  });

  it('resolveResultGoals keeps the list when nothing changes and resolves each result otherwise', () => {
    const list = [result(id(5)), result(id(6))];
    expect(resolveResultGoals(list, links([[1, [2]]]))).toBe(list);
    expect(resolveResultGoals([result(id(5)), result(id(1))], links([[1, [2]]])).map((item) => item.goals)).toEqual([[id(5)], [id(2)]]);
  });
});
