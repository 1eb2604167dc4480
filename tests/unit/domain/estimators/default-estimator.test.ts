import { describe, expect, it } from 'vitest';
import { goalId, lineId, pupilRef, sourceId, type GoalId, type SourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';
import {
  calibrateSources,
  calibrationContext,
  DEFAULT_ESTIMATOR_DRIFT_CAP_DAYS,
  DEFAULT_ESTIMATOR_HALF_LIFE_DAYS,
  defaultEstimator,
  ESTIMATORS,
  estimatorFor,
  goalPriors,
  growthSince,
  highest,
  isEstimatorName,
  MIN_PRIOR_PUPILS,
  MIN_PRIOR_RESULTS,
  MIN_PRIOR_SD,
  PRIOR_BANDWIDTH_DAYS,
  PRIOR_SD,
} from '@/domain/progress/estimators';
import { daysAgo, NOW, result } from './fixtures';

const context = { now: NOW };

describe('defaultEstimator', () => {
  it('weighs a test twice and a project 1.5 times as much as practice', () => {
    expect(defaultEstimator([result(0), result(1, { workForm: 'test' })], context)?.value).toBeCloseTo(2 / 3, 12);
    expect(defaultEstimator([result(0), result(1, { workForm: 'project' })], context)?.value).toBeCloseTo(1.5 / 2.5, 12);
  });

  it('counts an older result half after one half-life of drift, and less the longer ago it was', () => {
    // drift grows for at most DEFAULT_ESTIMATOR_DRIFT_CAP_DAYS per gap; a half-life that short halves the older result
    const halfLifeDays = DEFAULT_ESTIMATOR_DRIFT_CAP_DAYS;
    const value = defaultEstimator([result(1), result(0, { time: daysAgo(DEFAULT_ESTIMATOR_DRIFT_CAP_DAYS) })], { ...context, halfLifeDays })?.value;
    expect(value).toBeCloseTo(1 / 1.5, 12);
    const recent = defaultEstimator([result(1), result(0, { time: daysAgo(0.5) })], context)?.value as number;
    const older = defaultEstimator([result(1), result(0, { time: daysAgo(DEFAULT_ESTIMATOR_DRIFT_CAP_DAYS) })], context)?.value as number;
    expect(recent).toBeGreaterThan(0.5);
    expect(older).toBeGreaterThan(recent);
    expect(DEFAULT_ESTIMATOR_HALF_LIFE_DAYS).toBeGreaterThan(DEFAULT_ESTIMATOR_DRIFT_CAP_DAYS);
  });

  it('keeps what is known of a goal left alone: a gap longer than the drift cap forgets no more', () => {
    const afterCap = defaultEstimator([result(0.2, { time: daysAgo(DEFAULT_ESTIMATOR_DRIFT_CAP_DAYS) }), result(0.8)], context);
    const weeksLater = defaultEstimator([result(0.2, { time: daysAgo(60) }), result(0.8)], context);
    expect(weeksLater?.value).toBeCloseTo(afterCap?.value as number, 12);
    // and an estimate does not grow less certain while nothing new comes in beyond the cap
    const old = [result(0.5, { time: daysAgo(60) }), result(0.6, { time: daysAgo(59) })];
    expect(defaultEstimator(old, { now: daysAgo(10) })?.uncertainty).toBeCloseTo(defaultEstimator(old, context)?.uncertainty as number, 12);
  });

  it('starts from the population prior of the goal when given one, and lets evidence outweigh it', () => {
    const asked: [string, number][] = [];
    const prior = (goal: GoalId, timeMs: number) => {
      asked.push([goal, timeMs]);
      return { mean: 0.3, sd: 0.1 };
    };
    const one = defaultEstimator([result(0.7)], { ...context, prior });
    // prior variance 0.01 against a practice result's PRIOR_SD^2 = 0.04: the result moves it a fifth of the way
    expect(one?.value).toBeCloseTo(0.3 + 0.2 * 0.4, 12);
    expect(one?.uncertainty).toBeLessThan(PRIOR_SD);
    expect(asked).toEqual([[goalId('rekenen.getallen.1f'), Date.parse(NOW)]]);
    const many = defaultEstimator(
      Array.from({ length: 40 }, () => result(0.7)),
      { ...context, prior },
    )?.value as number;
    expect(many).toBeGreaterThan(0.65);
    // results that share no goal have no cell goal, so no prior
    const mixed = [result(0.7), result(0.7, { goals: [goalId('taal.lezen.1f')] })];
    expect(defaultEstimator(mixed, { ...context, prior })?.value).toBeCloseTo(0.7, 12);
  });

  it('multiplies weights by the source reliability and subtracts its bias', () => {
    const steady = sourceId('steady');
    const results = [result(0.2, { source: steady }), result(0.8)];
    const reliability = (source: SourceId) => (source === steady ? 3 : 1);
    expect(defaultEstimator(results, { ...context, reliability })?.value).toBeCloseTo((3 * 0.2 + 0.8) / 4, 12);
    const bias = (source: SourceId) => (source === steady ? 0.1 : 0);
    expect(defaultEstimator(results, { ...context, bias })?.value).toBeCloseTo((0.1 + 0.8) / 2, 12);
    // a bias never pushes a value below 0
    expect(defaultEstimator([result(0.05, { source: steady })], { ...context, bias })?.value).toBe(0);
  });

  it('is PRIOR_SD uncertain on one result and grows surer with consistent evidence', () => {
    expect(defaultEstimator([result(0.6)], context)?.uncertainty).toBeCloseTo(PRIOR_SD, 12);
    const consistent = Array.from({ length: 10 }, () => result(0.6));
    const scattered = Array.from({ length: 10 }, (_, i) => result(i % 2 ? 0.2 : 1));
    const sure = defaultEstimator(consistent, context)?.uncertainty as number;
    const unsure = defaultEstimator(scattered, context)?.uncertainty as number;
    expect(sure).toBeLessThan(0.07);
    expect(unsure).toBeGreaterThan(sure * 2);
  });

  it('states its uncertainty on the measured noise scale when the calibration knows it, with the same value', () => {
    const results = [result(0.5), result(0.7), result(0.6)];
    const plain = defaultEstimator(results, context);
    const measured = defaultEstimator(results, { ...context, noiseSd: PRIOR_SD / 2 });
    expect(measured?.value).toBeCloseTo(plain?.value as number, 12);
    expect(measured?.uncertainty).toBeCloseTo((plain?.uncertainty as number) / 2, 12);
  });

  it('gives the status a teacher reads at a glance', () => {
    expect(defaultEstimator([result(0.3)], context)?.status).toBe('working');
    expect(defaultEstimator([result(0.6)], context)?.status).toBe('nearly');
    expect(defaultEstimator([result(0.8)], context)?.status).toBe('mastered');
  });
});

describe('growthSince', () => {
  it('compares the estimate at a date with the estimate now', () => {
    const results = [result(0.3, { time: daysAgo(20) }), result(0.9, { time: daysAgo(2) })];
    const growth = growthSince(results, daysAgo(10), highest, context);
    expect(growth.from?.value).toBeCloseTo(0.3, 12);
    expect(growth.to?.value).toBeCloseTo(0.9, 12);
    expect(growth.delta).toBeCloseTo(0.6, 12);
    expect(growth.uncertainty).toBeCloseTo(Math.hypot(PRIOR_SD, PRIOR_SD), 12);
    expect(growthSince(results, daysAgo(30), highest, context).delta).toBeNull();
  });
});

describe('calibrateSources', () => {
  /** Three sources judge 40 pupils each week; "generous" adds 0.1, "noisy" adds wide noise. */
  function population(): Result[] {
    const out: Result[] = [];
    let seed = 1;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let p = 0; p < 40; p += 1) {
      for (let week = 0; week < 6; week += 1) {
        const truth = 0.2 + 0.1 * week + 0.005 * p;
        const time = daysAgo(45 - week * 7);
        const common = { pupil: pupilRef(`p${p}`), goals: [goalId('g1')], time };
        out.push(result(truth + 0.04 * (random() - 0.5), { ...common, source: sourceId('steady') }));
        out.push(result(truth + 0.1 + 0.04 * (random() - 0.5), { ...common, source: sourceId('generous') }));
        out.push(result(truth + 0.5 * (random() - 0.5), { ...common, source: sourceId('noisy') }));
      }
    }
    return out;
  }

  it('finds the generous source and the noisy one', () => {
    const calibration = calibrateSources(population());
    expect(calibration.get(sourceId('generous'))?.bias).toBeCloseTo(0.1, 1);
    expect(Math.abs(calibration.get(sourceId('steady'))?.bias as number)).toBeLessThan(0.03);
    expect(calibration.get(sourceId('noisy'))?.reliability).toBeLessThan(1);
    expect(calibration.get(sourceId('steady'))?.reliability).toBeGreaterThan(calibration.get(sourceId('noisy'))?.reliability as number);
    const { bias, reliability, noiseSd } = calibrationContext(calibration);
    expect(bias?.(sourceId('unknown'))).toBe(0);
    expect(reliability?.(sourceId('unknown'))).toBe(1);
    // the typical source's noise: the median of the three, between the steady and the noisy one
    const noise = [...calibration.values()].map((source) => source.noiseSd as number).sort((a, b) => a - b);
    expect(noiseSd).toBeCloseTo(noise[1] as number, 12);
    expect(calibrationContext(calibrateSources([result(0.9)])).noiseSd).toBeUndefined();
  });

  it('leaves a source it cannot compare at bias 0 and reliability 1', () => {
    const calibration = calibrateSources([result(0.9, { source: sourceId('alone') })]);
    expect(calibration.get(sourceId('alone'))).toMatchObject({ bias: 0, reliability: 1, noiseSd: null, shared: 0 });
  });
});

describe('goalPriors', () => {
  const week = (n: number, value: number, source = sourceId('steady')) =>
    Array.from({ length: n }, (_, p) => result(value + (p % 2 ? 0.2 : -0.2), { pupil: pupilRef(`p${p}`), source, time: daysAgo(3) }));
  const goal = goalId('rekenen.getallen.1f');

  it('gives the mean and the spread between pupils of a goal around a day with enough results from enough pupils', () => {
    const prior = goalPriors(week(10, 0.5))(goal, Date.parse(daysAgo(3)));
    expect(prior?.mean).toBeCloseTo(0.5, 12);
    expect(prior?.sd).toBeCloseTo(0.2, 12);
    expect(goalPriors(week(MIN_PRIOR_RESULTS, 0.5))(goal, Date.parse(daysAgo(3)))).toBeDefined();
    expect(goalPriors(week(MIN_PRIOR_RESULTS - 1, 0.5))(goal, Date.parse(daysAgo(3)))).toBeUndefined();
    expect(goalPriors(week(10, 0.5))(goalId('taal.lezen.1f'), Date.parse(daysAgo(3)))).toBeUndefined();
    // three weeks and more away, results no longer count
    expect(goalPriors(week(10, 0.5))(goal, Date.parse(daysAgo(3 + 3 * PRIOR_BANDWIDTH_DAYS + 1)))).toBeUndefined();
    // many results from too few pupils are those pupils' own level, not what is usual in the group
    const two = Array.from({ length: 12 }, (_, i) => result(0.5, { pupil: pupilRef(`p${i % (MIN_PRIOR_PUPILS - 1)}`), time: daysAgo(3) }));
    expect(goalPriors(two)(goal, Date.parse(daysAgo(3)))).toBeUndefined();
  });

  it('takes off the source bias and its noise, and never claims a spread below MIN_PRIOR_SD', () => {
    const generous = sourceId('generous');
    const calibration = new Map([[generous, { bias: 0.1, reliability: 1, noiseSd: 0.15, shared: 100 }]]);
    const prior = goalPriors(week(10, 0.6, generous), calibration)(goal, Date.parse(daysAgo(3)));
    expect(prior?.mean).toBeCloseTo(0.5, 12);
    expect(prior?.sd).toBeCloseTo(Math.sqrt(0.2 ** 2 - 0.15 ** 2), 12);
    const same = Array.from({ length: MIN_PRIOR_RESULTS }, (_, p) => result(0.4, { pupil: pupilRef(`p${p}`), time: daysAgo(3) }));
    expect(goalPriors(same)(goal, Date.parse(daysAgo(3)))?.sd).toBe(MIN_PRIOR_SD);
  });

  it('gives a goal the same priors when other goals have results on thousands of days over years', () => {
    // 2,100 goals on 2,100 days: too many goal x day cells for one array, so they are kept apart in a map.
    const spread = Array.from({ length: 2100 }, (_, d) => result(0.9, { goals: [goalId(`ver.weg.${d}`)], time: daysAgo(3000 - d) }));
    const asked = [-30, -3, -2, 0, 4, 20, 40].map((ago) => Date.parse(daysAgo(ago)));
    const alone = goalPriors([...week(10, 0.5), ...week(6, 0.7).map((r) => ({ ...r, time: daysAgo(9) }))]);
    const among = goalPriors([...spread, ...week(10, 0.5), ...week(6, 0.7).map((r) => ({ ...r, time: daysAgo(9) }))]);
    expect(asked.map((at) => among(goal, at))).toEqual(asked.map((at) => alone(goal, at)));
    expect(among(goal, Date.parse(daysAgo(3)))?.mean).toBeGreaterThan(0.5);
    expect(among(goalId('ver.weg.7'), Date.parse(daysAgo(2993)))).toBeUndefined();
  });
});

describe('the registry', () => {
  it('names every method and defaults each line to the default estimator', () => {
    expect(Object.keys(ESTIMATORS).sort()).toEqual(['average', 'decayingAverage', 'default', 'highest', 'latest', 'nTimes']);
    expect(estimatorFor(lineId('rekenen'))).toBe(defaultEstimator);
    expect(estimatorFor(lineId('rekenen'), { [lineId('rekenen')]: 'highest' })).toBe(highest);
    expect(isEstimatorName('latest')).toBe(true);
    expect(isEstimatorName('toString')).toBe(false);
  });
});
