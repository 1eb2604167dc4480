import { guarded, isNullish, isNumber, isObject, isText, patternOf } from '../shared/guards';
import { XapiScoredStatement, XapiStatementResult } from './xapi.schema';

const GUID = patternOf(XapiScoredStatement.shape.id);
const INSTANT = patternOf(XapiScoredStatement.shape.timestamp.unwrap());

const isIri = (value: unknown) => isText(value, 1, 2048);
const isGuid = (value: unknown) => typeof value === 'string' && GUID.test(value);
const isInstant = (value: unknown) => value === undefined || (typeof value === 'string' && INSTANT.test(value));
const isOptionalNumber = (value: unknown) => value === undefined || isNumber(value);
const isOptionalBoolean = (value: unknown) => value === undefined || typeof value === 'boolean';

/** A context activity list in the form xAPI 1.0.3 sends (a list; a single object is left to zod, which makes it a list). */
function isActivityList(value: unknown): boolean {
  if (value === undefined) return true;
  if (!Array.isArray(value) || value.length > 200) return false;
  for (const activity of value) if (!isObject(activity) || !isIri(activity['id'])) return false;
  return true;
}

/** Extensions as z.record takes them and copies them whole: a plain object whose keys are strings of at most 2048 units. */
function isExtensions(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isObject(value) || Object.getPrototypeOf(value) !== Object.prototype || Object.hasOwn(value, 'constructor')) return false;
  for (const key of Reflect.ownKeys(value)) if (typeof key !== 'string' || key.length > 2048 || key === '__proto__') return false;
  return true;
}

function isScore(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isObject(value)) return false;
  const { scaled } = value;
  return (
    (scaled === undefined || (isNumber(scaled) && scaled >= -1 && scaled <= 1)) &&
    isOptionalNumber(value['raw']) &&
    isOptionalNumber(value['min']) &&
    isOptionalNumber(value['max'])
  );
}

function isResult(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isObject(value)) return false;
  const { duration } = value;
  return (
    isScore(value['score']) &&
    isOptionalBoolean(value['success']) &&
    isOptionalBoolean(value['completion']) &&
    (duration === undefined || isText(duration, 0, 64))
  );
}

function isContext(value: unknown): boolean {
  if (value === undefined) return true;
  if (!isObject(value)) return false;
  const { registration, contextActivities: lists } = value;
  if (!(registration === undefined || isGuid(registration)) || !isExtensions(value['extensions'])) return false;
  if (lists === undefined) return true;
  return (
    isObject(lists) &&
    isActivityList(lists['parent']) &&
    isActivityList(lists['grouping']) &&
    isActivityList(lists['category']) &&
    isActivityList(lists['other'])
  );
}

function isActivity(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { objectType, definition } = value;
  return (
    (objectType === undefined || objectType === 'Activity') &&
    isIri(value['id']) &&
    (definition === undefined || (isObject(definition) && (definition['type'] === undefined || isIri(definition['type']))))
  );
}

/**
 * True only for a statement XapiScoredStatement accepts and whose parsed form the mapper reads the
 * same (unknown keys aside, which it never reads; context activities already lists). False sends
 * the statement to zod.
 */
export function isXapiScoredStatement(raw: unknown): raw is XapiScoredStatement {
  if (!isObject(raw)) return false;
  return (
    isGuid(raw['id']) &&
    isActivity(raw['object']) &&
    isInstant(raw['timestamp']) &&
    isInstant(raw['stored']) &&
    isResult(raw['result']) &&
    isContext(raw['context'])
  );
}

/** The StatementResult envelope, guarded: what XapiStatementResult gives, without zod for a well-formed page. */
export const xapiStatementResult = guarded(XapiStatementResult, (value) => {
  if (!isObject(value) || !Array.isArray(value['statements'])) return undefined;
  const { more } = value;
  if (!(isNullish(more) || isText(more, 0, 4096))) return undefined;
  // A copy of the list, as zod makes; an optional key zod keeps when the value names it (`in`, as zod tests).
  const statements: unknown[] = [...value['statements']];
  return 'more' in value ? { statements, more } : { statements };
});
