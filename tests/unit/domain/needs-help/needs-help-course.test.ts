/**
 * Decision 006, sixth robustness pass: the group's course model in the needs-help rule. A pupil it is almost sure
 * kept less than half of the group's pace in the look-back is listed for not growing (with that pace in the reason),
 * also where the conditions of keeping up do not show it; a pupil it is almost sure kept pace is not.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_LINES, targetLevelFor } from '@/curriculum';
import type { LearningLine, Result } from '@/domain/model';
import { DEFAULT_RULE, needsHelp, type NeedsHelpRule } from '@/domain/progress/needs-help';
import { GOAL, NOW, pupil, result } from './fixtures';

const groep5 = (line: LearningLine) => targetLevelFor(line, 'groep-5');
const PUPILS = Array.from({ length: 12 }, (_, i) => i + 1);
const run = (results: Result[], rule: Partial<NeedsHelpRule>) =>
  needsHelp({ pupils: PUPILS.map(pupil), results, lines: BUILT_IN_LINES, targetLevel: groep5, now: NOW }, { ...DEFAULT_RULE, ...rule });
const growthOf = (entries: ReturnType<typeof run>) =>
  entries.filter((entry) => entry.reasons.some((reason) => reason.kind === 'below-target-no-growth')).map((entry) => entry.key as number);

// Getallen taught 42..22 days ago, verhoudingen in the look-back (20..1 days ago): every pupil climbs on both at
// their own level, except pupil 1, who climbed on getallen like the others and stays flat on verhoudingen.
const jitter = (n: number, day: number) => (((n * 7 + day * 13) % 11) - 5) / 100;
const results = PUPILS.flatMap((n) => {
  const level = (n % 4) * 0.05;
  const out: Result[] = [];
  for (let day = 42; day >= 22; day -= 2) out.push(result(n, GOAL.getallen, day, 0.25 + level + (0.45 * (42 - day)) / 20 + jitter(n, day)));
  for (let day = 20; day >= 1; day -= 2) {
    const climb = n === 1 ? 0 : (0.45 * (20 - day)) / 19;
    out.push(result(n, GOAL.verhoudingen, day, 0.15 + level + climb + jitter(n, day)));
  }
  return out;
});

describe('needsHelp: the group’s course model', () => {
  // the older growth reason switched off (no shortfall is credible), so only the course model can list
  const OLDER_OFF = { keptUpCredible: Infinity };

  it('lists the pupil whose course broke off, with the share of the group’s pace kept, and none of the growers', () => {
    const entries = run(results, OLDER_OFF);
    expect(growthOf(entries)).toEqual([1]);
    const reason = entries[0]?.reasons.find((r) => r.kind === 'below-target-no-growth');
    expect(reason).toMatchObject({ kind: 'below-target-no-growth', goal: GOAL.verhoudingen, keptUp: null });
    expect(reason && 'pace' in reason ? reason.pace : 1).toBeLessThan(0.5);
  });

  it('lists nobody that way without results from before the look-back (their own course before it is not known)', () => {
    const late = results.filter((r) => !(r.pupil === pupil(1).ref && r.goals[0] === GOAL.getallen));
    expect(growthOf(run(late, OLDER_OFF))).toEqual([]);
  });

  it('lists nobody that way when the rule does not ask it', () => {
    expect(growthOf(run(results, { ...OLDER_OFF, courseSureSlower: null }))).toEqual([]);
  });

  it('needs eight pupils with results to learn the group’s course from', () => {
    const few = results.filter((r) => Number(r.pupil.split('-').at(-1)) <= 7);
    expect(growthOf(run(few, OLDER_OFF))).toEqual([]);
  });
});
