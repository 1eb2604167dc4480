/**
 * Instants the fast way: `Date#toISOString` of a text that is already UTC to the second or the
 * millisecond ("2026-03-05T08:15:00Z", "2026-03-05T08:15:00.250Z"), read from its digits without
 * Date.parse. Null for any other text (an offset, another precision, an impossible date): the caller
 * then takes the Date.parse path as before. tests/unit/adapters/shared/utc-iso.property.test.ts
 * checks that a non-null answer is always what `new Date(Date.parse(text)).toISOString()` gives.
 * The digits are read as the domain's instantMs reads them.
 */
import { daysInMonth, digits } from '@/domain/progress/instant';

/** `YYYY-MM-DDTHH:MM:SS` with every field in range. */
function validUpToSeconds(text: string): boolean {
  if (text[4] !== '-' || text[7] !== '-' || text[10] !== 'T' || text[13] !== ':' || text[16] !== ':') return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
}

/** The last text read and its answer: a guard and then its mapper read the same record's time one after the other. */
let lastText = '';
let lastIso: string | null = null;

/** `Date#toISOString` of a UTC text to the second or millisecond; null for anything else. */
export function utcIso(text: string): string | null {
  if (text === lastText) return lastIso;
  const iso = readUtcIso(text);
  lastText = text;
  lastIso = iso;
  return iso;
}

/**
 * True for a UTC instant utcIso reads: such a text also matches zod's `z.iso.datetime({ offset: true })`
 * (every field in range, February 29 only in leap years), so a guard may take this instead of the
 * schema's pattern and leave other texts to the pattern (utc-iso.property.test.ts checks it).
 */
export const isUtcInstant = (text: string): boolean => utcIso(text) !== null;

function readUtcIso(text: string): string | null {
  if (text.length === 20) return text[19] === 'Z' && validUpToSeconds(text) ? `${text.slice(0, 19)}.000Z` : null;
  if (text.length !== 24 || text[23] !== 'Z' || text[19] !== '.' || digits(text, 20, 3) < 0) return null;
  return validUpToSeconds(text) ? text : null;
}

/** `Date#toISOString` of any instant Date.parse reads (the fast way when it is UTC already); null when it reads none. */
export function isoInstant(text: string): string | null {
  const fast = utcIso(text);
  if (fast !== null) return fast;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
