import { goalsBySloId } from '@/curriculum';
import { oneLevelPerStrand } from '@/curriculum/slo-level-choice';
import { goalId, type GoalId } from '@/domain/ids';
import { followReplacements, predecessorsOf } from './successors';

/**
 * What this browser knows about SLO replacements and imported goals, held in memory so the
 * synchronous adapters (xAPI, Caliper) can use it. The store fills it when it reads or imports
 * the curriculum table (store/curriculum.repo.ts); before that it is empty and changes nothing.
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

/** The SLO UUIDs that replace this one today (chains followed, splits give all, cycle-safe). */
export const successorOf = (uuid: string): string[] => followReplacements(uuid, replacedBy);

/** Our goals for one SLO UUID as named: built-in goals first, else an imported goal that is not replaced. */
const goalsFor = (uuid: string): GoalId[] => {
  const builtIn = goalsBySloId(uuid).map((goal) => goal.id);
  if (builtIn.length > 0) return builtIn;
  return imported.has(uuid) && !replacedBy.has(uuid) ? [goalId(uuid)] : [];
};

/**
 * SLO UUIDs named by a record (xAPI contextActivities, Caliper learningObjectives) -> our goals.
 * A UUID SLO replaced resolves through its successors; a successor of a UUID one of our goals
 * carries resolves to that goal too, so goals keep working on either side of a replacement.
 * The levels of a strand share their SLO ids, so the result lands on one level per strand: the
 * record's own (`level`, a label such as 1F, or an SLO niveau UUID among `uuids`), else the lowest
 * level that carries the id (oneLevelPerStrand, decision 012).
 */
export function resolveSloUuids(uuids: readonly string[], level: string | null = null): GoalId[] {
  const resolved = uuids.flatMap((raw) => {
    const uuid = raw.toLowerCase();
    const cached = resolvedCache.get(uuid);
    if (cached) return cached;
    const direct = goalsFor(uuid);
    const goals = direct.length > 0 ? direct : [...successorOf(uuid), ...predecessorsOf(uuid, replacedBy)].flatMap(goalsFor);
    // Bounded: a hostile feed naming endless distinct UUIDs must not grow memory without end.
    if (resolvedCache.size < 10_000) resolvedCache.set(uuid, goals);
    return goals;
  });
  return oneLevelPerStrand([...new Set(resolved)], { uuids, label: level });
}

/** What setSloLinks was last given, as plain data (to hand to the file worker, decision 023). */
export const currentSloLinks = (): { links: [string, readonly string[]][]; imported: string[] } => ({
  links: [...replacedBy],
  imported: [...imported],
});
