import { textMemo } from '../shared/text-memo';

/**
 * Small readers for Caliper values that arrive in either shape: an IRI string or an embedded
 * object. They take `unknown` and never throw.
 */

/** The embedded object behind a reference, or null for an IRI string or anything else. */
export function embedded(value: unknown): Readonly<Record<string, unknown>> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return value as Record<string, unknown>;
}

/** The id of a reference: the IRI string itself, or the embedded object's id. */
export function refId(value: unknown): string | null {
  if (typeof value === 'string') return value.length > 0 ? value : null;
  const id = embedded(value)?.['id'];
  return typeof id === 'string' && id.length > 0 ? id : null;
}

/** The type of an embedded reference, or null for an IRI string (its type is not stated). */
export function refType(value: unknown): string | null {
  const type = embedded(value)?.['type'];
  return typeof type === 'string' ? type : null;
}

/** A Caliper term (type, action, metric) safe to use as a count key or in a detail; else 'onbekend'. */
export const safeName = (value: unknown): string => (typeof value === 'string' && /^[A-Za-z][A-Za-z0-9]{0,59}$/.test(value) ? value : 'onbekend');

const DURATION = /^P(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/;

/**
 * An ISO 8601 duration (PT50M12S, P1DT2H, PT0.5S) in whole seconds, or null when absent or
 * unreadable. Years and months have no fixed length and are not accepted.
 */
export function isoDurationSeconds(value: unknown): number | null {
  return typeof value === 'string' ? durationOf(value) : null;
}

function readDuration(value: string): number | null {
  if (value.length > 100 || value === 'P' || value.endsWith('T')) return null;
  const match = DURATION.exec(value);
  if (!match) return null;
  const [weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part.replace(',', '.'))));
  const total = (weeks ?? 0) * 604_800 + (days ?? 0) * 86_400 + (hours ?? 0) * 3_600 + (minutes ?? 0) * 60 + (seconds ?? 0);
  return Number.isFinite(total) ? Math.round(total) : null;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * UUIDs in the ids of an entity's learningObjectives (SLO goals are identified by UUID, e.g.
 * https://opendata.slo.nl/curriculum/uuid/<uuid>), lower-cased, without duplicates.
 */
export function learningObjectiveUuids(entity: unknown): string[] {
  const objectives = embedded(entity)?.['learningObjectives'];
  if (!Array.isArray(objectives)) return [];
  const found = new Set<string>();
  for (const objective of objectives.slice(0, 100)) {
    const id = refId(objective);
    if (id === null || id.length > 2048) continue;
    for (const match of id.matchAll(UUID)) found.add(match[0].toLowerCase());
  }
  return [...found];
}

/** A store sends the same few durations again and again: each distinct text is read once. */
const durationOf = textMemo(readDuration);
