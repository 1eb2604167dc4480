import type { GoalId } from '@/domain/ids';
import { followReplacements } from './successors';

/**
 * What this browser knows about SLO replacements and imported goals, held in memory so the
 * synchronous adapters (xAPI, Caliper) can use it. The store fills it when it reads or imports
 * the curriculum table (store/curriculum.repo.ts); before that it is empty and changes nothing.
 * Resolving UUIDs to goals is slo-resolve.ts (it needs the built-in lines, which the first page
 * does not load before its first paint; this file stays without them).
 */
let replacedBy: ReadonlyMap<string, readonly string[]> = new Map();
let imported: ReadonlySet<string> = new Set();
/**
 * Goals per SLO UUID as resolved with the current links. An import sync resolves the same few
 * UUIDs for every record, and finding predecessors walks every replaced UUID: once per UUID is enough.
 */
const resolvedCache = new Map<string, readonly GoalId[]>();

export function setSloLinks(links: ReadonlyMap<string, readonly string[]>, importedGoalIds: Iterable<string>): void {
  replacedBy = links;
  imported = new Set(importedGoalIds);
  resolvedCache.clear();
}

/** The links and imported goal ids as set now, with the cache of UUIDs resolved with them (emptied by setSloLinks). */
export const sloLinksNow = () => ({ replacedBy, imported, resolvedCache });

/** The SLO UUIDs that replace this one today (chains followed, splits give all, cycle-safe). */
export const successorOf = (uuid: string): string[] => followReplacements(uuid, replacedBy);

/** What setSloLinks was last given, as plain data (to hand to the file worker, decision 023). */
export const currentSloLinks = (): { links: [string, readonly string[]][]; imported: string[] } => ({
  links: [...replacedBy],
  imported: [...imported],
});
