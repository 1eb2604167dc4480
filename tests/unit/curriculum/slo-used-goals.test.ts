import { describe, expect, it } from 'vitest';
import { importedLine, usedGoalIds, withGoals } from '@/curriculum/slo-import';

const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

describe('usedGoalIds', () => {
  it('keeps the goals named and adds the goals that stand today for replaced ones (chains, splits)', () => {
    const links = new Map([
      [id(9), [id(8)]],
      [id(8), [id(1), id(2)]],
    ]);
    expect([...usedGoalIds([id(3), id(9)], links)].sort()).toEqual([id(1), id(2), id(3), id(9)].sort());
  });

  it('compares ids in lower case and survives a cycle', () => {
    const links = new Map([
      [id(1), [id(2)]],
      [id(2), [id(1)]],
    ]);
    const used = usedGoalIds([id(1).toUpperCase()], links);
    expect(used.has(id(1))).toBe(true);
  });
});

describe('withGoals', () => {
  it('keeps only the goals asked for, levels and strands untouched', () => {
    const row = (n: number) => ({ id: id(n), line: 'slo-import', title: `Doel ${n}`, levels: [], parents: [], replacedBy: [] });
    const line = importedLine([row(1), row(2), row(3)]);
    if (!line) throw new Error('no line');
    const kept = withGoals(line, (goal) => goal === id(2));
    expect(kept.goals.map((goal) => goal.id)).toEqual([id(2)]);
    expect(kept.levels).toBe(line.levels);
    expect(kept.strands).toBe(line.strands);
  });
});
