import { describe, expect, it } from 'vitest';
import { BUILT_IN_LINES, targetLevelFor } from '@/curriculum';
import type { LearningLine, Result } from '@/domain/model';
import { estimatedClassGrid } from '@/domain/progress/estimated-grid';
import { estimatorFor } from '@/domain/progress/estimators/registry';
import { groupContext } from '@/domain/progress/estimators/group-context';
import { shownValue } from '@/domain/progress/mastery';
import { DEFAULT_RULE, needsHelp, type NeedsHelpRule, type Reason } from '@/domain/progress/needs-help';
import { GOAL, NOW, practice, pupil } from './fixtures';

const PUPILS = [1, 2, 3, 4, 5];
const groep5 = (line: LearningLine) => targetLevelFor(line, 'groep-5');

/** What the class overview, learning line and pupil profile show for pupil 1 on a goal: the current level (it follows the group). */
function shownInViews(results: readonly Result[], goal: string): number {
  const context = { ...groupContext(results, NOW), followGroup: true };
  const [row] = estimatedClassGrid(PUPILS.map(pupil), results, BUILT_IN_LINES, context, (line) => estimatorFor(line.id));
  return shownValue(row?.goals[goal]?.value ?? Number.NaN);
}

const belowTarget = (results: readonly Result[], rule: Partial<NeedsHelpRule> = {}) =>
  needsHelp({ pupils: PUPILS.map(pupil), results, lines: BUILT_IN_LINES, targetLevel: groep5, now: NOW }, { ...DEFAULT_RULE, ...rule })
    .find((entry) => entry.key === 1)
    ?.reasons.filter((reason): reason is Extract<Reason, { kind: 'below-target-no-growth' }> => reason.kind === 'below-target-no-growth') ?? [];

describe('needsHelp: the below-target reason speaks of the level the other views show', () => {
  // Four pupils grow steadily on a goal; pupil 1 stays at 0.4, practising less often, so the views'
  // level (which follows the group between results) and an estimate from the own results alone differ.
  const growing = [2, 3, 4, 5].flatMap((n) => practice(n, GOAL.getallen, { fromDaysAgo: 60, every: 2, start: 0.3, end: 0.85 }));
  const stalled = practice(1, GOAL.getallen, { fromDaysAgo: 60, every: 5, start: 0.4 });
  const results = [...growing, ...stalled];
  const shown = shownInViews(results, GOAL.getallen);

  it('quotes the value the learning line and profile show for the pupil and goal', () => {
    expect(shown).toBeGreaterThan(0.45); // not the 40% of the pupil's own results
    const [reason] = belowTarget(results);
    expect(reason?.goal).toBe(GOAL.getallen);
    expect(shownValue(reason?.value ?? Number.NaN)).toBe(shown);
  });

  it('the stuck reason beside it quotes the same value, so one row never gives two numbers for one goal', () => {
    const reasons =
      needsHelp({ pupils: PUPILS.map(pupil), results, lines: BUILT_IN_LINES, targetLevel: groep5, now: NOW }).find((entry) => entry.key === 1)
        ?.reasons ?? [];
    const values = reasons.flatMap((reason) => (reason.kind === 'inactive' ? [] : [shownValue(reason.value)]));
    expect(reasons.map((reason) => reason.kind)).toEqual(['below-target-no-growth', 'stuck-while-others-master']);
    expect(values).toEqual([shown, shown]);
  });

  it('judges "below" on that value: a goal the views show at the threshold is not listed as below it', () => {
    expect(belowTarget(results, { belowValue: shown })).toEqual([]);
    expect(belowTarget(results, { belowValue: shown + 0.01 })).toEqual([expect.objectContaining({ goal: GOAL.getallen })]);
  });
});
