import type { Result } from '../model';
import { DAY_MS } from '../time-units';

export type MasteryStatus = 'not-started' | 'working' | 'nearly' | 'mastered';

export interface Mastery {
  /** Estimated mastery, 0..1. */
  readonly value: number;
  /** How many results it rests on. */
  readonly evidence: number;
  /** Time of the latest result used (ISO). */
  readonly lastAt: string;
  readonly status: MasteryStatus;
  /** Standard error of `value` on 0..1, when the method that made it states one (Estimate.uncertainty). */
  readonly uncertainty?: number;
}

export interface MasteryOptions {
  readonly now: Date | string;
  /** Half-life of a result's weight, in days. Default 28: a result from four weeks ago counts half. */
  readonly halfLifeDays?: number;
}

export const DEFAULT_HALF_LIFE_DAYS = 28;
/** A test (toets) weighs twice as much as practice. */
export const TEST_WEIGHT = 2;
/** Thresholds on the 0..1 scale: below NEARLY_FROM "working on it", below MASTERED_FROM "nearly", else "mastered". */
export const NEARLY_FROM = 0.55;
export const MASTERED_FROM = 0.75;

/**
 * The value as a teacher reads it: rounded to a whole percent, halves up, as the views format it
 * (Intl rounds the shortest decimal form, so 0.745 is 75%; toPrecision(12) removes the binary error
 * of value x 100 first), so a status never contradicts the number beside it ("75% bijna" for 0.7496).
 */
export const shownValue = (value: number): number => Math.round(Number((value * 100).toPrecision(12))) / 100;

export function statusOf(value: number | null, evidence: number): MasteryStatus {
  if (value === null || evidence === 0) return 'not-started';
  // Away from the thresholds' halves (74.5 and 54.5 percent) the value shown is on the same side as the
  // value itself (toPrecision(12) moves a percent under 1e6 by less than 1e-6): no text to make.
  const percent = value * 100;
  if (Math.abs(percent - 74.5) > 1e-6 && Math.abs(percent - 54.5) > 1e-6 && Math.abs(percent) < 1e6)
    return percent > 74.5 ? 'mastered' : percent > 54.5 ? 'nearly' : 'working';
  const shown = shownValue(value);
  if (shown >= MASTERED_FROM) return 'mastered';
  if (shown >= NEARLY_FROM) return 'nearly';
  return 'working';
}

/** The 0..1 evidence a result gives: its scaled score, or success as 1/0; null when it says nothing. */
export function evidenceOf(result: Result): number | null {
  if (result.score) return result.score.scaled;
  if (result.success !== null) return result.success ? 1 : 0;
  return null;
}

/** Weight of a result: halves every half-life of age (future results count as new), doubled for tests. */
export function weightOf(result: Result, nowMs: number, halfLifeDays: number): number {
  return weightAt(Date.parse(result.time), result.workForm, nowMs, halfLifeDays);
}

/** weightOf from a result's time already read (epoch ms) and its work form. */
export function weightAt(timeMs: number, workForm: string, nowMs: number, halfLifeDays: number): number {
  const ageDays = Math.max(0, (nowMs - timeMs) / DAY_MS);
  return 0.5 ** (ageDays / halfLifeDays) * (workForm === 'test' ? TEST_WEIGHT : 1);
}

/**
 * Decaying average of the evidence: sum(w * s) / sum(w), with w = 0.5^(age / half-life), x2 for tests.
 * Recent results count more, but a pupil who stopped practising keeps the level they reached.
 * Results in the future of `now` are left out. Returns null when no result carries evidence.
 */
export function masteryOf(results: readonly Result[], options: MasteryOptions): Mastery | null {
  const nowMs = new Date(options.now).getTime();
  const halfLife = options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  let sumW = 0;
  let sumWS = 0;
  let evidence = 0;
  let last = -Infinity;
  for (const result of results) {
    const time = Date.parse(result.time);
    const value = evidenceOf(result);
    if (value === null || Number.isNaN(time) || time > nowMs) continue;
    const weight = weightOf(result, nowMs, halfLife);
    sumW += weight;
    sumWS += weight * value;
    evidence += 1;
    if (time > last) last = time;
  }
  if (evidence === 0 || sumW === 0) return null;
  const value = sumWS / sumW;
  return { value, evidence, lastAt: new Date(last).toISOString(), status: statusOf(value, evidence) };
}
