/**
 * The growth reason where the group's own growth can be told: does the pupil keep up with it, pooled
 * over goals and sources, judged against the noise in the data (keeping-up.ts, decision 006)?
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_LINES, targetLevelFor } from '@/curriculum';
import type { LearningLine, Result } from '@/domain/model';
import { DEFAULT_RULE, needsHelp, type NeedsHelpRule, type Reason } from '@/domain/progress/needs-help';
import { GOAL, NOW, practice, pupil } from './fixtures';

const groep5 = (line: LearningLine) => targetLevelFor(line, 'groep-5');
const run = (pupils: number[], results: Result[], rule: Partial<NeedsHelpRule> = {}) =>
  needsHelp({ pupils: pupils.map(pupil), results, lines: BUILT_IN_LINES, targetLevel: groep5, now: NOW }, { ...DEFAULT_RULE, ...rule });
const growthReason = (entries: ReturnType<typeof run>, n: number) =>
  entries
    .find((entry) => entry.key === n)
    ?.reasons.find((reason): reason is Extract<Reason, { kind: 'below-target-no-growth' }> => reason.kind === 'below-target-no-growth');
const GROUP = [1, 2, 3, 4, 5, 6, 7, 8];

/** A seeded wobble of +-`size` (deterministic: the same on every run). */
const wobble = (i: number, size: number) => size * Math.sin(i * 12.9898) * 0.999;

/** Pupils 2..8 grow from 0.2 to 0.7 over 60 days on getallen; `first` is pupil 1's results. */
function group(first: Result[], noise = 0, every = 2): Result[] {
  let i = 0;
  const noisy = (results: Result[]) =>
    results.map((r) => {
      i += 1;
      const scaled = Math.min(1, Math.max(0, (r.score?.scaled ?? 0) + wobble(i, noise)));
      return { ...r, score: { raw: scaled * 100, min: 0, max: 100, scaled } };
    });
  return [
    ...noisy(first),
    ...GROUP.slice(1).flatMap((n) => noisy(practice(n, GOAL.getallen, { fromDaysAgo: 60, every, start: 0.2 + 0.01 * n, end: 0.7 }))),
  ];
}

describe('needsHelp: keeping up with the group', () => {
  it('lists a pupil who stopped growing while the group grew, with the share of its growth kept up with', () => {
    const stalled = [
      ...practice(1, GOAL.getallen, { fromDaysAgo: 60, toDaysAgo: 30, every: 2, start: 0.2, end: 0.4 }),
      ...practice(1, GOAL.getallen, { fromDaysAgo: 28, every: 2, start: 0.4 }),
    ];
    const entries = run(GROUP, group(stalled));
    expect(entries.map((entry) => entry.key)).toEqual([1]);
    const reason = growthReason(entries, 1);
    expect(reason?.keptUp).toBeLessThan(DEFAULT_RULE.keptUpBelow as number);
    expect(reason?.goal).toBe(GOAL.getallen);
  });

  it('pools the goals: a stall shows on a goal first practised in the look-back too', () => {
    // every pupil starts verhoudingen three weeks ago; the group grows on it, pupil 1 stays at 0.2
    const newGoal = [
      ...practice(1, GOAL.verhoudingen, { fromDaysAgo: 20, every: 2, start: 0.2 }),
      ...GROUP.slice(1).flatMap((n) => practice(n, GOAL.verhoudingen, { fromDaysAgo: 20, every: 2, start: 0.2, end: 0.6 })),
    ];
    const stalled = [
      ...practice(1, GOAL.getallen, { fromDaysAgo: 60, toDaysAgo: 30, every: 2, start: 0.2, end: 0.4 }),
      ...practice(1, GOAL.getallen, { fromDaysAgo: 28, every: 4, start: 0.4 }),
    ];
    const entries = run(GROUP, [...group(stalled), ...newGoal]);
    expect(entries.map((entry) => entry.key)).toEqual([1]);
    const reasons = entries[0]?.reasons ?? [];
    expect(reasons).toContainEqual(expect.objectContaining({ kind: 'below-target-no-growth', goal: GOAL.verhoudingen, growth: null }));
  });

  it('does not list a pupil who grows as the group does from a lower level', () => {
    const lower = practice(1, GOAL.getallen, { fromDaysAgo: 60, every: 2, start: 0.05, end: 0.5 });
    expect(run(GROUP, group(lower))).toEqual([]);
  });

  it('says less, not more, when the data are noisy and sparse: nobody is listed for noise', () => {
    const growing = practice(1, GOAL.getallen, { fromDaysAgo: 60, every: 6, start: 0.21, end: 0.7 });
    expect(run(GROUP, group(growing, 0.25, 6))).toEqual([]);
  });

  it('leaves a whole group that stalls together to the instruction, and falls back on growth where the group stands still', () => {
    const flat = GROUP.flatMap((n) => practice(n, GOAL.getallen, { fromDaysAgo: 60, every: 2, start: 0.4 }));
    expect(run(GROUP, flat)).toEqual([]);
    expect(growthReason(run([1], practice(1, GOAL.getallen, { fromDaysAgo: 50, start: 0.4 })), 1)).toMatchObject({ keptUp: null });
  });
});
