/**
 * Listed for not learning only on enough evidence (docs/decisions/026): the group's course model, which reads every
 * source on its own scale learnt from the group's results, must be sure enough that the pupil kept less than half of
 * the group's pace (`courseSureSlowerToList`), and growth is judged only with results from before the look-back
 * (`learningAsksResultsBefore`). Where the group's own ranks on every source and goal show a pupil far behind and falling
 * further, the model need agree less or not at all; where they show a pupil keeping their place, it is not enough
 * (docs/decisions/031).
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_LINES, targetLevelFor } from '@/curriculum';
import { pupilKey } from '@/domain/ids';
import type { LearningLine, Result } from '@/domain/model';
import { DEFAULT_RULE, isDataMatter, needsHelp, type NeedsHelpRule } from '@/domain/progress/needs-help';
import { SIM_LEVEL, simLine } from '../../../sim/evaluate-rule';
import { DEFAULT_SIM, simulate, trulyStalled, weekEnd } from '../../../sim/simulate';
import { GOAL, NOW, practice, pupil, result } from './fixtures';

/** Every score moved onto `from + span x score`: another supplier's scale for the same answers. */
const onScale =
  (from: number, span: number) =>
  (r: Result): Result =>
    r.score ? { ...r, score: { raw: (from + span * r.score.scaled) * 100, min: 0, max: 100, scaled: from + span * r.score.scaled } } : r;

describe('needsHelp: the same pupils whatever scale the group’s tool reports on', () => {
  // the first group of 25 of the validity simulator (seed 1, 50 pupils) after 6 weeks: truly stuck are pupils 9, 10, 16, 17 and 20
  const sim = simulate({ ...DEFAULT_SIM, seed: 1, pupils: 50 });
  const nowMs = weekEnd(sim, 6);
  const group = sim.pupils.slice(0, 25);
  const refs = new Set(group.map((p) => p.ref as string));
  const results = sim.results.filter((r) => refs.has(r.pupil) && Date.parse(r.time) <= nowMs);
  const pupils = group.map((p, i) => ({ key: pupilKey(i), ref: p.ref }));
  const listed = (rs: readonly Result[], rule: NeedsHelpRule = DEFAULT_RULE) =>
    needsHelp({ pupils, results: rs, lines: [simLine(sim)], targetLevel: () => SIM_LEVEL, now: new Date(nowMs) }, rule).map(
      (entry) => entry.key as number,
    );
  const ungated = { ...DEFAULT_RULE, courseSureSlowerToList: null };

  it('lists the same pupils on a shifted or compressed scale, each truly stuck', () => {
    const asReported = listed(results);
    expect(asReported).toEqual([9, 16, 17, 20]);
    expect(asReported.every((i) => trulyStalled(sim.pupils[i] as (typeof sim.pupils)[number], sim.goals.length, 6))).toBe(true);
    for (const [from, span] of [
      [0.3, 0.5],
      [0, 0.6],
    ] as const)
      expect(listed(results.map(onScale(from, span)))).toEqual(asReported);
  });

  it('lists the same pupils when one supplier reports with a bias of its own', () => {
    const stricter = (r: Result) => (r.source === 'sim-generous' ? onScale(-0.1, 1)(r) : r);
    expect(listed(results.map(stricter))).toEqual(listed(results));
  });

  it('lists a pupil the course model is unsure about where the group’s own ranks show them far behind and falling further', () => {
    // pupil 9: the model is about 50% sure of a slower pace; on every source and goal they fell behind the group
    const modelOnly = { ...DEFAULT_RULE, courseSureSlowerBehind: null, fellBehindBy: null };
    expect(listed(results, modelOnly)).toEqual([16, 17, 20]);
    expect(listed(results, { ...DEFAULT_RULE, courseSureSlowerBehind: null })).toEqual([9, 16, 17, 20]);
  });

  it('without the course model’s agreement lists other pupils on another scale', () => {
    expect(listed(results, ungated)).toEqual([9, 16, 17, 20]);
    expect(listed(results.map(onScale(0.4, 0.2)), ungated)).toEqual([16, 17, 20]);
  });
});

describe('needsHelp: noise alone is not a stall', () => {
  it('lists nobody for not learning in a group where nobody stalled', () => {
    for (const seed of [1, 2, 3, 4]) {
      const sim = simulate({ ...DEFAULT_SIM, seed, pupils: 25, stalledShare: 0 });
      const nowMs = weekEnd(sim, 6);
      const entries = needsHelp({
        pupils: sim.pupils.map((p, i) => ({ key: pupilKey(i), ref: p.ref })),
        results: sim.results.filter((r) => Date.parse(r.time) <= nowMs),
        lines: [simLine(sim)],
        targetLevel: () => SIM_LEVEL,
        now: new Date(nowMs),
      });
      expect(entries.filter((entry) => !isDataMatter(entry))).toEqual([]);
    }
  });
});

describe('needsHelp: sparse data are not a stall', () => {
  const groep5 = (line: LearningLine) => targetLevelFor(line, 'groep-5');
  const TEN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  // nine pupils climbing from about 0.25 to 0.7 over six weeks
  const group = TEN.slice(1).flatMap((n) => practice(n, GOAL.getallen, { fromDaysAgo: 42, every: 2, start: 0.25 + 0.01 * n, end: 0.7 + 0.01 * n }));
  const run = (own: Result[], rule: Partial<NeedsHelpRule> = {}) =>
    needsHelp(
      { pupils: TEN.map(pupil), results: [...group, ...own], lines: BUILT_IN_LINES, targetLevel: groep5, now: NOW },
      { ...DEFAULT_RULE, ...rule },
    );

  it('does not list a pupil with a few results on the group’s course', () => {
    expect(run([result(1, GOAL.getallen, 40, 0.3), result(1, GOAL.getallen, 18, 0.62), result(1, GOAL.getallen, 2, 0.5)])).toEqual([]);
    expect(run([result(1, GOAL.getallen, 35, 0.3), result(1, GOAL.getallen, 3, 0.65)])).toEqual([]);
  });

  it('does not judge the growth of a pupil new in the tool before there are results from before the look-back', () => {
    // two weeks of results, low and flat: too short to call a stall over three weeks
    const newcomer = [14, 10, 6, 2].map((daysAgo) => result(1, GOAL.getallen, daysAgo, 0.3));
    expect(run(newcomer)).toEqual([]);
    expect(run(newcomer, { learningAsksResultsBefore: false }).map((entry) => entry.key as number)).toEqual([1]);
  });
});
