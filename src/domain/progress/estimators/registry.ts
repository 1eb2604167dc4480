import type { LineId } from '../../ids';
import { defaultEstimator } from './default-estimator';
import type { Estimator } from './estimate';
import { average, decayingAverage, highest, latest, nTimes } from './simple-methods';

/** Every estimator by name: the default and the methods teachers know from gradebooks. */
export const ESTIMATORS = {
  default: defaultEstimator,
  latest,
  highest,
  average,
  decayingAverage,
  nTimes: nTimes(),
} as const satisfies Record<string, Estimator>;

export type EstimatorName = keyof typeof ESTIMATORS;
export const ESTIMATOR_NAMES = Object.keys(ESTIMATORS) as EstimatorName[];

export const isEstimatorName = (name: string): name is EstimatorName => Object.hasOwn(ESTIMATORS, name);

/** The method chosen per line (e.g. stored settings); lines without a choice use the default. */
export type LineEstimatorChoices = Readonly<Partial<Record<LineId, EstimatorName>>>;

export function estimatorNameFor(line: LineId, choices: LineEstimatorChoices = {}): EstimatorName {
  return choices[line] ?? 'default';
}

export function estimatorFor(line: LineId, choices: LineEstimatorChoices = {}): Estimator {
  return ESTIMATORS[estimatorNameFor(line, choices)];
}
