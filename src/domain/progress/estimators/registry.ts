import type { LineId } from '../../ids';
import { defaultEstimator } from './default-estimator';
import type { Estimator } from './estimate';
import { estimatorNameFor, type EstimatorName, type LineEstimatorChoices } from './names';
import { average, decayingAverage, highest, latest, nTimes } from './simple-methods';

export { ESTIMATOR_NAMES, estimatorNameFor, isEstimatorName, type EstimatorName, type LineEstimatorChoices } from './names';

/** Every estimator by name (names.ts): the default and the methods teachers know from gradebooks. */
export const ESTIMATORS = {
  default: defaultEstimator,
  latest,
  highest,
  average,
  decayingAverage,
  nTimes: nTimes(),
} as const satisfies Record<EstimatorName, Estimator>;

export function estimatorFor(line: LineId, choices: LineEstimatorChoices = {}): Estimator {
  return ESTIMATORS[estimatorNameFor(line, choices)];
}
