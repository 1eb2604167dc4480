import type { WorkForm } from '@/domain/model';

/** A number as suppliers write it: "7", "7.5", "7,5" (decimal comma), "1.234,5", with spaces. */
export function parseNumber(text: string): number | null {
  // Scores and maxima repeat down a file: each distinct text is read once.
  const known = numberCache.get(text);
  if (known !== undefined) return known;
  if (numberCache.size >= 10_000) numberCache.clear();
  const number = readNumber(text);
  numberCache.set(text, number);
  return number;
}

const numberCache = new Map<string, number | null>();

function readNumber(text: string): number | null {
  let value = text.trim().replace(/[\s\u00a0]/g, '');
  if (value === '') return null;
  if (value.includes(',') && value.includes('.'))
    value = value.lastIndexOf(',') > value.lastIndexOf('.') ? value.replace(/\./g, '').replace(',', '.') : value.replace(/,/g, '');
  else if (/^[-+]?\d*,\d+$/.test(value)) value = value.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(value)) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

const ISO = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const DUTCH = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

const amsterdam = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/**
 * Offsets by UTC hour: since 1980 Amsterdam changes its offset only on the hour (01:00 UTC), so one
 * Intl call per hour of the file instead of two per row (the Intl call was about half of a CSV
 * import's time). Bounded: a file of dates spread over more hours than this starts again.
 */
const offsetByHour = new Map<number, number>();
const CACHED_FROM = Date.UTC(1980, 0, 1);
const HOUR_MS = 3_600_000;

/** Minutes Amsterdam is ahead of UTC at this instant. */
function amsterdamOffset(utcMillis: number): number {
  if (utcMillis < CACHED_FROM) return offsetAt(utcMillis);
  const hour = Math.floor(utcMillis / HOUR_MS);
  const known = offsetByHour.get(hour);
  if (known !== undefined) return known;
  if (offsetByHour.size >= 100_000) offsetByHour.clear();
  const offset = offsetAt(hour * HOUR_MS);
  offsetByHour.set(hour, offset);
  return offset;
}

function offsetAt(utcMillis: number): number {
  const parts = Object.fromEntries(amsterdam.formatToParts(new Date(utcMillis)).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - Math.floor(utcMillis / 1000) * 1000) / 60_000);
}

/** A wall-clock time in the school's time zone (Europe/Amsterdam) as an instant, or null if the date does not exist. */
function fromLocal(year: number, month: number, day: number, hour: number, minute: number, second: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return null;
  const first = wall - amsterdamOffset(wall) * 60_000;
  return new Date(wall - amsterdamOffset(first) * 60_000).toISOString();
}

/**
 * A time as suppliers write it: ISO 8601 (with a zone it is that instant, without one it is
 * Amsterdam wall-clock time) or Dutch dd-mm-yyyy [hh:mm[:ss]] (also with / or .), in Amsterdam time.
 */
export function parseTime(text: string): string | null {
  // An export repeats its times (a class does a test in the same minute): each distinct text is read once.
  const known = timeCache.get(text);
  if (known !== undefined) return known;
  if (timeCache.size >= 20_000) timeCache.clear();
  const time = readTime(text);
  timeCache.set(text, time);
  return time;
}

const timeCache = new Map<string, string | null>();

function readTime(text: string): string | null {
  const value = text.trim();
  if (ISO.test(value) && /(Z|[+-]\d{2}:?\d{2})$/.test(value) && value.length > 10) {
    // Date.parse rolls 2026-02-30 over into March: check the calendar date first.
    const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
    const calendar = new Date(Date.UTC(year, month - 1, day));
    if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) return null;
    const millis = Date.parse(value.replace(' ', 'T'));
    return Number.isNaN(millis) ? null : new Date(millis).toISOString();
  }
  const local = ISO_LOCAL.exec(value);
  if (local)
    return fromLocal(Number(local[1]), Number(local[2]), Number(local[3]), Number(local[4] ?? 0), Number(local[5] ?? 0), Number(local[6] ?? 0));
  const dutch = DUTCH.exec(value);
  if (dutch)
    return fromLocal(Number(dutch[3]), Number(dutch[2]), Number(dutch[1]), Number(dutch[4] ?? 0), Number(dutch[5] ?? 0), Number(dutch[6] ?? 0));
  return null;
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'geslaagd', 'voldoende', 'behaald', 'passed', 'pass']);
const NO = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0', 'gezakt', 'onvoldoende', 'niet behaald', 'failed', 'fail']);

/** Yes/no in Dutch or English; undefined when the cell says something else. */
export function parseSuccess(text: string): boolean | null | undefined {
  const value = text.trim().toLowerCase();
  if (value === '') return null;
  return YES.has(value) ? true : NO.has(value) ? false : undefined;
}

/** Seconds, or [h:]mm:ss; undefined when unreadable. */
export function parseDuration(text: string): number | null | undefined {
  const value = text.trim();
  if (value === '') return null;
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(value);
  if (clock) {
    const [hours, minutes, seconds] = [Number(clock[1] ?? 0), Number(clock[2]), Number(clock[3])];
    // Minutes may run past 59 only without hours ("75:00"); seconds never do.
    if (seconds > 59 || (clock[1] !== undefined && minutes > 59)) return undefined;
    return hours * 3600 + minutes * 60 + seconds;
  }
  const seconds = parseNumber(value);
  return seconds !== null && seconds >= 0 ? seconds : undefined;
}

const WORK_FORMS: ReadonlyMap<string, WorkForm> = new Map([
  ['toets', 'test'],
  ['test', 'test'],
  ['toetsen', 'test'],
  ['exam', 'test'],
  ['oefenen', 'practice'],
  ['oefening', 'practice'],
  ['practice', 'practice'],
  ['instructie', 'instruction'],
  ['instruction', 'instruction'],
  ['uitleg', 'instruction'],
  ['project', 'project'],
]);

/** The work form a cell names; practice when empty or unknown (a Map: "constructor" is no work form). */
export const parseWorkForm = (text: string): WorkForm => WORK_FORMS.get(text) ?? WORK_FORMS.get(text.trim().toLowerCase()) ?? 'practice';
