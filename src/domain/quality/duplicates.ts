import type { Result } from '../model';
import type { SourceId } from '../ids';

/** Two reports of one attempt are at most this far apart in time (issue 14 item 3). */
export const DUPLICATE_WINDOW_MS = 60_000;

export interface Deduplicated {
  /** The results counted, in their original order: each attempt once (the earliest report of it). */
  readonly kept: readonly Result[];
  /** Reports left out as a second report of an attempt already kept. */
  readonly duplicates: number;
  /** Left-out reports per source that sent them. */
  readonly bySource: ReadonlyMap<SourceId, number>;
  /** Of those, how many repeat a report from another source (e.g. an LRS fed by a tool also connected directly). */
  readonly acrossSources: number;
}

/** What makes two reports the same attempt besides the time: pupil, goals and the same score (or outcome). */
function attemptKey(result: Result): string {
  const goals = [...result.goals].sort().join(',');
  const outcome = result.score
    ? `s${(result.score.max === result.score.min ? result.score.scaled : (result.score.raw - result.score.min) / (result.score.max - result.score.min)).toFixed(6)}`
    : `o${String(result.success)}|${String(result.completion)}|${result.level ?? ''}`;
  return `${result.pupil}\u0000${goals}\u0000${outcome}`;
}

/**
 * The same attempt reported twice (same pupil, same goals, same score, times within a minute; from
 * one source or two) counts once: the earliest report is kept. A result whose time cannot be read is
 * always kept. Every view that computes mastery and `npm run report` count through this.
 */
export function deduplicate(results: readonly Result[]): Deduplicated {
  const byAttempt = new Map<string, { index: number; ms: number }[]>();
  results.forEach((result, index) => {
    const ms = Date.parse(result.time);
    if (!Number.isFinite(ms)) return;
    const key = attemptKey(result);
    const list = byAttempt.get(key);
    if (list) list.push({ index, ms });
    else byAttempt.set(key, [{ index, ms }]);
  });
  const dropped = new Uint8Array(results.length);
  const bySource = new Map<SourceId, number>();
  let duplicates = 0;
  let acrossSources = 0;
  for (const list of byAttempt.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.ms - b.ms || a.index - b.index);
    let kept = list[0]!;
    for (const next of list.slice(1)) {
      if (next.ms - kept.ms > DUPLICATE_WINDOW_MS) {
        kept = next;
        continue;
      }
      dropped[next.index] = 1;
      duplicates += 1;
      const source = results[next.index]!.source;
      bySource.set(source, (bySource.get(source) ?? 0) + 1);
      if (source !== results[kept.index]!.source) acrossSources += 1;
    }
  }
  if (duplicates === 0) return { kept: results, duplicates, bySource, acrossSources };
  return { kept: results.filter((_, index) => dropped[index] === 0), duplicates, bySource, acrossSources };
}
