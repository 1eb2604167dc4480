import { WORK_FORMS, type Result } from '@/domain/model';
import { instantMs } from '@/domain/progress/instant';

/** What the views read from stored results, split into what they can use and how many they cannot. */
export interface ReadableResults {
  readonly results: Result[];
  /** Stored records the views cannot read (a time that is no date, a score outside its scale, a field missing): left out, counted. */
  readonly skipped: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isFiniteOrNull = (value: unknown) => value === null || (typeof value === 'number' && Number.isFinite(value));
const isBooleanOrNull = (value: unknown) => value === null || typeof value === 'boolean';

function isReadableScore(score: unknown): boolean {
  if (score === null) return true;
  if (!isRecord(score)) return false;
  const { raw, min, max, scaled } = score;
  if (![raw, min, max, scaled].every((n) => typeof n === 'number' && Number.isFinite(n))) return false;
  const [r, lo, hi, s] = [raw, min, max, scaled] as number[];
  return lo! < hi! && r! >= lo! && r! <= hi! && s! >= 0 && s! <= 1;
}

const isReadableBand = (band: unknown) =>
  band === null || (isRecord(band) && typeof band['label'] === 'string' && typeof band['colour'] === 'string');

/**
 * A stored result the views can compute with. Records were validated where they entered, but a
 * store written by an older version, a bug or a hand-edited export can still hold one that is not:
 * one such record must not take down a whole page. Checked by hand, not with zod: this runs over
 * every result a view reads (a group's school year is some hundred thousand).
 */
export function isReadableResult(value: unknown): value is Result {
  return !Number.isNaN(readableTimeOf(value));
}

/** The epoch ms of a readable result's time (Date.parse's answer, read once), NaN for a row that isReadableResult refuses. */
export function readableTimeOf(value: unknown): number {
  if (!isRecord(value)) return Number.NaN;
  const { id, source, pupil, code, goals, time, workForm, level } = value;
  if (!isText(id) || !isText(source) || !isText(pupil) || typeof code !== 'string') return Number.NaN;
  if (!Array.isArray(goals) || !goals.every((goal) => typeof goal === 'string')) return Number.NaN;
  const ms = typeof time === 'string' ? instantMs(time) : Number.NaN; // Date.parse's answer, read faster
  if (!Number.isFinite(ms)) return Number.NaN;
  if (!(WORK_FORMS as readonly unknown[]).includes(workForm) || !(level === null || typeof level === 'string')) return Number.NaN;
  if (!isBooleanOrNull(value['success']) || !isBooleanOrNull(value['completion'])) return Number.NaN;
  if (!isFiniteOrNull(value['durationSeconds']) || !isFiniteOrNull(value['attempt'])) return Number.NaN;
  return isReadableScore(value['score']) && isReadableBand(value['normBand']) ? ms : Number.NaN;
}

/** Stored rows as the views get them: the readable ones, and a count of the rest. */
export function readableResults(rows: readonly unknown[]): ReadableResults {
  const results: Result[] = [];
  for (const row of rows) if (isReadableResult(row)) results.push(row);
  return { results, skipped: rows.length - results.length };
}
