import type { PupilRef } from '@/domain/ids';
import { earlierOf, laterOf, type LearnerState, type XapiCursor } from './xapi.cursor';

/**
 * The xAPI `agent` filter for a pupil: `{"objectType":"Agent","account":{"homePage":<origin of
 * the pseudonym>,"name":<the whole pseudonym>}}`. This is the inverse of the rule in
 * xapi.actor.ts for names that are already a full URI under their homePage, which is how ECK iDs
 * (homePage https://ketenid.nl) and the demo's pseudonyms are sent. An LRS compares accounts
 * exactly, so a supplier that writes the homePage otherwise (a path, a trailing slash) or the
 * name without its homePage is not found by this filter (decision 018). A pseudonym that is not
 * an http(s) URI cannot be asked for: null.
 */
export function agentOf(ref: PupilRef): string | null {
  let url: URL;
  try {
    url = new URL(ref);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return JSON.stringify({ objectType: 'Agent', account: { homePage: url.origin, name: ref } });
}

/** A learner's key in the cursor: 53-bit hash (cyrb53) of the pseudonym, 11 base-36 digits. */
export function learnerKey(ref: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, '0');
}

export interface Learner {
  readonly key: string;
  readonly agent: string;
}

/** The learners that can be asked for, in key order (the order a run walks them), without duplicates. */
export function orderedLearners(refs: readonly PupilRef[]): Learner[] {
  const byKey = new Map<string, Learner>();
  for (const ref of refs) {
    const agent = agentOf(ref);
    if (agent !== null) byKey.set(learnerKey(ref), { key: learnerKey(ref), agent });
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const coveredSet = (covered: string) => new Set(covered.match(/.{11}/g) ?? []);

/** Margin for the LRS's clock against ours when bounding the next run's `since`. */
export const CLOCK_MARGIN_MS = 5 * 60_000;

/** Where a run is: the learner to ask now, the `since` for that learner, and whether a `more` link continues. */
export interface LearnerStep {
  readonly index: number;
  readonly learner: Learner;
  readonly since: string | null;
  readonly resume: boolean;
  readonly state: LearnerState;
}

/**
 * The step a cursor points at, or null when no learner is left (the last one was removed from the
 * allow-list between a failure and the retry). A run starts at the first learner; a stored learner
 * key resumes at that learner (with its `more` link) or, if it is gone, at the next key.
 */
export function stepOf(cursor: XapiCursor, learners: readonly Learner[], now: Date, moreUsable: boolean): LearnerStep | null {
  const state: LearnerState = cursor.learners ?? { at: null, covered: '', started: null, done: '' };
  const running = state.at !== null;
  const at = state.at;
  const index = at === null ? 0 : learners.findIndex((learner) => learner.key >= at);
  const learner = learners[index];
  if (index < 0 || !learner) return null;
  const started = running ? state.started : now.toISOString();
  const since = coveredSet(state.covered).has(learner.key) ? cursor.since : null;
  return {
    index,
    learner,
    since,
    resume: running && learner.key === at && cursor.more !== null && moreUsable,
    state: { ...state, at: learner.key, started, done: running ? state.done : '' },
  };
}

/** The run's state once `learner` has been read to the end (it counts as covered after the run). */
export const afterLearner = (state: LearnerState, learner: Learner): LearnerState => ({ ...state, done: state.done + learner.key });

/**
 * The cursor after a run's last learner: one `since` for the whole next run, the newest `stored`
 * seen, but never later than this run's start (less a clock margin). A statement stored for a
 * learner already read while the run went on is then read by the next run; what is read twice is
 * updated, not added. The learners this run read to the end (`done`) and still on the list count as
 * covered from now on; one that joined behind the run's position was not read and is not covered.
 * The since is also never later than the run's consistency bound (`ct`, see xapi.mark.ts).
 */
export function endOfRun(cursor: XapiCursor, latest: string | null, learners: readonly Learner[]): XapiCursor {
  const started = cursor.learners?.started ?? null;
  const cap = started !== null ? new Date(Date.parse(started) - CLOCK_MARGIN_MS).toISOString() : null;
  // Nor later than the earliest X-Experience-API-Consistent-Through of the run (xapi.mark.ts).
  const bounded = latest === null ? null : earlierOf(earlierOf(latest, cap), cursor.ct ?? null);
  const since = bounded === null ? cursor.since : laterOf(cursor.since, bounded);
  const done = coveredSet(cursor.learners?.done ?? '');
  const covered = learners.filter((learner) => done.has(learner.key));
  return {
    more: null,
    since,
    latest: since,
    page: 1,
    learners: { at: null, covered: covered.map((learner) => learner.key).join(''), started: null, done: '' },
    ...(cursor.seen ? { seen: cursor.seen } : {}),
  };
}
