import type { SourceId } from '@/domain/ids';
import type { Result } from '@/domain/model';

/** What a tally needs of a stored result. */
export type Tallied = Pick<Result, 'source' | 'code' | 'goals'>;

/** A source's stored results, counted as they are written (decision 034). */
export interface SourceTally {
  readonly source: SourceId;
  readonly results: number;
}

/** How many of a source's stored results carry a code that maps to no goal; a row only while the count is above 0. */
export interface CodeTally {
  readonly source: SourceId;
  readonly code: string;
  readonly unmapped: number;
}

/** The change one write makes to the tallies: per source the results, per source and code the unmapped results. */
export class TallyDelta {
  readonly results = new Map<SourceId, number>();
  readonly unmapped = new Map<SourceId, Map<string, number>>();

  /**
   * Counts a result in (+1) or out (-1). A row stored without a code or a goals list (written before
   * either was required) counts as a result but names no unmapped code, as decision 022's index left it out.
   */
  count(row: Tallied, sign: 1 | -1): void {
    this.results.set(row.source, (this.results.get(row.source) ?? 0) + sign);
    if (typeof row.code !== 'string' || !Array.isArray(row.goals) || row.goals.length > 0) return;
    const codes = this.unmapped.get(row.source) ?? new Map<string, number>();
    codes.set(row.code, (codes.get(row.code) ?? 0) + sign);
    this.unmapped.set(row.source, codes);
  }

  /** The [source, code] pairs whose count changes. */
  codeKeys(): [SourceId, string][] {
    return [...this.unmapped].flatMap(([source, codes]) =>
      [...codes].filter(([, n]) => n !== 0).map(([code]) => [source, code] as [SourceId, string]),
    );
  }

  /** The delta as tally rows (a delta counted from nothing is the tallies of those rows). */
  rows(): { sources: SourceTally[]; codes: CodeTally[] } {
    return {
      sources: [...this.results].filter(([, n]) => n !== 0).map(([source, results]) => ({ source, results })),
      codes: this.codeKeys().map(([source, code]) => ({ source, code, unmapped: this.unmapped.get(source)?.get(code) ?? 0 })),
    };
  }
}

/** The tallies counted afresh from rows (tests check the kept ones against this). */
export function talliesOf(rows: Iterable<Tallied>): { sources: SourceTally[]; codes: CodeTally[] } {
  const delta = new TallyDelta();
  for (const row of rows) delta.count(row, 1);
  return delta.rows();
}

/**
 * The delta of writing `after[i]` where `before[i]` was stored (undefined: nothing was, or it is a
 * delete). Positions in `failed` were not written and change nothing. A key written twice in one
 * request counts once, as the store keeps only the last value.
 */
export function deltaOf(
  keys: readonly unknown[],
  before: readonly (Tallied | undefined)[],
  after: readonly (Tallied | undefined)[] | null,
  failed: ReadonlySet<number>,
): TallyDelta {
  const delta = new TallyDelta();
  const current = new Map<unknown, Tallied | undefined>();
  keys.forEach((key, i) => {
    if (failed.has(i)) return;
    const old = current.has(key) ? current.get(key) : before[i];
    const next = after ? after[i] : undefined;
    if (old) delta.count(old, -1);
    if (next) delta.count(next, 1);
    current.set(key, next);
  });
  return delta;
}

/** A tally below zero means the tallies and the rows disagree: never written (the write is refused, not clamped). */
export function checkedCount(now: number, change: number, what: string): number {
  const count = now + change;
  if (count < 0) throw new Error(`telling klopt niet: ${what} zou ${count} worden`);
  return count;
}
