/**
 * Follows SLO's replacedBy links to the UUIDs that stand today. A chain (A -> B -> C) ends at C;
 * a split (A -> B, C) yields both; a cycle ends where it closes. An id that was never replaced
 * has no successors (an empty list). Pure: the links are passed in.
 */
export function followReplacements(uuid: string, replacedBy: ReadonlyMap<string, readonly string[]>): string[] {
  const start = uuid.toLowerCase();
  const found: string[] = [];
  const seen = new Set<string>([start]);
  const visit = (id: string) => {
    for (const next of replacedBy.get(id) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      if ((replacedBy.get(next)?.length ?? 0) > 0) visit(next);
      else found.push(next);
    }
  };
  visit(start);
  return found;
}

/** The ids that were replaced, directly or through a chain, by this one (the other way round). */
export function predecessorsOf(uuid: string, replacedBy: ReadonlyMap<string, readonly string[]>): string[] {
  const target = uuid.toLowerCase();
  return [...replacedBy.keys()].filter((id) => id !== target && followReplacements(id, replacedBy).includes(target));
}
