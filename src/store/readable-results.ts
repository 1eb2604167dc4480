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
  if (!isRecord(value)) return false;
  const { id, source, pupil, code, goals, time, workForm, level } = value;
  if (!isText(id) || !isText(source) || !isText(pupil) || typeof code !== 'string') return false;
  if (!Array.isArray(goals) || !goals.every((goal) => typeof goal === 'string')) return false;
  if (typeof time !== 'string' || !Number.isFinite(instantMs(time))) return false; // Date.parse's answer, read faster
  if (!(WORK_FORMS as readonly unknown[]).includes(workForm) || !(level === null || typeof level === 'string')) return false;
  if (!isBooleanOrNull(value['success']) || !isBooleanOrNull(value['completion'])) return false;
  if (!isFiniteOrNull(value['durationSeconds']) || !isFiniteOrNull(value['attempt'])) return false;
  return isReadableScore(value['score']) && isReadableBand(value['normBand']);
}

/** Stored rows as the views get them: the readable ones, and a count of the rest. */
export function readableResults(rows: readonly unknown[]): ReadableResults {
  const results: Result[] = [];
  for (const row of rows) if (isReadableResult(row)) results.push(row);
  return { results, skipped: rows.length - results.length };
}
