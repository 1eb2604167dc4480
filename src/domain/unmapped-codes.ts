/** A supplier code no goal is mapped to, with how many results carry it. */
export interface UnmappedCode {
  readonly code: string;
  readonly count: number;
}

/** How often each code occurs, most frequent first (ties in the order first seen). */
export function countCodes(codes: Iterable<string>): UnmappedCode[] {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count);
}

/** The codes of results that map to no goal yet, with how many results carry each, most frequent first. */
export function unmappedCodesOf(results: Iterable<{ readonly code: string; readonly goals: readonly unknown[] }>): UnmappedCode[] {
  const codes: string[] = [];
  for (const result of results) if (result.goals.length === 0) codes.push(result.code);
  return countCodes(codes);
}
