/**
 * A source that reports only right or wrong counts as one Bernoulli draw per result where the calibration
 * cannot measure its noise (fewer than three comparable sources): RIGHT_WRONG_RELIABILITY (decision 049).
 */
import { describe, expect, it } from 'vitest';
import { pupilRef, sourceId } from '@/domain/ids';
import { average, calibrateSources, defaultEstimator, RIGHT_WRONG_RELIABILITY, type Estimator } from '@/domain/progress/estimators';
import { evaluate } from '../../../sim/evaluate';
import { altSchool, simulateAlt } from '../../../sim-alt/simulate-alt';
import { daysAgo, result } from './fixtures';

const quiz = sourceId('quiz');
const test = sourceId('toets');

/** Two sources on the same pupils and days: a scored test, and a quiz that says right (1) or wrong (0) only. */
function twoSources(quizResults: number) {
  return Array.from({ length: quizResults }, (_, k) => [
    result(0.4 + 0.02 * (k % 10), { pupil: pupilRef(`p${k % 12}`), source: test, time: daysAgo(k % 5) }),
    result(null, { pupil: pupilRef(`p${k % 12}`), source: quiz, time: daysAgo(k % 5), success: k % 3 !== 0 }),
  ]).flat();
}

/** The default estimator as before decision 049's right/wrong weight: such a source at reliability 1 again. */
const asScored: Estimator = (results, context) =>
  defaultEstimator(results, {
    ...context,
    reliability: (source) => {
      const reliability = context.reliability?.(source) ?? 1;
      return reliability === RIGHT_WRONG_RELIABILITY ? 1 : reliability;
    },
  });

describe('a right/wrong-only source', () => {
  it('counts as a Bernoulli draw where the calibration cannot tell its noise, and a scored source as before', () => {
    const calibration = calibrateSources(twoSources(30));
    expect(calibration.get(quiz)).toMatchObject({ reliability: RIGHT_WRONG_RELIABILITY, noiseSd: null });
    expect(calibration.get(test)).toMatchObject({ reliability: 1, noiseSd: null });
    // a quarter of a scored result's information at a level of one half: 0.04 / 0.25
    expect(RIGHT_WRONG_RELIABILITY).toBeCloseTo(0.2 ** 2 / 0.25, 12);
  });

  it('needs MIN_SHARED of its results before it is taken for right/wrong only', () => {
    expect(calibrateSources(twoSources(9)).get(quiz)?.reliability).toBe(1);
  });

  it('ranks the pupils of a school with a pass/fail tool better at 2 weeks, where the quiz outnumbers the scored results', () => {
    // alternative school 3 (passfail + easy + scale + stars5; at 2 weeks too few shared moments to measure the noise),
    // 150 pupils in groups of 25: measured 0.529, counted as scored 0.425, plain mean 0.358
    const rows = evaluate(simulateAlt(altSchool(3, 150)), { default: defaultEstimator, asScored, average }, [2], { groupSize: 25 });
    const spearman = (name: string) => rows.find((row) => row.estimator === name)?.spearman ?? 0;
    expect(spearman('default')).toBeGreaterThan(spearman('asScored') + 0.05);
    expect(spearman('default')).toBeGreaterThan(spearman('average') + 0.1);
  });
});
