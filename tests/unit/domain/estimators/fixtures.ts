import { scaleScore, type Result } from '@/domain/model';
import { buildResult } from '../../../support/result-builder';

export const NOW = '2026-03-02T12:00:00.000Z';
export const DAY = 86_400_000;
export const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * DAY).toISOString();

/** A result on goal rekenen.getallen.1f; `scaled` null gives a result without a score. */
export function result(scaled: number | null, overrides: Partial<Result> = {}): Result {
  return buildResult({ time: NOW, score: scaled === null ? null : scaleScore(scaled * 100, 0, 100), ...overrides });
}
