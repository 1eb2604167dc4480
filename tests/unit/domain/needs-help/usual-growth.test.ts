/**
 * Growth as usual for where a pupil stood (decision 006, fifth robustness pass): where the group mixes weak
 * and able pupils, or a tool's scale has a floor, a weak pupil who grows at their own pace keeps up with
 * less of the group's growth than an able one. The group's own rising pupils show how much less
 * (usual-growth.ts); a pupil short of the group's growth only as much as is usual for their standing is
 * not listed, one who does not grow at all still is.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_LINES, targetLevelFor } from '@/curriculum';
import type { LearningLine, Result } from '@/domain/model';
import { DEFAULT_RULE, needsHelp, type NeedsHelpRule } from '@/domain/progress/needs-help';
import { shortOfUsual, usualGrowthOf, USUAL_GROWTH_MIN_PUPILS } from '@/domain/progress/needs-help/usual-growth';
import { GOAL, NOW, practice, pupil } from './fixtures';

const groep5 = (line: LearningLine) => targetLevelFor(line, 'groep-5');
const run = (pupils: number[], results: Result[], rule: Partial<NeedsHelpRule> = {}) =>
  needsHelp({ pupils: pupils.map(pupil), results, lines: BUILT_IN_LINES, targetLevel: groep5, now: NOW }, { ...DEFAULT_RULE, ...rule });
const listedForGrowth = (entries: ReturnType<typeof run>) =>
  entries.filter((entry) => entry.reasons.some((reason) => reason.kind === 'below-target-no-growth')).map((entry) => entry.key as number);

describe('usualGrowthOf: the group’s robust line of share kept up against standing', () => {
  it('follows the pupils, not one stuck pupil, and asks enough pupils', () => {
    const line = Array.from({ length: 9 }, (_, i) => ({ standing: -0.2 + 0.05 * i, share: 1 + 2 * (-0.2 + 0.05 * i) }));
    const usual = usualGrowthOf([...line, { standing: -0.2, share: -3 }]);
    expect(usual?.slope).toBeCloseTo(2, 6);
    expect(usual?.intercept).toBeCloseTo(1, 6);
    expect(usualGrowthOf(line.slice(0, USUAL_GROWTH_MIN_PUPILS - 1))).toBeNull();
    // a pupil at standing -0.2 with a share of 0.1 (usual there: 0.6), known to 0.2: 2.5 standard errors short
    expect(shortOfUsual({ share: 0.1, standardError: 0.2 }, -0.2, usual)).toBeCloseTo(2.5, 6);
    expect(shortOfUsual({ share: 0.1, standardError: 0.2 }, null, usual)).toBeNull();
  });
});

describe('needsHelp: a weak pupil growing as weak pupils in the group do is not listed for not growing', () => {
  // twelve pupils from weak to able, each growing over six weeks, the weak ones little (as on a scale with a floor):
  // pupil n from 0.03 + 0.05 (n - 1) by 0.15 + 0.02 (n - 1); pupil 13 is as weak as pupil 1 and does not grow
  const growers = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const weak = [1, 2, 3, 4];
  const results = [
    ...growers.flatMap((n) => practice(n, GOAL.getallen, { fromDaysAgo: 42, every: 1, start: 0.03 + 0.05 * (n - 1), end: 0.18 + 0.07 * (n - 1) })),
    ...practice(13, GOAL.getallen, { fromDaysAgo: 42, every: 1, start: 0.04 }),
  ];
  const all = [...growers, 13];
  // "low is not stuck", own growth against the group's move, the cap and the course model left out, so only this safeguard decides
  const ONLY_THIS = {
    ownRiseCredible: null,
    ownGrowthKeptUp: Infinity,
    maxGrowthShare: null,
    courseSureKeptPace: null,
    courseSureSlowerToList: null,
  };
  it('lists the weak pupil who does not grow, not the weak ones who grow at their pace', () => {
    expect(listedForGrowth(run(all, results, ONLY_THIS))).toEqual([13]);
  });
  it('lists the weak growers too without it', () => {
    const without = listedForGrowth(run(all, results, { ...ONLY_THIS, usualGrowthShortBy: null }));
    expect(without).toContain(13);
    expect(without.some((n) => weak.includes(n))).toBe(true);
  });
});
