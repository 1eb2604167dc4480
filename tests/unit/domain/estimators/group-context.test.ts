import { describe, expect, it } from 'vitest';
import { goalId, pupilRef, sourceId, type GoalId } from '@/domain/ids';
import { defaultEstimator, GROUP_MOVE_VARIANCE, goalPriors, groupContext, PRIOR_BANDWIDTH_DAYS } from '@/domain/progress/estimators';
import { DAY, daysAgo, NOW, result } from './fixtures';

const goal = goalId('rekenen.getallen.1f');
const WEEK = 7 * DAY;

describe('goalPriors over time', () => {
  // Ten pupils around 0.3 ten days ago, ten around 0.5 three days ago.
  const day = (ago: number, value: number) =>
    Array.from({ length: 10 }, (_, p) => result(value + (p % 2 ? 0.2 : -0.2), { pupil: pupilRef(`p${p}`), time: daysAgo(ago) }));
  const prior = goalPriors([...day(10, 0.3), ...day(3, 0.5)]);
  const meanAt = (ago: number) => prior(goal, Date.parse(daysAgo(ago)))?.mean as number;

  it('weighs nearby days by a Gaussian of PRIOR_BANDWIDTH_DAYS, so the prior moves smoothly from one level to the next', () => {
    // a week away counts exp(-1/2) as much as the day itself
    const away = Math.exp(-0.5 * (7 / PRIOR_BANDWIDTH_DAYS) ** 2);
    expect(meanAt(3)).toBeCloseTo((0.5 + away * 0.3) / (1 + away), 9);
    expect(meanAt(10)).toBeCloseTo((0.3 + away * 0.5) / (1 + away), 9);
    const days = [12, 10, 8, 6.5, 5, 3, 1];
    days.slice(1).forEach((ago, i) => expect(meanAt(ago)).toBeGreaterThan(meanAt(days[i] as number)));
    // far from any result: none
    expect(prior(goal, Date.parse(daysAgo(40)))).toBeUndefined();
  });
});

describe('defaultEstimator with followGroup', () => {
  // The group's mean on the goal rises 0.1 a week and reaches 0.5 now.
  const rising = (_goal: GoalId, timeMs: number) => ({ mean: 0.5 + (0.1 * (timeMs - Date.parse(NOW))) / WEEK, sd: 0.1 });
  const old = [result(0.4, { time: daysAgo(14) })];

  it('moves the level as the group’s mean moved since the last result, and is less sure of it', () => {
    const alone = defaultEstimator(old, { now: NOW, prior: rising });
    const following = defaultEstimator(old, { now: NOW, prior: rising, followGroup: true });
    // start 0.3 (the prior two weeks ago), one result of 0.4 at a fifth of the way: 0.32; then +0.2 with the group
    expect(alone?.value).toBeCloseTo(0.32, 9);
    expect(following?.value).toBeCloseTo(0.52, 9);
    expect(following?.uncertainty).toBeCloseTo(Math.sqrt((alone?.uncertainty as number) ** 2 + GROUP_MOVE_VARIANCE * 0.2 ** 2), 9);
    // without a prior there is no group to follow
    expect(defaultEstimator(old, { now: NOW, followGroup: true })).toEqual(defaultEstimator(old, { now: NOW }));
  });

  it('lets the pupil’s own results outweigh the group: a pupil who stays at 0.3 while the group grows stays near 0.3', () => {
    const steady = Array.from({ length: 8 }, (_, i) => result(0.3, { time: daysAgo(14 - 2 * i) }));
    const value = defaultEstimator(steady, { now: NOW, prior: rising, followGroup: true })?.value as number;
    expect(value).toBeLessThan(0.4);
    expect(value).toBeGreaterThan(0.3);
  });
});

describe('groupContext', () => {
  const shared = (ago: number, p: number) => [
    result(0.5, { pupil: pupilRef(`p${p}`), source: sourceId('a'), time: daysAgo(ago) }),
    result(0.6, { pupil: pupilRef(`p${p}`), source: sourceId('generous'), time: daysAgo(ago) }),
    result(0.5, { pupil: pupilRef(`p${p}`), source: sourceId('c'), time: daysAgo(ago) }),
  ];
  const results = Array.from({ length: 12 }, (_, p) => shared(3, p)).flat();

  it('learns calibration and priors from the results up to `now` only, and follows the group when asked', () => {
    const context = groupContext(results, NOW);
    expect(context.bias?.(sourceId('generous'))).toBeCloseTo(0.1, 6);
    expect(context.prior?.(goal, Date.parse(daysAgo(3)))?.mean).toBeCloseTo(0.5, 6);
    expect(context.followGroup).toBeUndefined();
    expect(groupContext(results, NOW, { followGroup: true, halfLifeDays: 5 })).toMatchObject({ followGroup: true, halfLifeDays: 5 });
    const before = groupContext(results, daysAgo(4));
    expect(before.bias?.(sourceId('generous'))).toBe(0);
    expect(before.prior?.(goal, Date.parse(daysAgo(3)))).toBeUndefined();
  });
});
