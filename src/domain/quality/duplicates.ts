import type { Result } from '../model';
import type { SourceId } from '../ids';
import type { EncodedResults } from '../progress/encoded-results';
import { encodedSubset } from '../progress/encoded-subset';
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

/** Per result (a readable time in `ms`): its pupil's code and its goal set's code, each in order of first appearance. */
interface AttemptKeys {
  readonly pupilOf: (i: number) => number;
  readonly goalSetOf: (i: number) => number;
}

/** The goal set part of an attempt: one goal as it is, several sorted and joined (in any order the same). */
const goalSetText = (goals: readonly string[]) => (goals.length === 1 ? (goals[0] as string) : [...goals].sort().join(','));

/**
 * Per result the code of its attempt (same pupil, same goals in any order, same outcome), codes in
 * order of first appearance; -1 for a result whose time (`ms`) cannot be read. Numbers, not one
 * string per result: this runs over every result a view reads.
 */
function attemptsOf(results: readonly Result[], ms: Float64Array, keys: AttemptKeys): { attempt: Int32Array; count: number } {
  const outcomes = new Codes<string>();
  // The same score value gives the same outcome text: toFixed once per distinct value.
  const byValue = new Map<number, number>();
  const parts = new Int32Array(results.length * 3);
  let pupilCount = 0;
  let goalCount = 0;
  for (let i = 0; i < results.length; i += 1) {
    if (Number.isNaN(ms[i] as number)) continue;
    const result = results[i] as Result;
    const { score } = result;
    let outcome: number | undefined;
    if (score && score.max !== score.min) {
      const value = (score.raw - score.min) / (score.max - score.min);
      outcome = byValue.get(value);
      if (outcome === undefined) byValue.set(value, (outcome = outcomes.of(outcomeText(result))));
    } else outcome = outcomes.of(outcomeText(result));
    const p = keys.pupilOf(i);
    const g = keys.goalSetOf(i);
    if (p >= pupilCount) pupilCount = p + 1;
    if (g >= goalCount) goalCount = g + 1;
    parts[3 * i] = p;
    parts[3 * i + 1] = g;
    parts[3 * i + 2] = outcome;
  }
  const outcomeCount = outcomes.codes.size;
  const exact = pupilCount * goalCount * outcomeCount < Number.MAX_SAFE_INTEGER;
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

/** AttemptKeys read from the result objects. */
function keysOfResults(results: readonly Result[]): AttemptKeys {
  const pupils = new Codes<string>();
  const goalSets = new Codes<string>();
  let lastPupil: string | null = null;
  let pupilCode = -1;
  return {
    pupilOf: (i) => {
      const { pupil } = results[i] as Result;
      if (pupil !== lastPupil) pupilCode = pupils.of((lastPupil = pupil));
      return pupilCode;
    },
    goalSetOf: (i) => goalSets.of(goalSetText((results[i] as Result).goals)),
  };
}

/** AttemptKeys read from the encoding's codes (a one-goal set's code found once per goal). */
function keysOfEncoded(encoded: EncodedResults): AttemptKeys {
  const { goalStart, goalCodes } = encoded;
  const goalSets = new Codes<string>();
  const setOfGoal = new Int32Array(encoded.goals.length).fill(-1);
  return {
    pupilOf: (i) => encoded.pupil[i] as number,
    goalSetOf: (i) => {
      const from = goalStart[i] as number;
      if ((goalStart[i + 1] as number) - from !== 1) return goalSets.of(goalSetText((encoded.results[i] as Result).goals));
      const goal = goalCodes[from] as number;
      let set = setOfGoal[goal] as number;
      if (set < 0) setOfGoal[goal] = set = goalSets.of(encoded.goals[goal] as string);
      return set;
    },
  };
}

/** The reports of each attempt, in result order (a CSR layout): reports[start[a] .. start[a + 1]). A loop per function: each is optimised on its own. */
function reportsByAttempt(attempt: Int32Array, count: number): { start: Int32Array; reports: Int32Array } {
  const start = new Int32Array(count + 1);
  for (let i = 0; i < attempt.length; i += 1) {
    const a = attempt[i] as number;
    if (a >= 0) start[a + 1] = (start[a + 1] as number) + 1;
  }
  for (let a = 0; a < count; a += 1) start[a + 1] = (start[a + 1] as number) + (start[a] as number);
  const fill = start.slice(0, count);
  const reports = new Int32Array(start[count] as number);
  for (let i = 0; i < attempt.length; i += 1) {
    const a = attempt[i] as number;
    if (a >= 0) reports[(fill[a] as number)++] = i;
  }
  return { start, reports };
}

/**
 * The reports to leave out, given each result's attempt code (-1: always kept) and time: per attempt
 * the earliest report is kept, and each later one within DUPLICATE_WINDOW_MS of the last kept is
 * dropped (`onDrop(dropped, kept)`); attempts in order of their first report, each attempt's reports
 * by time (then as listed).
 */
function secondReports(attempt: Int32Array, count: number, ms: Float64Array, onDrop: (next: number, kept: number) => void): Uint8Array {
  const { start, reports } = reportsByAttempt(attempt, count);
  const dropped = new Uint8Array(attempt.length);
  for (let a = 0; a < count; a += 1)
    if ((start[a + 1] as number) - (start[a] as number) >= 2) dropLater(reports.subarray(start[a], start[a + 1]), ms, dropped, onDrop);
  return dropped;
}

/** Of one attempt's reports, the earliest is kept and each within DUPLICATE_WINDOW_MS of the last kept is dropped. */
function dropLater(reports: Int32Array, ms: Float64Array, dropped: Uint8Array, onDrop: (next: number, kept: number) => void): void {
  const list = Array.from(reports).sort((x, y) => (ms[x] as number) - (ms[y] as number) || x - y);
  let kept = list[0] as number;
  for (const next of list.slice(1)) {
    if ((ms[next] as number) - (ms[kept] as number) > DUPLICATE_WINDOW_MS) {
      kept = next;
      continue;
    }
    dropped[next] = 1;
    onDrop(next, kept);
  }
}

/**
 * The same attempt reported twice (same pupil, same goals, same score, times within a minute; from
 * one source or two) counts once: the earliest report is kept. A result whose time cannot be read is
 * always kept. Every view that computes mastery and `npm run report` count through this.
 */
export function deduplicate(results: readonly Result[]): Deduplicated {
  const ms = Float64Array.from(results, (result) => instantMs(result.time)); // Date.parse's answer
  const { attempt, count } = attemptsOf(results, ms, keysOfResults(results));
  const bySource = new Map<SourceId, number>();
  let duplicates = 0;
  let acrossSources = 0;
  const dropped = secondReports(attempt, count, ms, (next, kept) => {
    duplicates += 1;
    const source = results[next]!.source;
    bySource.set(source, (bySource.get(source) ?? 0) + 1);
    if (source !== results[kept]!.source) acrossSources += 1;
  });
  if (duplicates === 0) return { kept: results, duplicates, bySource, acrossSources };
  return { kept: results.filter((_, index) => dropped[index] === 0), duplicates, bySource, acrossSources };
}

/** Encoded results counted once per attempt (deduplicate's rule and counts), and how many reports were left out. */
export interface EncodedDeduplicated {
  readonly kept: EncodedResults;
  readonly duplicates: number;
}

/**
 * deduplicate over encoded results: the encoding of the results deduplicate keeps (encodeResults of
 * them, to the bit), from the codes and times already read.
 */
export function deduplicateEncoded(encoded: EncodedResults): EncodedDeduplicated {
  const { attempt, count } = attemptsOf(encoded.results, encoded.time, keysOfEncoded(encoded));
  let duplicates = 0;
  const dropped = secondReports(attempt, count, encoded.time, () => (duplicates += 1));
  if (duplicates === 0) return { kept: encoded, duplicates };
  return {
    kept: encodedSubset(
      encoded,
      dropped.map((drop) => 1 - drop),
    ),
    duplicates,
  };
}
