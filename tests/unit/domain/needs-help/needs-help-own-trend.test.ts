/**
 * Decision 006, third robustness pass: low is not stuck. A pupil whose own results rise credibly is not
 * listed for not growing, however far below the group they lie (the alternative simulator's false alarms
 * were weak pupils who grow); a pupil without a result is "no activity yet" only once the group has been
 * practising long enough for that to stand out; weeks without practice that are the group's rhythm do
 * not make a pupil inactive.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_LINES, targetLevelFor } from '@/curriculum';
import { sourceId, type GoalId } from '@/domain/ids';
import type { LearningLine, Result } from '@/domain/model';
import { DEFAULT_RULE, needsHelp, type NeedsHelpRule } from '@/domain/progress/needs-help';
import { ownTrendOf } from '@/domain/progress/needs-help/own-trend';
import { WEEK_MS } from '@/domain/time-units';
import { DAY, GOAL, NOW, practice, pupil, result } from './fixtures';

const groep5 = (line: LearningLine) => targetLevelFor(line, 'groep-5');
const run = (pupils: number[], results: Result[], rule: Partial<NeedsHelpRule> = {}) =>
  needsHelp({ pupils: pupils.map(pupil), results, lines: BUILT_IN_LINES, targetLevel: groep5, now: NOW }, { ...DEFAULT_RULE, ...rule });
const listedFor = (entries: ReturnType<typeof run>, kind: string) =>
  entries.filter((entry) => entry.reasons.some((reason) => reason.kind === kind)).map((entry) => entry.key as number);
const TEN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const since = NOW.getTime() - 3 * WEEK_MS;
const byGoal = (results: Result[]) => {
  const map = new Map<GoalId, Result[]>();
  for (const r of results) map.set(r.goals[0]!, [...(map.get(r.goals[0]!) ?? []), r]);
  return map;
};
const trend = (results: Result[]) => ownTrendOf(byGoal(results), Object.values(GOAL), { now: NOW }, since, NOW.getTime());

describe('ownTrendOf: the slope of a pupil’s own results', () => {
  it('gives the change per week, and a flat pupil no credible slope', () => {
    const rising = practice(1, GOAL.getallen, { fromDaysAgo: 20, every: 2, start: 0.2, end: 0.5 });
    const slope = trend(rising);
    expect(slope?.slope).toBeCloseTo((0.3 / 18) * 7, 2);
    expect((slope?.slope ?? 0) / (slope?.standardError ?? 1)).toBeGreaterThan(2);
    const jitter = [0.4, 0.45, 0.38, 0.42, 0.41, 0.39, 0.44, 0.4, 0.43, 0.37].map((v, i) => result(1, GOAL.getallen, 20 - 2 * i, v));
    const flat = trend(jitter);
    expect(Math.abs((flat?.slope ?? 1) / (flat?.standardError ?? 1))).toBeLessThan(1);
  });

  it('gives each goal and source its own level: moving on from an easy goal to a hard one is not a decline', () => {
    const easy = practice(1, GOAL.getallen, { fromDaysAgo: 20, toDaysAgo: 11, every: 2, start: 0.8 });
    const hard = practice(1, GOAL.verhoudingen, { fromDaysAgo: 10, every: 2, start: 0.3 });
    expect(Math.abs(trend([...easy, ...hard])?.slope ?? 1)).toBeLessThan(1e-9);
    const harsh = practice(1, GOAL.getallen, { fromDaysAgo: 19, every: 2, start: 0.2 }).map((r) => ({ ...r, source: sourceId('harsh') }));
    const kind = practice(1, GOAL.getallen, { fromDaysAgo: 20, every: 2, start: 0.7 });
    expect(Math.abs(trend([...harsh, ...kind])?.slope ?? 1)).toBeLessThan(1e-9);
  });

  it('says nothing from one sitting, or from one result per goal', () => {
    const sitting = [0.2, 0.4, 0.6].map((v) => ({ ...result(1, GOAL.getallen, 3, v), time: new Date(NOW.getTime() - 3 * DAY).toISOString() }));
    expect(trend(sitting)).toBeNull();
    expect(trend([result(1, GOAL.getallen, 15, 0.2), result(1, GOAL.verhoudingen, 2, 0.6)])).toBeNull();
  });
});

describe('needsHelp: low is not stuck', () => {
  // a goal first practised in the look-back: the group climbs from 0.3 to 0.9 on it, pupil 1 from 0.05 to 0.45
  const group = TEN.slice(1).flatMap((n) => [
    ...practice(n, GOAL.getallen, { fromDaysAgo: 50, toDaysAgo: 22, every: 3, start: 0.8 }),
    ...practice(n, GOAL.verhoudingen, { fromDaysAgo: 20, every: 2, start: 0.3 + 0.005 * n, end: 0.9 }),
  ]);
  const weakClimber = [
    ...practice(1, GOAL.getallen, { fromDaysAgo: 50, toDaysAgo: 22, every: 3, start: 0.5 }),
    ...practice(1, GOAL.verhoudingen, { fromDaysAgo: 20, every: 2, start: 0.05, end: 0.45 }),
  ];
  const weakFlat = [
    ...practice(1, GOAL.getallen, { fromDaysAgo: 50, toDaysAgo: 22, every: 3, start: 0.5 }),
    ...[0.1, 0.14, 0.08, 0.12, 0.1, 0.09, 0.13, 0.11, 0.1, 0.12, 0.1].map((v, i) => result(1, GOAL.verhoudingen, 20 - 2 * i, v)),
  ];

  it('does not list a pupil far below the group whose own results rise credibly; lists one whose own results stay flat', () => {
    expect(listedFor(run(TEN, [...group, ...weakClimber]), 'below-target-no-growth')).toEqual([]);
    expect(
      listedFor(
        run(TEN, [...group, ...weakClimber], { ownRiseCredible: null, courseSureKeptPace: null, courseSureSlowerToList: null }),
        'below-target-no-growth',
      ),
    ).toEqual([1]);
    expect(listedFor(run(TEN, [...group, ...weakFlat]), 'below-target-no-growth')).toEqual([1]);
  });
});

describe('needsHelp: "no activity yet" only once the group has been practising long enough', () => {
  const groupFrom = (daysAgo: number) => TEN.slice(1).flatMap((n) => practice(n, GOAL.getallen, { fromDaysAgo: daysAgo, every: 1, start: 0.5 }));
  it('does not list a pupil without results when the group started a week ago, and does after four weeks', () => {
    expect(listedFor(run(TEN, groupFrom(7)), 'inactive')).toEqual([]);
    expect(listedFor(run(TEN, groupFrom(28)), 'inactive')).toEqual([1]);
    expect(listedFor(run(TEN, groupFrom(7), { flagNeverActive: false }), 'inactive')).toEqual([]);
  });
});

describe('needsHelp: weeks without practice that are the group’s rhythm', () => {
  it('does not list a pupil quiet for 12 school days where most of the group went quiet for three weeks before', () => {
    // pupils 2..10: results 60..40 days ago, three quiet weeks, results from 18 days ago on; pupil 1 practised
    // steadily from 60 days ago and stopped 16 days ago (12 school days): never quiet that long before
    const bursty = (n: number) => [
      ...practice(n, GOAL.getallen, { fromDaysAgo: 60, toDaysAgo: 40, every: 2, start: 0.5 }),
      ...practice(n, GOAL.getallen, { fromDaysAgo: 18, every: 1, start: 0.5 }),
    ];
    const results = [...practice(1, GOAL.getallen, { fromDaysAgo: 60, toDaysAgo: 16, every: 2, start: 0.5 }), ...TEN.slice(1).flatMap(bursty)];
    expect(listedFor(run(TEN, results), 'inactive')).toEqual([]);
    expect(listedFor(run(TEN, results, { inactiveGroupRhythm: false }), 'inactive')).toEqual([1]);
  });
});
