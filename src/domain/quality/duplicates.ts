import type { Result } from '../model';
import type { SourceId } from '../ids';
import { instantMs } from '../progress/instant';

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

/** Codes in order of first appearance. */
class Codes<K> {
  readonly codes = new Map<K, number>();
  of(key: K): number {
    let code = this.codes.get(key);
    if (code === undefined) this.codes.set(key, (code = this.codes.size));
    return code;
  }
}

/** The outcome part of an attempt: the same score (to 6 decimals of its 0..1 value), or outcome. */
function outcomeText(result: Result): string {
  const { score } = result;
  return score
    ? `s${(score.max === score.min ? score.scaled : (score.raw - score.min) / (score.max - score.min)).toFixed(6)}`
    : `o${String(result.success)}|${String(result.completion)}|${result.level ?? ''}`;
}

/**
 * Per result the code of its attempt (same pupil, same goals in any order, same outcome), codes in
 * order of first appearance; -1 for a result whose time cannot be read. Numbers, not one string per
 * result: this runs over every result a view reads.
 */
function attemptsOf(results: readonly Result[], ms: Float64Array): { attempt: Int32Array; count: number } {
  const pupils = new Codes<string>();
  const goalSets = new Codes<string>();
  const outcomes = new Codes<string>();
  // The same score value gives the same outcome text: toFixed once per distinct value.
  const byValue = new Map<number, number>();
  const parts = new Int32Array(results.length * 3);
  let lastPupil: string | null = null;
  let pupilCode = -1;
  for (let i = 0; i < results.length; i += 1) {
    const result = results[i] as Result;
    ms[i] = instantMs(result.time); // Date.parse's answer
    if (Number.isNaN(ms[i] as number)) continue;
    if (result.pupil !== lastPupil) pupilCode = pupils.of((lastPupil = result.pupil));
    const { goals, score } = result;
    const goalSet = goals.length === 1 ? (goals[0] as string) : [...goals].sort().join(',');
    let outcome: number | undefined;
    if (score && score.max !== score.min) {
      const value = (score.raw - score.min) / (score.max - score.min);
      outcome = byValue.get(value);
      if (outcome === undefined) byValue.set(value, (outcome = outcomes.of(outcomeText(result))));
    } else outcome = outcomes.of(outcomeText(result));
    parts[3 * i] = pupilCode;
    parts[3 * i + 1] = goalSets.of(goalSet);
    parts[3 * i + 2] = outcome;
  }
  const goalCount = goalSets.codes.size;
  const outcomeCount = outcomes.codes.size;
  const exact = pupils.codes.size * goalCount * outcomeCount < Number.MAX_SAFE_INTEGER;
  const attempts = new Codes<number | string>();
  const attempt = new Int32Array(results.length);
  for (let i = 0; i < results.length; i += 1) {
    if (Number.isNaN(ms[i] as number)) attempt[i] = -1;
    else {
      const p = parts[3 * i] as number;
      const g = parts[3 * i + 1] as number;
      const o = parts[3 * i + 2] as number;
      attempt[i] = attempts.of(exact ? (p * goalCount + g) * outcomeCount + o : `${p},${g},${o}`);
    }
  }
  return { attempt, count: attempts.codes.size };
}

/**
 * The same attempt reported twice (same pupil, same goals, same score, times within a minute; from
 * one source or two) counts once: the earliest report is kept. A result whose time cannot be read is
 * always kept. Every view that computes mastery and `npm run report` count through this.
 */
export function deduplicate(results: readonly Result[]): Deduplicated {
  const ms = new Float64Array(results.length);
  const { attempt, count } = attemptsOf(results, ms);
  // The reports of each attempt, in result order (a CSR layout): start[a] .. start[a + 1].
  const start = new Int32Array(count + 1);
  for (const a of attempt) if (a >= 0) start[a + 1] = (start[a + 1] as number) + 1;
  for (let a = 0; a < count; a += 1) start[a + 1] = (start[a + 1] as number) + (start[a] as number);
  const fill = start.slice(0, count);
  const reports = new Int32Array(start[count] as number);
  attempt.forEach((a, index) => {
    if (a >= 0) reports[(fill[a] as number)++] = index;
  });
  const dropped = new Uint8Array(results.length);
  const bySource = new Map<SourceId, number>();
  let duplicates = 0;
  let acrossSources = 0;
  // Attempts in order of their first report, each report's time in order (earliest first, then as listed).
  for (let a = 0; a < count; a += 1) {
    if ((start[a + 1] as number) - (start[a] as number) < 2) continue;
    const list = Array.from(reports.subarray(start[a], start[a + 1])).sort((x, y) => (ms[x] as number) - (ms[y] as number) || x - y);
    let kept = list[0] as number;
    for (const next of list.slice(1)) {
      if ((ms[next] as number) - (ms[kept] as number) > DUPLICATE_WINDOW_MS) {
        kept = next;
        continue;
      }
      dropped[next] = 1;
      duplicates += 1;
      const source = results[next]!.source;
      bySource.set(source, (bySource.get(source) ?? 0) + 1);
      if (source !== results[kept]!.source) acrossSources += 1;
    }
  }
  if (duplicates === 0) return { kept: results, duplicates, bySource, acrossSources };
  return { kept: results.filter((_, index) => dropped[index] === 0), duplicates, bySource, acrossSources };
}
