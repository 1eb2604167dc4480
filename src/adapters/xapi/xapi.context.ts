import type { GoalId } from '@/domain/ids';

/**
 * SLO UUIDs -> goals. Given to the adapter by the app (the curriculum lookup); the default knows none.
 * `level` is the record's own level label when it has one (an SLO niveau UUID among the uuids also counts).
 */
export type ResolveSloIds = (uuids: readonly string[], level?: string | null) => readonly GoalId[];
export const resolveNoSloIds: ResolveSloIds = () => [];

type ActivityList = readonly { readonly id: string }[] | undefined;
export interface ContextActivities {
  readonly parent?: ActivityList;
  readonly grouping?: ActivityList;
  readonly category?: ActivityList;
  readonly other?: ActivityList;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** An IRI on SLO's own host (opendata.slo.nl or another *.slo.nl): only there is a UUID an SLO id. */
function isSloIri(iri: string): boolean {
  try {
    const host = new URL(iri).hostname.toLowerCase();
    return host === 'slo.nl' || host.endsWith('.slo.nl');
  } catch {
    return false;
  }
}

/**
 * SLO UUIDs named by the statement's context activities (parent, grouping, category, other),
 * e.g. https://opendata.slo.nl/curriculum/uuid/<uuid>. Lower case, without duplicates, in order.
 * UUIDs on other hosts (cmi5 registrations, LMS ids) are not SLO ids and are ignored.
 */
export function sloUuidsOf(activities: ContextActivities | undefined): string[] {
  if (activities === undefined) return [];
  const found = new Set<string>();
  for (const list of [activities.parent, activities.grouping, activities.category, activities.other]) {
    for (const activity of list ?? []) {
      if (!isSloIri(activity.id)) continue;
      for (const uuid of activity.id.match(UUID) ?? []) found.add(uuid.toLowerCase());
    }
  }
  return [...found];
}

/**
 * A number from context.extensions, by exact key or by a key pattern, within min..max
 * (and whole when asked), or null when absent or out of range.
 */
export function contextNumber(
  extensions: Readonly<Record<string, unknown>> | undefined,
  key: string | RegExp,
  min: number,
  max: number,
  integer = false,
): number | null {
  if (extensions === undefined) return null;
  const name = typeof key === 'string' ? key : Object.keys(extensions).find((candidate) => key.test(candidate));
  if (name === undefined || !Object.prototype.hasOwnProperty.call(extensions, name)) return null;
  const value = extensions[name];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) return null;
  if (integer && !Number.isInteger(value)) return null;
  return value;
}
