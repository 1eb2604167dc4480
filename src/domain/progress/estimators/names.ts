import type { LineId } from '../../ids';

/**
 * The mastery methods by name, and which one a line uses: apart from the methods themselves (registry.ts), so a view
 * that only names the method (the class overview, needs-help) does not load the estimators on its first page.
 */
export const ESTIMATOR_NAMES = ['default', 'latest', 'highest', 'average', 'decayingAverage', 'nTimes'] as const;

export type EstimatorName = (typeof ESTIMATOR_NAMES)[number];

/** One of ESTIMATOR_NAMES (a plain check, also for a stored value: zod stays off the first page, decision 035). */
export const isEstimatorName = (name: unknown): name is EstimatorName => (ESTIMATOR_NAMES as readonly unknown[]).includes(name);

/** The method chosen per line (e.g. stored settings); lines without a choice use the default. */
export type LineEstimatorChoices = Readonly<Partial<Record<LineId, EstimatorName>>>;

export function estimatorNameFor(line: LineId, choices: LineEstimatorChoices = {}): EstimatorName {
  return choices[line] ?? 'default';
}
