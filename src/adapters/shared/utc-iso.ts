/**
 * Instants the fast way: `Date#toISOString` of a text that is already UTC to the second or the
 * millisecond ("2026-03-05T08:15:00Z", "2026-03-05T08:15:00.250Z"), read from its digits without
 * Date.parse. Null for any other text (an offset, another precision, an impossible date): the caller
 * then takes the Date.parse path as before. tests/unit/adapters/shared/utc-iso.property.test.ts
 * checks that a non-null answer is always what `new Date(Date.parse(text)).toISOString()` gives.
 */

const ZERO = 48;
const NINE = 57;

/** The number written by the digits of text[from..to), or -1 when one of them is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let at = from; at < to; at += 1) {
    const code = text.charCodeAt(at);
    if (code < ZERO || code > NINE) return -1;
    value = value * 10 + code - ZERO;
  }
  return value;
}

const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (year: number, month: number) => (month === 2 && leap(year) ? 29 : (DAYS[month - 1] ?? 0));

/** `YYYY-MM-DDTHH:MM:SS` with every field in range. */
function validUpToSeconds(text: string): boolean {
  if (text[4] !== '-' || text[7] !== '-' || text[10] !== 'T' || text[13] !== ':' || text[16] !== ':') return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  const hour = digits(text, 11, 13);
  const minute = digits(text, 14, 16);
  const second = digits(text, 17, 19);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
}

/** `Date#toISOString` of a UTC text to the second or millisecond; null for anything else. */
export function utcIso(text: string): string | null {
  if (text.length === 20) return text[19] === 'Z' && validUpToSeconds(text) ? `${text.slice(0, 19)}.000Z` : null;
  if (text.length !== 24 || text[23] !== 'Z' || text[19] !== '.' || digits(text, 20, 23) < 0) return null;
  return validUpToSeconds(text) ? text : null;
}

/** `Date#toISOString` of any instant Date.parse reads (the fast way when it is UTC already); null when it reads none. */
export function isoInstant(text: string): string | null {
  const fast = utcIso(text);
  if (fast !== null) return fast;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
