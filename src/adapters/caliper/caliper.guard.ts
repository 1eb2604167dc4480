import type { z } from 'zod';
import { guarded, isNullish, isNumber, isObject, isText, isWhole, patternOf, type Parser } from '../shared/guards';
import {
  CALIPER_RESPONSE_TYPE,
  CaliperAssessmentEvent,
  CaliperAssessmentItemEvent,
  CaliperEnvelope,
  CaliperEnvelopesPage,
  CaliperGradeEvent,
  CaliperMeasure,
  CaliperToolUseEvent,
} from './caliper.schema';

/**
 * Guards for Caliper's schemas (docs/decisions/030-guards-before-zod.md). Caliper's objects are
 * loose: zod's output is a copy with every key, so for a value a guard passes zod's output equals
 * the value itself, and the mappers read the value. Zod drops an own `__proto__` key of a loose
 * object; such an object is left to zod.
 */

const INSTANT = patternOf(CaliperGradeEvent.shape.eventTime);

/** A plain object z.looseObject gives back equal to itself. */
const isLoose = (value: unknown): value is Readonly<Record<string, unknown>> => isObject(value) && !Object.hasOwn(value, '__proto__');

const isIri = (value: unknown): value is string => isText(value, 1, 2048);
const isTypeName = (value: unknown) => isText(value, 1, 100);
const isOptionalTypeName = (value: unknown) => value === undefined || isTypeName(value);
const isNullishTypeName = (value: unknown) => isNullish(value) || isTypeName(value);
const isNullishNumber = (value: unknown) => isNullish(value) || isNumber(value);
const isNullishBoolean = (value: unknown) => isNullish(value) || typeof value === 'boolean';

/** A list of at most `max` items without holes (zod's copy of a list with a hole holds undefined there). */
function isDenseList(value: unknown, max: number): value is readonly unknown[] {
  if (!Array.isArray(value) || value.length > max) return false;
  for (let index = 0; index < value.length; index += 1) if (!(index in value)) return false;
  return true;
}

/** CaliperRef: an IRI, or an embedded entity with an IRI id. */
const isRef = (value: unknown) => isIri(value) || (isLoose(value) && isIri(value['id']) && isOptionalTypeName(value['type']));
const isNullishRef = (value: unknown) => isNullish(value) || isRef(value);

/** CaliperPersonRef: an IRI, or an embedded Person whose id and type may be missing. */
const isPersonRef = (value: unknown) =>
  isIri(value) || (isLoose(value) && (isNullish(value['id']) || isIri(value['id'])) && isNullishTypeName(value['type']));

/** The attempt's fields but its type (attemptShape); the assignee as given (GradeEvent's must be there). */
function isAttemptFields(value: Readonly<Record<string, unknown>>, assignee: boolean): boolean {
  const { count, duration } = value;
  return (
    (assignee ? isPersonRef(value['assignee']) : isNullish(value['assignee']) || isPersonRef(value['assignee'])) &&
    isNullishRef(value['assignable']) &&
    (isNullish(count) || (isWhole(count, 0) && count <= 100_000)) &&
    (isNullish(duration) || isText(duration, 0, 100))
  );
}

/** CaliperAttempt, or an IRI (union([Iri, CaliperAttempt])), or nothing. */
const isNullishAttemptRef = (value: unknown) =>
  isNullish(value) || isIri(value) || (isLoose(value) && value['type'] === 'Attempt' && isAttemptFields(value, false));

/** The fields every event schema checks the same way: id and eventTime. */
function isEventBase(raw: unknown): raw is Readonly<Record<string, unknown>> {
  if (!isLoose(raw)) return false;
  const { eventTime } = raw;
  return isText(raw['id'], 1, 512) && typeof eventTime === 'string' && INSTANT.test(eventTime);
}

export function isCaliperGradeEvent(raw: unknown): raw is CaliperGradeEvent {
  if (!isEventBase(raw)) return false;
  const { object, generated } = raw;
  return (
    isLoose(object) &&
    object['type'] === 'Attempt' &&
    isAttemptFields(object, true) &&
    isLoose(generated) &&
    generated['type'] === 'Score' &&
    isNullishNumber(generated['scoreGiven']) &&
    isNullishNumber(generated['totalScore']) &&
    isNullishNumber(generated['maxScore'])
  );
}

export function isCaliperAssessmentEvent(raw: unknown): raw is CaliperAssessmentEvent {
  return isEventBase(raw) && isPersonRef(raw['actor']) && isRef(raw['object']) && isNullishAttemptRef(raw['generated']);
}

/** What an answered item generates: an IRI, or a Response (the schema's own pattern for its type). */
function isResponse(value: unknown): boolean {
  if (isNullish(value) || isIri(value)) return true;
  if (!isLoose(value)) return false;
  const { type, extensions } = value;
  return (
    (type === 'Response' || (typeof type === 'string' && CALIPER_RESPONSE_TYPE.test(type))) &&
    isNullishBoolean(value['isCorrect']) &&
    (isNullish(extensions) || (isLoose(extensions) && isNullishBoolean(extensions['isCorrect']))) &&
    isNullishAttemptRef(value['attempt'])
  );
}

export function isCaliperAssessmentItemEvent(raw: unknown): raw is CaliperAssessmentItemEvent {
  return isEventBase(raw) && isPersonRef(raw['actor']) && isRef(raw['object']) && isResponse(raw['generated']);
}

export function isCaliperToolUseEvent(raw: unknown): raw is CaliperToolUseEvent {
  if (!isEventBase(raw)) return false;
  const { generated } = raw;
  return (
    isPersonRef(raw['actor']) &&
    isRef(raw['object']) &&
    isNullishRef(raw['target']) &&
    isLoose(generated) &&
    generated['type'] === 'AggregateMeasureCollection' &&
    isDenseList(generated['items'], 1000)
  );
}

export function isCaliperMeasure(raw: unknown): raw is CaliperMeasure {
  if (!isLoose(raw)) return false;
  const { metricValue: value, maxMetricValue: max } = raw;
  return isTypeName(raw['metric']) && isNumber(value) && value >= 0 && (isNullish(max) || (isNumber(max) && max > 0));
}

/** A schema whose output is the value itself when `guard` passes it; zod reads any other value. */
const looseGuarded = <T>(schema: z.ZodType<T>, guard: (value: unknown) => value is T): Parser<T> =>
  guarded(schema, (value) => (guard(value) ? value : undefined));

export const caliperGradeEvent = looseGuarded(CaliperGradeEvent, isCaliperGradeEvent);
export const caliperAssessmentEvent = looseGuarded(CaliperAssessmentEvent, isCaliperAssessmentEvent);
export const caliperAssessmentItemEvent = looseGuarded(CaliperAssessmentItemEvent, isCaliperAssessmentItemEvent);
export const caliperToolUseEvent = looseGuarded(CaliperToolUseEvent, isCaliperToolUseEvent);
export const caliperMeasure = looseGuarded(CaliperMeasure, isCaliperMeasure);

/** An envelope, guarded: what CaliperEnvelope gives (a copy with every key, its data list copied). */
export const caliperEnvelope = guarded(CaliperEnvelope, (value): CaliperEnvelope | undefined => {
  if (!isLoose(value) || !Array.isArray(value['data'])) return undefined;
  const { sensor, sendTime, dataVersion } = value;
  if (!(sensor === undefined || isIri(sensor)) || !(sendTime === undefined || isText(sendTime, 0, 100))) return undefined;
  if (!(dataVersion === undefined || isText(dataVersion, 0, 2048))) return undefined;
  return { ...value, data: [...value['data']] };
});

/** The envelopes page, guarded: what CaliperEnvelopesPage gives (unknown keys dropped, the list copied). */
export const caliperEnvelopesPage = guarded(CaliperEnvelopesPage, (value): CaliperEnvelopesPage | undefined => {
  if (!isObject(value) || !Array.isArray(value['envelopes'])) return undefined;
  const { next, remaining } = value;
  if (!(next === null || isText(next, 1, 500)) || !(remaining === undefined || isWhole(remaining, 0))) return undefined;
  const envelopes: unknown[] = [...value['envelopes']];
  return 'remaining' in value ? { envelopes, next, remaining } : { envelopes, next };
});
