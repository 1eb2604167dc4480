import { describe, expect, it } from 'vitest';
import type { Goal } from '@/domain/model';
import { goalsOf, lineMasteryOf } from '@/domain/progress/line-mastery';
import { statusOf, type Mastery } from '@/domain/progress/mastery';
import { REKENEN_LINE } from '@/curriculum/rekenen.line';

const AT = '2026-03-02T12:00:00.000Z';
const mastery = (value: number, evidence: number): Mastery => ({ value, evidence, lastAt: AT, status: statusOf(value, evidence) });

const [a, b, c, d] = REKENEN_LINE.goals as [Goal, Goal, Goal, Goal];
const lookup = (table: Record<string, Mastery>) => (goal: Goal) => table[goal.id] ?? null;

describe('lineMasteryOf', () => {
  it('weights each goal by its evidence, capped at 5', () => {
    // a: 1.0 with 10 results (weight 5), b: 0.4 with 1 result (weight 1): (5 + 0.4) / 6
    const line = lineMasteryOf([a, b], lookup({ [a.id]: mastery(1, 10), [b.id]: mastery(0.4, 1) }));
    expect(line).toEqual({ value: expect.closeTo(0.9, 12), status: 'mastered', evidence: 11, goalsWithEvidence: 2, goalsMastered: 1 });
  });

  it('below the cap, weights by evidence', () => {
    // a: 0.8 x 3, b: 0.2 x 1: (2.4 + 0.2) / 4
    const line = lineMasteryOf([a, b], lookup({ [a.id]: mastery(0.8, 3), [b.id]: mastery(0.2, 1) }));
    expect(line.value).toBeCloseTo(0.65, 12);
    expect(line.status).toBe('nearly');
  });

  it('leaves goals without evidence out of the mean', () => {
    const line = lineMasteryOf([a, b, c, d], lookup({ [b.id]: mastery(0.3, 2), [d.id]: mastery(0.5, 2) }));
    expect(line).toEqual({ value: expect.closeTo(0.4, 12), status: 'working', evidence: 4, goalsWithEvidence: 2, goalsMastered: 0 });
  });

  it('counts the goals mastered', () => {
    const line = lineMasteryOf([a, b, c], lookup({ [a.id]: mastery(0.75, 1), [b.id]: mastery(0.9, 7), [c.id]: mastery(0.74, 2) }));
    expect(line.goalsMastered).toBe(2);
    expect(line.goalsWithEvidence).toBe(3);
    expect(line.evidence).toBe(10);
  });

  it('is null and not-started without any evidence', () => {
    expect(lineMasteryOf([a, b], () => null)).toEqual({ value: null, status: 'not-started', evidence: 0, goalsWithEvidence: 0, goalsMastered: 0 });
    expect(lineMasteryOf([], () => mastery(1, 1))).toEqual({
      value: null,
      status: 'not-started',
      evidence: 0,
      goalsWithEvidence: 0,
      goalsMastered: 0,
    });
  });

  it('asks once per goal', () => {
    const asked: string[] = [];
    lineMasteryOf([a, b, c], (goal) => {
      asked.push(goal.id);
      return null;
    });
    expect(asked).toEqual([a.id, b.id, c.id]);
  });
});

describe('goalsOf', () => {
  it('gives all goals, or those of one level', () => {
    expect(goalsOf(REKENEN_LINE)).toHaveLength(12);
    expect(goalsOf(REKENEN_LINE, null)).toHaveLength(12);
    const twoF = goalsOf(REKENEN_LINE, '2f');
    expect(twoF.map((goal) => goal.id)).toEqual([
      'rekenen.getallen.2f',
      'rekenen.verhoudingen.2f',
      'rekenen.meten-meetkunde.2f',
      'rekenen.verbanden.2f',
    ]);
    expect(goalsOf(REKENEN_LINE, 'no-such-level')).toEqual([]);
  });
});
