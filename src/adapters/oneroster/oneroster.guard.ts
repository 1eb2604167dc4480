import { guarded, isNullish, isNumber, isObject, isText } from '../shared/guards';
import { OneRosterResultsPage, SCORE_STATUSES, type OneRosterResult as Result } from './oneroster.schema';

/**
 * Guards for OneRoster's results (docs/decisions/030-guards-before-zod.md). OneRosterResult drops
 * unknown keys, trims texts and reads decimal strings as numbers: the guard passes only a result
 * whose known fields are already as zod gives them (numbers as numbers, texts without surrounding
 * white space), so the mapper, which reads only known fields, reads the same from the result as
 * from zod's output. Anything else goes to zod.
 */

const STATUSES: ReadonlySet<unknown> = new Set(SCORE_STATUSES);

const isRef = (value: unknown) => isObject(value) && isText(value['sourcedId'], 1, 256);
const isId = (value: unknown) => isText(value, 1, 2048);
/** Decimal as zod gives it: a number (a decimal string is zod's to read). */
const isNullishDecimal = (value: unknown) => isNullish(value) || isNumber(value);
/** Text as zod gives it: at most 256 units and already trimmed. */
const isNullishText = (value: unknown) => isNullish(value) || (isText(value, 0, 256) && value.trim() === value);

/** Every item of a list passes `item`; at most `max` of them (a hole fails: it is undefined). */
function isListOf(value: unknown, max: number, item: (value: unknown) => boolean): boolean {
  if (!Array.isArray(value) || value.length > max) return false;
  for (let index = 0; index < value.length; index += 1) if (!item(value[index])) return false;
  return true;
}

const isObjectiveResult = (value: unknown) =>
  isObject(value) && isId(value['learningObjectiveId']) && isNullishDecimal(value['score']) && isNullishText(value['textScore']);

function isObjectiveEntry(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { source, learningObjectiveResults: results, learningObjectiveIds: ids } = value;
  return (
    (source === undefined || isText(source, 0, 256)) &&
    (results === undefined || isListOf(results, 200, isObjectiveResult)) &&
    (ids === undefined || isListOf(ids, 200, isId))
  );
}

/** The text form of the schema's Decimal: trimmed, then digits with an optional sign and decimal point or comma. */
const DECIMAL_TEXT = /^-?\d+(?:[.,]\d+)?$/;

/**
 * A score text as the schema's Decimal reads it (trimmed, the pattern, a comma as the point), or
 * undefined for a text it refuses: the number zod's output holds. A number too large for a double
 * comes out infinite, as from zod; isNumber refuses it, so such a result still goes to zod.
 */
export function decimalOfText(text: string): number | undefined {
  const trimmed = text.trim();
  return DECIMAL_TEXT.test(trimmed) ? Number(trimmed.replace(',', '.')) : undefined;
}

/**
 * A result whose score arrives as text (every results.csv row, some servers) with that score as the
 * number zod would read it, so the guard can judge the rest; null when the score is no such text.
 */
export function withDecimalScore(raw: unknown): Readonly<Record<string, unknown>> | null {
  if (!isObject(raw) || typeof raw['score'] !== 'string') return null;
  const score = decimalOfText(raw['score']);
  return score === undefined ? null : { ...raw, score };
}

/** True only for a result OneRosterResult accepts, whose known fields zod gives back unchanged. False sends it to zod. */
export function isOneRosterResult(raw: unknown): raw is Result {
  if (!isObject(raw)) return false;
  const { status, scoreScale, scoreDate, dateLastModified: modified, learningObjectiveSet: set } = raw;
  return (
    isText(raw['sourcedId'], 1, 256) &&
    (status === undefined || status === 'active' || status === 'tobedeleted') &&
    isRef(raw['student']) &&
    isRef(raw['lineItem']) &&
    STATUSES.has(raw['scoreStatus']) &&
    isNullishDecimal(raw['score']) &&
    isNullishText(raw['textScore']) &&
    (isNullish(scoreScale) || isRef(scoreScale)) &&
    (isNullish(scoreDate) || isText(scoreDate, 0, 40)) &&
    (isNullish(modified) || isText(modified, 0, 40)) &&
    (isNullish(set) || isListOf(set, 50, isObjectiveEntry))
  );
}

/** The results envelope, guarded: what OneRosterResultsPage gives (the list copied, other keys dropped). */
export const oneRosterResultsPage = guarded(OneRosterResultsPage, (value) =>
  isObject(value) && Array.isArray(value['results']) ? { results: [...value['results']] } : undefined,
);
