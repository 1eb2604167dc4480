import { guarded, isNullish, isNumber, isObject, isText, isWhole, patternOf } from '../shared/guards';
import { SOMMENSPOOR_BANDS, SommenspoorSession, SommenspoorSessionsPage } from './sommenspoor.schema';

const INSTANT = patternOf(SommenspoorSession.shape.started_at);
const BANDS: ReadonlySet<unknown> = new Set(SOMMENSPOOR_BANDS);

const isAbility = (value: unknown) => isObject(value) && (isNullish(value['rating']) || isNumber(value['rating'])) && BANDS.has(value['band']);

/**
 * True only for a session SommenspoorSession accepts (its output is then this value without unknown
 * keys): each check is the schema's constraint for that field. False sends the session to zod.
 */
export function isSommenspoorSession(raw: unknown): raw is SommenspoorSession {
  if (!isObject(raw)) return false;
  const { student, items, duration_sec: duration, ability } = raw;
  return (
    isText(raw['session_id'], 1, 200) &&
    isObject(student) &&
    isText(student['eckid'], 1) &&
    isText(raw['domain_code'], 1, 64) &&
    (raw['mode'] === 'oefenen' || raw['mode'] === 'toets') &&
    typeof raw['started_at'] === 'string' &&
    INSTANT.test(raw['started_at']) &&
    (isNullish(duration) || (isNumber(duration) && duration >= 0)) &&
    isObject(items) &&
    isWhole(items['total'], 1) &&
    isWhole(items['correct'], 0) &&
    (isNullish(ability) || isAbility(ability))
  );
}

/** The sessions envelope, guarded: what SommenspoorSessionsPage gives, without zod for a well-formed page. */
export const sommenspoorSessionsPage = guarded(SommenspoorSessionsPage, (value) => {
  if (!isObject(value) || !Array.isArray(value['data'])) return undefined;
  const { next_cursor: next, total } = value;
  if (!(next === null || isText(next, 1, 2000)) || !(total === undefined || isWhole(total, 0))) return undefined;
  // A copy of the list, as zod makes (a hole in it becomes undefined).
  const data: unknown[] = [...value['data']];
  // An optional key zod keeps when the value names it (`in`, as zod tests), even when it is undefined.
  return 'total' in value ? { data, next_cursor: next, total } : { data, next_cursor: next };
});
