import { fieldVerdict } from '../shared/field-verdict';
import { isUtcInstant } from '../shared/utc-iso';
import { guarded, isNullish, isNumber, isObject, isText, isWhole, patternOf } from '../shared/guards';
import { SOMMENSPOOR_BANDS, SommenspoorSession, SommenspoorSessionsPage } from './sommenspoor.schema';

const INSTANT = patternOf(SommenspoorSession.shape.started_at);
const BANDS: ReadonlySet<unknown> = new Set(SOMMENSPOOR_BANDS);

const isAbility = (value: unknown) => isObject(value) && (isNullish(value['rating']) || isNumber(value['rating'])) && BANDS.has(value['band']);

/** Each field of SommenspoorSession with its check: the schema's constraints for that field. */
const FIELDS = {
  session_id: (value: unknown) => isText(value, 1, 200),
  student: (value: unknown) => isObject(value) && isText(value['eckid'], 1),
  domain_code: (value: unknown) => isText(value, 1, 64),
  mode: (value: unknown) => value === 'oefenen' || value === 'toets',
  // The UTC form suppliers send is read by its digits (the mapper reads the same text next); other forms by the schema's pattern.
  started_at: (value: unknown) => typeof value === 'string' && (isUtcInstant(value) || INSTANT.test(value)),
  duration_sec: (value: unknown) => isNullish(value) || (isNumber(value) && value >= 0),
  items: (value: unknown) => isObject(value) && isWhole(value['total'], 1) && isWhole(value['correct'], 0),
  ability: (value: unknown) => isNullish(value) || isAbility(value),
};

/**
 * True only for a session SommenspoorSession accepts (its output is then this value without unknown
 * keys): each check is the schema's constraint for that field. False sends the session to
 * sommenspoorVerdict.
 */
export function isSommenspoorSession(raw: unknown): raw is SommenspoorSession {
  return (
    isObject(raw) &&
    FIELDS.session_id(raw['session_id']) &&
    FIELDS.student(raw['student']) &&
    FIELDS.domain_code(raw['domain_code']) &&
    FIELDS.mode(raw['mode']) &&
    FIELDS.started_at(raw['started_at']) &&
    FIELDS.duration_sec(raw['duration_sec']) &&
    FIELDS.items(raw['items']) &&
    FIELDS.ability(raw['ability'])
  );
}

/** What SommenspoorSession says of a session the guard did not pass (its output, or its first issue), reading only the failing field. */
export const sommenspoorVerdict = fieldVerdict(SommenspoorSession, FIELDS);

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
