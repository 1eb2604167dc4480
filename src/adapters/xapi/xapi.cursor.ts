import { z } from 'zod';
import { cursorCodec } from '../http/cursor-codec';

/**
 * The opaque xAPI cursor, stored by the sync between runs:
 * - `more`: the LRS's next-page link (already resolved and checked to be on the endpoint's
 *   origin) while a run is in progress, or null;
 * - `since`: the `since` of this run's query (null = from the start of the time window);
 * - `latest`: the newest `stored` instant seen in this run;
 * - `page`: the number of the page `more` points at, to name it in errors.
 * After the last page the cursor becomes { more: null, since: latest }: the high-water mark. The
 * next run asks the LRS for statements stored after that instant less a small overlap, and drops
 * the ones it has already stored (`seen`); see xapi.mark.ts.
 */
const Instant = z.iso.datetime({ offset: true });
/** Most statement ids a cursor remembers for the overlap (see xapi.mark.ts). */
export const MAX_SEEN = 2_000;
const Common = {
  more: z.string().max(4096).nullable(),
  since: Instant.nullable(),
  latest: Instant.nullable(),
  page: z.number().int().min(1).max(1_000_000),
  /** Ids (with their `stored` in ms) of statements stored by this source within the overlap before `latest`. */
  seen: z
    .array(z.tuple([z.string().min(1).max(64), z.number().int()]))
    .max(MAX_SEEN)
    .optional(),
  /** The earliest X-Experience-API-Consistent-Through the LRS sent during this run. */
  ct: Instant.nullable().optional(),
};

/**
 * Per-learner runs (config.learners, decision 018): the LRS is asked once per learner, in the
 * order of their keys (a short hash of the pseudonym: no pseudonym is kept in the cursor).
 * - `at`: the key of the learner being read; null = no run in progress (the next one starts);
 * - `covered`: keys of the learners read up to `since` by earlier runs (a learner not in it, new on
 *   the roster or given consent again, is read from the start of the time window);
 * - `started`: when this run began (local clock), to bound the next run's `since`;
 * - `done`: keys of the learners this run has read to the end. Only they are covered after the run:
 *   a learner whose key sorts before `at` but who joined the list after the run passed that key
 *   (roster import, consent given again while a failed run waits) was not read, and is read from
 *   the window's start by the next run. Absent in a cursor written before it: nobody counts as
 *   read, so the next run reads everyone from the window's start once (updated, not added).
 */
const Keys = z
  .string()
  .regex(/^([0-9a-z]{11})*$/)
  .max(11 * 20_000);
const LearnerState = z.object({
  at: z
    .string()
    .regex(/^[0-9a-z]{11}$/)
    .nullable(),
  covered: Keys,
  started: Instant.nullable(),
  done: Keys.default(''),
});
export type LearnerState = z.infer<typeof LearnerState>;

const CursorState = z.discriminatedUnion('v', [
  z.object({ v: z.literal(1), ...Common }),
  z.object({ v: z.literal(2), ...Common, learners: LearnerState }),
]);
/** A statement id and its `stored` instant in ms. */
export type SeenStatement = readonly [id: string, stored: number];

export interface XapiCursor {
  readonly more: string | null;
  readonly since: string | null;
  readonly latest: string | null;
  readonly page: number;
  readonly learners?: LearnerState;
  readonly seen?: readonly SeenStatement[];
  readonly ct?: string | null;
}

const codec = cursorCodec(CursorState, { prefix: 'xa1.', base64: true, invalid: 'ongeldige xAPI-cursor' });
export const START: XapiCursor = { more: null, since: null, latest: null, page: 1 };

export function encodeCursor(cursor: XapiCursor): string {
  const common = {
    more: cursor.more,
    since: cursor.since,
    latest: cursor.latest,
    page: cursor.page,
    ...(cursor.seen && cursor.seen.length > 0 ? { seen: cursor.seen.map(([id, stored]): [string, number] => [id, stored]) } : {}),
    ...(cursor.ct ? { ct: cursor.ct } : {}),
  };
  return codec.encode(cursor.learners ? { v: 2, ...common, learners: cursor.learners } : { v: 1, ...common });
}

/** null = start from the beginning. A cursor this adapter did not write is a config error. */
export function decodeCursor(cursor: string | null): XapiCursor {
  if (cursor === null) return START;
  const state = codec.decode(cursor);
  const { more, since, latest, page, seen, ct } = state;
  const common = { more, since, latest, page, ...(seen ? { seen } : {}), ...(ct ? { ct } : {}) };
  return state.v === 2 ? { ...common, learners: state.learners } : common;
}

/** The earlier of two ISO instants (null counts as "none"). */
export function earlierOf(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(b) < Date.parse(a) ? b : a;
}

/** The later of two ISO instants (null counts as "none"). */
export function laterOf(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/** The newest parseable `stored` on a page of raw statements, as an ISO instant. */
export function newestStored(records: readonly unknown[]): string | null {
  let newest = Number.NEGATIVE_INFINITY;
  for (const record of records) {
    if (typeof record !== 'object' || record === null) continue;
    const value = (record as Record<string, unknown>)['stored'];
    const time = typeof value === 'string' && value.length <= 40 ? Date.parse(value) : Number.NaN;
    if (Number.isFinite(time) && time > newest) newest = time;
  }
  return Number.isFinite(newest) ? new Date(newest).toISOString() : null;
}
